package org.verbatim.annotation;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.verbatim.annotation.WebAnnotations.Iris;
import org.verbatim.web.MergePatch;
import org.verbatim.web.Versioned;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Annotations in plain JSON by default, and in the W3C Web Annotation Data Model
 * (JSON-LD) when the client asks for {@code application/ld+json}.
 */
@RestController
@Tag(name = "Annotations")
class AnnotationsController {

	/** The media type of W3C Web Annotations. */
	static final MediaType WEB_ANNOTATION = MediaType
		.parseMediaType("application/ld+json;profile=\"" + WebAnnotation.CONTEXT + "\"");

	static final String JSON_LD = "application/ld+json";

	private static final MediaType LD = MediaType.parseMediaType(JSON_LD);

	private static final String SLUG_DESCRIPTION = "The document's slug";

	private static final String ID_DESCRIPTION = "The annotation's id";

	private static final String NEGOTIATION = " Plain JSON by default; with `Accept: application/ld+json; "
			+ "profile=\"http://www.w3.org/ns/anno.jsonld\"` (or plain `application/ld+json`) a W3C Web Annotation "
			+ "in JSON-LD, whose target selects the span by a TextQuoteSelector (with up to 32 code points of "
			+ "context) and a TextPositionSelector.";

	private final AnnotationService annotations;

	private final WebAnnotationInputs webInputs;

	AnnotationsController(AnnotationService annotations, WebAnnotationInputs webInputs) {
		this.annotations = annotations;
		this.webInputs = webInputs;
	}

