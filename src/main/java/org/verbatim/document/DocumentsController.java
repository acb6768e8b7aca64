package org.verbatim.document;

import java.util.Optional;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.verbatim.document.DocumentViews.DocumentDetail;
import org.verbatim.document.DocumentViews.DocumentSummary;
import org.verbatim.shared.DateRange;
import org.verbatim.web.ApiDocs;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;
import org.verbatim.web.Params;
import org.verbatim.web.SortOption;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/documents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Documents")
class DocumentsController {

	static final MediaType TEXT_UTF8 = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final DocumentService documents;

	private final DocumentVersions versions;

	DocumentsController(DocumentService documents, DocumentVersions versions) {
		this.documents = documents;
		this.versions = versions;
	}

	@GetMapping
	@Operation(operationId = "listDocuments", summary = "List documents",
			description = "Metadata only, never the text. Filters combine with AND; a date range matches every "
					+ "document whose publication date interval overlaps it.")
	PagedResponse<DocumentSummary> list(
			@Parameter(example = "lukashenko",
					description = "Documents holding a quote by this speaker: slug or any name "
							+ "variant of a person or organisation") @RequestParam(
									required = false) @Nullable String speaker,
			@Parameter(description = "An author: slug or any name variant of a person",
					example = "shpakovsky") @RequestParam(required = false) @Nullable String author,
			@ApiDocs.Topic @RequestParam(required = false) @Nullable String topic,
			@ApiDocs.From @RequestParam(required = false) @Nullable String from,
			@ApiDocs.To @RequestParam(required = false) @Nullable String to,
			@Parameter(description = "Kind of document", example = "ARTICLE",
					schema = @Schema(implementation = DocumentKind.class)) @RequestParam(
							required = false) @Nullable String kind,
			@Parameter(description = "Order: `date` (oldest first, the default), `-date` (newest first) or `title`",
					example = "-date", schema = @Schema(allowableValues = { "date", "-date", "title" })) @RequestParam(
							required = false) @Nullable String sort,
			@ApiDocs.Page @RequestParam(required = false) @Nullable Integer page,
			@ApiDocs.Size @RequestParam(required = false) @Nullable Integer size) {
		var filter = new DocumentService.Filter(DateRange.parse(from, to),
				Params.enumValue("kind", kind, DocumentKind.class), Params.text(topic), Params.text(speaker),
				Params.text(author));
		return this.documents.list(filter, SortOption.parse(sort, DocumentService.SORTS), PageQuery.of(page, size));
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getDocument", summary = "A document",
			description = "Metadata, byline, sections and every quote with the code-point offsets of each of its "
					+ "occurrences in the text.")
	@ApiResponse(responseCode = "200", description = "The document; `ETag` is its version")
	@ApiResponse(responseCode = "304", description = "Unchanged since the ETag in `If-None-Match`")
	ResponseEntity<DocumentDetail> get(
			@Parameter(description = "The document's slug",
					example = "the-only-correct-decision") @PathVariable String slug,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_NONE_MATCH,
					required = false) @Nullable String ifNoneMatch,
			WebRequest request) {
		// Revalidation reads the version alone, not the document with its quotes.
		if (ifNoneMatch != null) {
			Optional<String> etag = this.versions.etag(slug);
			if (etag.isPresent() && request.checkNotModified(etag.get())) {
				return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag.get()).build();
			}
		}
		return this.documents.get(slug).ok();
	}

	@GetMapping(value = "/{slug}/text", produces = "text/plain;charset=UTF-8")
	@Operation(operationId = "getDocumentText", summary = "A document's text, verbatim",
			description = "Exactly the stored text, UTF-8, with its SHA-256 as a strong ETag. Quote offsets count "
					+ "Unicode code points in this text.")
	@ApiResponse(responseCode = "200", description = "The text",
			content = @Content(mediaType = "text/plain;charset=UTF-8", schema = @Schema(type = "string")))
	ResponseEntity<String> text(@Parameter(description = "The document's slug",
			example = "the-only-correct-decision") @PathVariable String slug) {
		DocumentService.Text text = this.documents.text(slug);
		return ResponseEntity.ok().contentType(TEXT_UTF8).eTag(text.sha256()).body(text.text());
	}

}
