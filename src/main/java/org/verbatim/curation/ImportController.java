package org.verbatim.curation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.web.ConflictException;
import org.verbatim.web.DatabaseUnavailable;
import org.verbatim.web.Problems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk import: one document per line, each stored in its own transaction, answered line
 * by line as the import proceeds. Neither the upload nor the report is held in memory.
 */
@RestController
@Tag(name = "Import")
class ImportController {

	static final String NDJSON = "application/x-ndjson";

	/** Far above the largest document a line can hold (1,000,000 characters of text). */
	static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(ImportController.class);

	private final CurationService curation;

	private final ObjectMapper mapper;

	ImportController(CurationService curation, ObjectMapper mapper) {
		this.curation = curation;
		this.mapper = mapper;
	}

	@PostMapping(value = "/api/v1/import", consumes = NDJSON, produces = NDJSON)
	@Operation(summary = "Import documents in bulk",
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
		OutputStream out = response.getOutputStream();
		NdjsonLines lines = new NdjsonLines(new BufferedInputStream(request.getInputStream(), 256 * 1024),
				MAX_LINE_BYTES);
		long started = System.nanoTime();
		long lastFlush = started;
		int number = 0;
		int created = 0;
		int failed = 0;
		long quotes = 0;
		String status = "done";
		for (byte[] line = lines.next(); line != null; line = lines.next()) {
			number++;
			if (line != NdjsonLines.TOO_LONG && isBlank(line)) {
				continue;
			}
			Map<String, Object> report = new LinkedHashMap<>();
			report.put("line", number);
			try {
				if (line == NdjsonLines.TOO_LONG) {
					throw new InvalidInputException("", "The line is longer than " + MAX_LINE_BYTES + " bytes.");
				}
				CurationService.Stored stored = this.curation.create(this.mapper.readValue(line, NewDocument.class),
						true);
				report.put("status", "created");
				report.put("slug", stored.slug());
				report.put("location", "/api/v1/documents/" + stored.slug());
				report.put("quotes", stored.quotes());
				report.put("annotations", stored.annotations());
				created++;
				quotes += stored.quotes();
			}
			catch (RuntimeException ex) {
				if (DatabaseUnavailable.isCause(ex)) {
					log.warn("Import aborted at line {}: {}", number, DatabaseUnavailable.describe(ex));
					report.put("status", "failed");
					report.put("problem", problem(HttpStatus.SERVICE_UNAVAILABLE,
							"The database became unreachable; this line and the rest were not stored."));
					failed++;
					write(out, report);
					status = "aborted";
					break;
				}
				report.put("status", "failed");
				report.put("problem", problemOf(ex, number));
				failed++;
			}
			write(out, report);
			long now = System.nanoTime();
			if (now - lastFlush > 1_000_000_000L) {
				out.flush();
				lastFlush = now;
			}
		}
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("status", status);
		summary.put("lines", number);
		summary.put("created", created);
		summary.put("failed", failed);
		summary.put("quotes", quotes);
		summary.put("seconds", Math.round((System.nanoTime() - started) / 1e6) / 1e3);
		write(out, summary);
		out.flush();
	}

	private ProblemDetail problemOf(RuntimeException ex, int number) {
		if (ex instanceof InvalidInputException invalid) {
			return Problems.invalidInput(invalid);
		}
		if (ex instanceof ConflictException conflict) {
			return Problems.conflict(conflict);
		}
		if (ex instanceof JacksonException jackson) {
			return Problems.malformed(jackson);
		}
		if (ex instanceof DataIntegrityViolationException) {
			return problem(HttpStatus.CONFLICT, "The database refused the line: it conflicts with a record stored "
					+ "meanwhile (for instance the same slug). Nothing of the line was stored.");
		}
		log.error("Import line {} failed unexpectedly", number, ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR,
				"The server failed to store this line. This is a bug in Verbatim, not in the line.");
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		return ProblemDetail.forStatusAndDetail(status, detail);
	}

	private void write(OutputStream out, Map<String, Object> report) throws IOException {
		out.write(this.mapper.writeValueAsBytes(report));
		out.write('\n');
	}

	private static boolean isBlank(byte[] line) {
		for (byte b : line) {
			if (b != ' ' && b != '\t' && b != '\r') {
				return false;
			}
		}
		return true;
	}

}
