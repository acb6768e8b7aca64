package org.verbatim.curation;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.verbatim.document.DocumentService;
import org.verbatim.document.DocumentViews.DocumentDetail;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Documents")
class CurationController {

	/** Works on the seeded data: refers to a seeded person and topic. */
	static final String EXAMPLE = "{\"title\": \"Example: a speech on the Union State\", \"kind\": \"SPEECH\", \"language\": \"en\", \"date\": \"2025-03\",\n \"text\": \"Dear friends! Our unity is not a threat to anyone. I repeat: our unity is not a threat to anyone.\",\n \"authors\": [{\"person\": \"aleksandr-lukashenko\", \"role\": \"SPEAKER\"}],\n \"topics\": [\"union-state\"],\n \"quotes\": [{\"speaker\": {\"person\": \"aleksandr-lukashenko\"},\n   \"target\": [{\"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"unity is not a threat to anyone\", \"prefix\": \"Our \"}]}]}],\n \"annotations\": [{\"motivation\": \"commenting\", \"body\": \"Said twice in a row.\",\n   \"target\": {\"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"I repeat\"}]}}]}";

	private final CurationService curation;

	private final DocumentService documents;

	CurationController(CurationService curation, DocumentService documents) {
		this.curation = curation;
		this.documents = documents;
	}

	@PostMapping(value = "/api/v1/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createDocument", summary = "Add a document with its quotes and annotations",
			description = "Stores the text exactly as sent and computes its SHA-256. Every quote and annotation is "
					+ "anchored by W3C selectors (TextQuoteSelector with optional prefix/suffix, and/or "
					+ "TextPositionSelector in code points), which the server resolves against the text. People, "
					+ "organisations, events and topics are referred to by slug or created inline. If any item "
					+ "cannot be stored (an anchor that does not match or is ambiguous, an unknown slug), the answer "
					+ "is 422 naming every such item by its JSON Pointer, and nothing is stored.",
			security = @SecurityRequirement(name = "editorToken"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = NewDocument.class),
							examples = @ExampleObject(name = "speech", summary = "A speech with a quote and a note",
									value = EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Stored; `Location` is the new document, `ETag` its version")
	@ApiResponse(responseCode = "409", description = "A document with this slug exists (run the example twice)")
	@ApiResponse(responseCode = "422", description = "An item cannot be stored; nothing was stored")
	ResponseEntity<DocumentDetail> create(@RequestBody NewDocument body) {
		CurationService.Stored stored = this.curation.create(body);
		return this.documents.get(stored.slug()).created(URI.create("/api/v1/documents/" + stored.slug()));
	}

}
