package org.verbatim.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.verbatim.document.DocumentViews.DocumentDetail;
import org.verbatim.web.ApiDocs;
import org.verbatim.web.MergePatch;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editors change and delete documents; each change names the version it was made from.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Documents")
class DocumentEditController {

	private final DocumentWriter writer;

	private final DocumentService documents;

	DocumentEditController(DocumentWriter writer, DocumentService documents) {
		this.writer = writer;
		this.documents = documents;
	}

	@PutMapping(value = "/api/v1/documents/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceDocument", summary = "Replace a document's metadata and text",
			description = "Replaces everything but the slug, the quotes and the annotations. When the text changes, "
					+ "every quote and annotation is re-anchored: kept where the same offsets still cut its words, "
					+ "else moved to where the words now stand; if a part's words no longer stand in the new text "
					+ "exactly as often as before, the change is refused with 422 naming it.",
			security = @SecurityRequirement(name = "editorToken"))
	@ApiResponse(responseCode = "200", description = "Changed; `ETag` is the new version")
	ResponseEntity<DocumentDetail> replace(@ApiDocs.DocumentSlug @PathVariable String slug,
			@ApiDocs.IfMatch @Nullable String ifMatch, @RequestBody DocumentInput body) {
		this.writer.replace(slug, ifMatch, body);
		return this.documents.get(slug).ok();
	}

	@PatchMapping(value = "/api/v1/documents/{slug}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(operationId = "patchDocument", summary = "Change some of a document's fields",
			description = "A JSON Merge Patch (RFC 7386) of the DocumentInput: the fields given replace the stored "
					+ "ones, null removes one. Checked and stored as a PUT of the result.",
			security = @SecurityRequirement(name = "editorToken"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MergePatch.MEDIA_TYPE,
							schema = @Schema(type = "object", description = "The fields to change; null removes one"),
							examples = @ExampleObject(name = "patch", value = "{\"subtitle\": \"As delivered\"}"))))
	@ApiResponse(responseCode = "200", description = "Changed; `ETag` is the new version")
	ResponseEntity<DocumentDetail> patch(@ApiDocs.DocumentSlug @PathVariable String slug,
			@ApiDocs.IfMatch @Nullable String ifMatch, @RequestBody JsonNode patch) {
		this.writer.patch(slug, ifMatch, patch);
		return this.documents.get(slug).ok();
	}

	@DeleteMapping("/api/v1/documents/{slug}")
	@Operation(operationId = "deleteDocument", summary = "Delete a document",
			description = "Deletes the document with its text and the quotes and annotations anchored in it.",
			security = @SecurityRequirement(name = "editorToken"))
	@ApiResponse(responseCode = "204", description = "Deleted")
	ResponseEntity<Void> delete(@ApiDocs.DocumentSlug @PathVariable String slug,
			@ApiDocs.IfMatch @Nullable String ifMatch) {
		this.writer.delete(slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
