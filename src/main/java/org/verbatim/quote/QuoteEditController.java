package org.verbatim.quote;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.verbatim.web.ApiDocs;
import org.verbatim.web.MergePatch;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editors mark quotes in documents, change and delete them; each change names the version
 * it was made from.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Quotes")
class QuoteEditController {

	private final QuoteWriter writer;

	private final QuoteService quotes;

	QuoteEditController(QuoteWriter writer, QuoteService quotes) {
		this.writer = writer;
		this.quotes = quotes;
	}

	@PostMapping(value = "/api/v1/documents/{slug}/quotes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createQuote", summary = "Mark a quote in a document",
			description = "The target's W3C selectors are resolved against the document's text; a selector that "
					+ "matches nowhere, or in more than one place without prefix/suffix or a position to decide, gets "
					+ "422 and nothing is stored. The document's ETag changes too, as it lists its quotes.",
			security = @SecurityRequirement(name = "editorToken"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					mediaType = "application/json", schema = @Schema(implementation = QuoteInput.class),
					examples = @ExampleObject(name = "on the seeded article",
							value = "{\"kind\": \"ATTRIBUTED_PHRASE\", \"speaker\": {\"group\": \"the article\"}, \"target\": [{\"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"truly equal conditions for economic entities\"}]}]}"))))
	@ApiResponse(responseCode = "201", description = "Stored; `Location` is the new quote")
	ResponseEntity<QuoteView> create(@ApiDocs.DocumentSlug @PathVariable String slug, @RequestBody QuoteInput body) {
		long id = this.writer.createIn(slug, body);
		return this.quotes.versioned(id).created(URI.create("/api/v1/quotes/" + id));
	}

	@PutMapping(value = "/api/v1/quotes/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceQuote", summary = "Replace a quote",
			description = "Everything but the document it is in, re-anchored.",
			security = @SecurityRequirement(name = "editorToken"))
	@ApiResponse(responseCode = "200", description = "Changed; `ETag` is the new version")
	ResponseEntity<QuoteView> replace(@Parameter(description = "The quote's id", example = "1") @PathVariable long id,
			@ApiDocs.IfMatch @Nullable String ifMatch, @RequestBody QuoteInput body) {
		this.writer.replace(id, ifMatch, body);
		return this.quotes.versioned(id).ok();
	}

	@PatchMapping(value = "/api/v1/quotes/{id}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(operationId = "patchQuote", summary = "Change some of a quote's fields",
			description = "A JSON Merge Patch (RFC 7386) of the QuoteInput (its `target` lists the stored "
					+ "occurrences as TextPositionSelectors); checked and stored as a PUT of the result.",
			security = @SecurityRequirement(name = "editorToken"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MergePatch.MEDIA_TYPE,
							schema = @Schema(type = "object", description = "The fields to change; null removes one"),
							examples = @ExampleObject(name = "patch", value = "{\"kind\": \"SLOGAN\"}"))))
	@ApiResponse(responseCode = "200", description = "Changed; `ETag` is the new version")
	ResponseEntity<QuoteView> patch(@Parameter(description = "The quote's id", example = "1") @PathVariable long id,
			@ApiDocs.IfMatch @Nullable String ifMatch, @RequestBody JsonNode patch) {
		this.writer.patch(id, ifMatch, patch);
		return this.quotes.versioned(id).ok();
	}

	@DeleteMapping("/api/v1/quotes/{id}")
	@Operation(operationId = "deleteQuote", summary = "Delete a quote",
			description = "The document it is in stays. Needs `If-Match` with the current ETag.",
			security = @SecurityRequirement(name = "editorToken"))
	@ApiResponse(responseCode = "204", description = "Deleted")
	ResponseEntity<Void> delete(@Parameter(description = "The quote's id", example = "1") @PathVariable long id,
			@ApiDocs.IfMatch @Nullable String ifMatch) {
		this.writer.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