	@GetMapping(value = "/api/v1/documents/{slug}/annotations",
			produces = { MediaType.APPLICATION_JSON_VALUE, JSON_LD })
	@Operation(operationId = "listDocumentAnnotations", summary = "A document's annotations",
			description = "Notes on spans of the text in reading order, including the figures it states as facts "
					+ "with their quantity, unit and period. As JSON-LD, a W3C AnnotationCollection whose first "
					+ "page holds them all." + NEGOTIATION)
	@ApiResponse(responseCode = "200", description = "The annotations; an empty list when there are none",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							array = @ArraySchema(schema = @Schema(implementation = AnnotationView.class))),
					@Content(mediaType = JSON_LD, schema = @Schema(implementation = WebAnnotation.Collection.class)) })
	ResponseEntity<?> list(
			@Parameter(description = SLUG_DESCRIPTION, example = "the-only-correct-decision") @PathVariable String slug,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT,
					required = false) @Nullable String accept) {
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT);
		if (prefersJsonLd(accept)) {
			return ok.contentType(WEB_ANNOTATION).body(this.annotations.webList(slug, iris()));
		}
		return ok.contentType(MediaType.APPLICATION_JSON).body(this.annotations.list(slug));
	}

	@PostMapping(value = "/api/v1/documents/{slug}/annotations", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, JSON_LD })
	@Operation(operationId = "createAnnotation", summary = "Annotate a span of a document",
			description = "The target's selectors (a TextQuoteSelector with optional prefix/suffix, and/or a "
					+ "TextPositionSelector in code points) are resolved against the document's text and the "
					+ "verified span is stored; an anchor that matches nowhere or in more than one place is a 422, "
					+ "and nothing is stored. The creator is the editor of the token. The body may also be a W3C Web "
					+ "Annotation (`Content-Type: application/ld+json`)." + NEGOTIATION,
			security = @SecurityRequirement(name = "editorToken"))
	@AnnotationDocs.Represented(responseCode = "201",
			description = "Stored; `Location` is the new annotation, `ETag` its version")
	@AnnotationDocs.ForEditors
	@ApiResponse(responseCode = "422",
			description = "A target that does not match, matches ambiguously or names another document, or a "
					+ "motivation outside the W3C list; the problem names each by its JSON Pointer. Nothing "
					+ "was stored.")
	ResponseEntity<?> create(
			@Parameter(description = SLUG_DESCRIPTION, example = "the-only-correct-decision") @PathVariable String slug,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The annotation; or, as `application/ld+json`, a W3C Web Annotation whose "
							+ "motivation, note (a TextualBody or bodyValue), topic (a body with purpose `tagging` "
							+ "naming a topic) and target are kept, and whose id, creator and dates the server sets",
					content = {
							@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(implementation = AnnotationInput.class)),
							@Content(mediaType = JSON_LD,
									schema = @Schema(
											implementation = WebAnnotation.class)) }) @RequestBody AnnotationInput body,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT,
					required = false) @Nullable String accept) {
		long id = this.annotations.create(slug, body);
		return represent(id, accept, ResponseEntity.created(URI.create("/api/v1/annotations/" + id)));
	}

	/**
	 * A W3C Web Annotation as the body of the same POST; documented there, as a second
	 * media type of its request body.
	 */
	@PostMapping(value = "/api/v1/documents/{slug}/annotations", consumes = JSON_LD,
			produces = { MediaType.APPLICATION_JSON_VALUE, JSON_LD })
	@Operation(hidden = true)
	ResponseEntity<?> createFromWebAnnotation(@PathVariable String slug, @RequestBody JsonNode body,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		long id = this.annotations.create(slug, this.webInputs.readLinked(body));
		return represent(id, accept, ResponseEntity.created(URI.create("/api/v1/annotations/" + id)));
	}

	@GetMapping(value = "/api/v1/annotations/{id}", produces = { MediaType.APPLICATION_JSON_VALUE, JSON_LD })
	@Operation(operationId = "getAnnotation", summary = "An annotation",
			description = "One annotation with who created and last modified it, and its version as `ETag` "
					+ "(send it back in `If-Match` to change the annotation, or in `If-None-Match` to revalidate)."
					+ NEGOTIATION)
	@AnnotationDocs.Represented(responseCode = "200", description = "The annotation")
	@ApiResponse(responseCode = "304", description = "Not modified since the ETag in `If-None-Match`")
	ResponseEntity<?> get(@Parameter(description = ID_DESCRIPTION, example = "1") @PathVariable long id,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT,
					required = false) @Nullable String accept) {
		return represent(id, accept, ResponseEntity.ok());
	}

	@PutMapping(value = "/api/v1/annotations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, JSON_LD })
	@Operation(operationId = "replaceAnnotation", summary = "Replace an annotation",
			description = "Replaces motivation, body, target, topic and claim, with the same checks as when "
					+ "annotating; the document stays. Needs `If-Match` with the current ETag." + NEGOTIATION,
			security = @SecurityRequirement(name = "editorToken"))
	@AnnotationDocs.Represented(responseCode = "200", description = "Replaced; `ETag` is the new version")
	@AnnotationDocs.Changes
	@ApiResponse(responseCode = "422",
			description = "The new target does not match the text, or a field is invalid; nothing was changed")
	ResponseEntity<?> replace(@Parameter(description = ID_DESCRIPTION, example = "1") @PathVariable long id,
			@AnnotationDocs.IfMatch @RequestHeader(name = HttpHeaders.IF_MATCH,
					required = false) @Nullable String ifMatch,
			@RequestBody AnnotationInput body, @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT,
					required = false) @Nullable String accept) {
		this.annotations.replace(id, ifMatch, body);
		return represent(id, accept, ResponseEntity.ok());
	}

	@PatchMapping(value = "/api/v1/annotations/{id}", consumes = MergePatch.MEDIA_TYPE,
			produces = { MediaType.APPLICATION_JSON_VALUE, JSON_LD })
	@Operation(operationId = "patchAnnotation", summary = "Change some fields of an annotation",
			description = "A JSON Merge Patch (RFC 7386, `Content-Type: application/merge-patch+json`) of the "
					+ "annotation as PUT takes it: the fields sent replace the stored ones, `null` removes one. "
					+ "The target stands stored as `{\"selector\": [TextQuoteSelector, TextPositionSelector]}`, so "
					+ "sending a new `target` replaces it whole. Needs `If-Match` with the current ETag." + NEGOTIATION,
			security = @SecurityRequirement(name = "editorToken"))
	@AnnotationDocs.Represented(responseCode = "200", description = "Changed; `ETag` is the new version")
	@AnnotationDocs.Changes
	@ApiResponse(responseCode = "422", description = "The patched annotation cannot be stored; nothing was changed")
	ResponseEntity<?> patch(@Parameter(description = ID_DESCRIPTION, example = "1") @PathVariable long id,
			@AnnotationDocs.IfMatch @RequestHeader(name = HttpHeaders.IF_MATCH,
					required = false) @Nullable String ifMatch,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The fields to change",
					content = @Content(mediaType = MergePatch.MEDIA_TYPE,
							schema = @Schema(type = "object",
									example = "{\"body\": \"A corrected note.\"}"))) @RequestBody JsonNode patch,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT,
					required = false) @Nullable String accept) {
		this.annotations.patch(id, ifMatch, patch);
		return represent(id, accept, ResponseEntity.ok());
	}

	@DeleteMapping("/api/v1/annotations/{id}")
	@Operation(operationId = "deleteAnnotation", summary = "Delete an annotation",
			description = "Needs `If-Match` with the current ETag.",
			security = @SecurityRequirement(name = "editorToken"))
	@ApiResponse(responseCode = "204", description = "Deleted")
	@AnnotationDocs.Changes
	ResponseEntity<Void> delete(@Parameter(description = ID_DESCRIPTION, example = "1") @PathVariable long id,
			@AnnotationDocs.IfMatch @RequestHeader(name = HttpHeaders.IF_MATCH,
					required = false) @Nullable String ifMatch) {
		this.annotations.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	/** The annotation as the client asked for it, with its version as ETag. */
	private ResponseEntity<?> represent(long id, @Nullable String accept, ResponseEntity.BodyBuilder status) {
		status.varyBy(HttpHeaders.ACCEPT);
		if (prefersJsonLd(accept)) {
			Versioned<WebAnnotation> annotation = this.annotations.webGet(id, iris());
			return status.eTag(annotation.etag()).contentType(WEB_ANNOTATION).body(annotation.body());
		}
		Versioned<AnnotationView> annotation = this.annotations.get(id);
		return status.eTag(annotation.etag()).contentType(MediaType.APPLICATION_JSON).body(annotation.body());
	}

	/** The IRIs of this request's base URL (as the client addressed the server). */
	private static Iris iris() {
		return new Iris(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
	}

	/**
	 * Whether the {@code Accept} header prefers JSON-LD to plain JSON: its best
	 * {@code application/ld+json} has a higher quality than any type that includes
	 * {@code application/json}, or the same quality and is named before them or more
	 * specifically than a wildcard.
	 */
	static boolean prefersJsonLd(@Nullable String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> types;
		try {
			types = new ArrayList<>(MediaType.parseMediaTypes(accept));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		// Stable: among types of equal quality and specificity, the first named wins.
		types.sort(Comparator.comparingDouble(MediaType::getQualityValue)
			.reversed()
			.thenComparing(Comparator.comparingInt(AnnotationsController::specificity).reversed()));
		for (MediaType type : types) {
			if (type.getQualityValue() == 0) {
				continue;
			}
			if (type.isCompatibleWith(LD) && !type.isWildcardSubtype()) {
				return true;
			}
			if (type.includes(MediaType.APPLICATION_JSON)) {
				return false;
			}
		}
		return false;
	}

	private static int specificity(MediaType type) {
		return type.isWildcardType() ? 0 : type.isWildcardSubtype() ? 1 : 2;
	}

}
