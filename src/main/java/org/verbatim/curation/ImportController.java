package org.verbatim.curation;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk import over HTTP: the upload and the answer are streams, handed to
 * {@link BulkImport}.
 */
@RestController
@Tag(name = "Import")
class ImportController {

	static final String NDJSON = "application/x-ndjson";

	private final BulkImport bulkImport;

	ImportController(BulkImport bulkImport) {
		this.bulkImport = bulkImport;
	}

	@PostMapping(value = "/api/v1/import", consumes = NDJSON, produces = NDJSON)
	@Operation(operationId = "importDocuments", summary = "Import documents in bulk",
			description = "NDJSON: one NewDocument per line, the same shape as the body of POST /api/v1/documents. "
					+ "Each line is stored in its own transaction, whole or not at all; a failed line does not stop "
					+ "the import. The answer streams one NDJSON report line per input line as it is processed: "
					+ "`{\"line\":1,\"status\":\"created\",\"slug\":...,\"quotes\":...,\"annotations\":...}` or "
					+ "`{\"line\":2,\"status\":\"failed\",\"problem\":{...}}` (the problem details a POST would get), "
					+ "then a summary `{\"status\":\"done\",\"lines\":...,\"created\":...,\"failed\":...}`. Blank "
					+ "lines are skipped. If the database becomes unreachable the import stops with "
					+ "`{\"status\":\"aborted\",...}`; lines reported created are stored.",
			security = @SecurityRequirement(name = "editorToken"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					mediaType = NDJSON,
					schema = @Schema(type = "string",
							description = "One NewDocument per line (see POST /api/v1/documents)"),
					examples = @ExampleObject(name = "one line",
							value = "{\"slug\": \"example-import\", \"title\": \"Example import\", \"kind\": \"STATEMENT\", \"language\": \"en\", \"text\": \"We will build the Union State together.\", \"quotes\": [{\"speaker\": {\"person\": \"aleksandr-lukashenko\"}, \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"the Union State\"}}}]}"))))
	@ApiResponse(responseCode = "200", description = "The per-line report",
			content = @Content(mediaType = NDJSON, schema = @Schema(type = "string")))
	void importDocuments(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(NDJSON);
		response.setCharacterEncoding("UTF-8");
		this.bulkImport.run(request.getInputStream(), response.getOutputStream());
	}

}
