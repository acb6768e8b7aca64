package org.verbatim.annotation;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.verbatim.annotation.AnnotationContainers.Tagged;
import org.verbatim.annotation.WebAnnotations.Iris;
import org.verbatim.web.InvalidParameterException;
import org.verbatim.web.Versioned;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Each document's annotations as a container of the W3C Web Annotation Protocol
 * (https://www.w3.org/TR/annotation-protocol/), in JSON-LD with the Web Annotation
 * profile: the container {@code .../annotations/} with its pages, and each annotation at
 * the container's IRI with its number added. The container's {@code Link} type headers
 * come from {@link ContainerLinks}, so that every answer of the container carries them.
 */
@RestController
@Tag(name = "Annotations")
class AnnotationContainerController {

	static final String CONTAINER = "/api/v1/documents/{slug}/annotations/";

	static final String MEMBER = "/api/v1/documents/{slug}/annotations/{id}";

	static final String CONTAINER_ALLOW = "GET, HEAD, OPTIONS, POST";

	static final String MEMBER_ALLOW = "GET, HEAD, OPTIONS, PUT, DELETE";

	static final String PAGE_ALLOW = "GET, HEAD, OPTIONS";

	static final String RESOURCE_LINKS = "<http://www.w3.org/ns/ldp#Resource>; rel=\"type\", "
			+ "<http://www.w3.org/ns/oa#Annotation>; rel=\"type\"";

	private static final String VARY = HttpHeaders.ACCEPT + ", Prefer";

	private static final String SLUG_DESCRIPTION = "The document's slug";

	private static final String ID_DESCRIPTION = "The annotation's number, the last segment of its IRI";

	private static final String PROTOCOL = " Part of the W3C Web Annotation Protocol: JSON-LD with the Web "
			+ "Annotation profile (`application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"`) is the "
			+ "representation, asked for or not.";

	private static final String TARGETS = " Targets outside the archive's own texts are refused with 422 by "
			+ "design: an annotation's target is a span of the document's text (`source` the document or its "
			+ "`/text`, selectors a TextQuoteSelector and/or TextPositionSelector); a web page or another "
			+ "document is not stored.";

	private final AnnotationContainers containers;

	private final AnnotationService annotations;

	private final WebAnnotationInputs webInputs;

	AnnotationContainerController(AnnotationContainers containers, AnnotationService annotations,
			WebAnnotationInputs webInputs) {
		this.containers = containers;
		this.annotations = annotations;
		this.webInputs = webInputs;
	}

	@GetMapping(value = CONTAINER, produces = AnnotationsController.JSON_LD)
	@Operation(operationId = "getAnnotationContainer", summary = "A document's annotation container",
			description = "The document's annotations as an LDP BasicContainer and AnnotationCollection, with the "
					+ "first page of " + AnnotationContainers.PAGE_SIZE + " annotations embedded and the last page "
					+ "linked; with `page`, that page. The `Prefer` header (`return=representation; include=\"...\"`) "
					+ "chooses `http://www.w3.org/ns/ldp#PreferMinimalContainer` (no page embedded), "
					+ "`http://www.w3.org/ns/oa#PreferContainedIRIs` (pages list the annotations' IRIs) or "
					+ "`http://www.w3.org/ns/oa#PreferContainedDescriptions` (whole annotations, the default); "
					+ "`Preference-Applied` confirms it, and `Content-Location` names the IRIs-or-descriptions "
					+ "container. `Link` names the container's types and constraints; `ETag`, `Allow` and "
					+ "`Accept-Post` are set." + PROTOCOL)
	@ApiResponse(responseCode = "200", description = "The container, or the page asked for",
			content = @Content(mediaType = AnnotationsController.JSON_LD,
					schema = @Schema(anyOf = { WebAnnotationContainer.class, WebAnnotationContainer.Page.class })))
	@ApiResponse(responseCode = "400",
			description = "`iris` other than 0 or 1, a negative `page`, or a `Prefer` header asking for IRIs and "
					+ "descriptions at once")
	ResponseEntity<?> container(
			@Parameter(description = SLUG_DESCRIPTION, example = "the-only-correct-decision") @PathVariable String slug,
			@Parameter(
					description = "1: pages list the annotations' IRIs; 0: whole annotations. Without it, the "
							+ "`Prefer` header chooses, and whole annotations by default",
					example = "1") @RequestParam(required = false) @Nullable String iris,
			@Parameter(description = "A page of the container, counted from 0",
					example = "0") @RequestParam(required = false) @Nullable Integer page,
			@Parameter(hidden = true) @RequestHeader(name = "Prefer", required = false) @Nullable List<String> prefer) {
		Boolean asIris = iris(iris);
		if (page != null) {
			if (page < 0) {
				throw new InvalidParameterException("page", page.toString(), "a page number from 0");
			}
			Tagged<WebAnnotationContainer.Page> one = this.containers.page(slug, page, Boolean.TRUE.equals(asIris),
					iris());
			return ResponseEntity.ok()
				.eTag(one.etag())
				.header(HttpHeaders.ALLOW, PAGE_ALLOW)
				.header(HttpHeaders.VARY, VARY)
				.contentType(AnnotationsController.WEB_ANNOTATION)
				.body(one.body());
		}
		ContainerPreferences preferences = ContainerPreferences.of(prefer);
		boolean listIris = (asIris != null) ? asIris : Boolean.TRUE.equals(preferences.iris());
		Tagged<WebAnnotationContainer> container = this.containers.container(slug, listIris, preferences.minimal(),
				iris());
		ResponseEntity.BodyBuilder ok = containerHeaders(ResponseEntity.ok(), container.etag())
			.header(HttpHeaders.CONTENT_LOCATION, container.body().id());
		if (preferences.asked()) {
			ok.header("Preference-Applied", "return=representation");
		}
		return ok.contentType(AnnotationsController.WEB_ANNOTATION).body(container.body());
	}

	@RequestMapping(value = CONTAINER, method = RequestMethod.OPTIONS)
	@Operation(hidden = true)
	ResponseEntity<Void> containerOptions(@PathVariable String slug) {
		return containerHeaders(ResponseEntity.ok(), this.containers.container(slug, false, false, iris()).etag())
			.build();
	}

	@PostMapping(value = CONTAINER, consumes = AnnotationsController.JSON_LD, produces = AnnotationsController.JSON_LD)
	@Operation(operationId = "createContainerAnnotation",
			summary = "Add a W3C Web Annotation to a document's container",
			description = "The annotation's motivation, note (a TextualBody or bodyValue), topic (a body with "
					+ "purpose `tagging`), target, `canonical` and `via` are kept; the server sets `id` to the "
					+ "container's IRI with the annotation's number added, and an `id` sent becomes `via`. "
					+ "`Location` is the new `id`." + PROTOCOL + TARGETS,
			security = @SecurityRequirement(name = "editorToken"))
	@ApiResponse(responseCode = "201", description = "Stored; `Location` is its IRI, `ETag` its version",
			content = @Content(mediaType = AnnotationsController.JSON_LD,
					schema = @Schema(implementation = WebAnnotation.class)))
	@AnnotationDocs.ForEditors
	@ApiResponse(responseCode = "422",
			description = "A target outside the document's text or that does not "
					+ "match it, a motivation outside the W3C list, or an `id`, `canonical` or `via` that is not an "
					+ "absolute IRI; the problem names each by its JSON Pointer. Nothing was stored.")
	ResponseEntity<WebAnnotation> create(
			@Parameter(description = SLUG_DESCRIPTION, example = "the-only-correct-decision") @PathVariable String slug,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "A W3C Web Annotation",
					content = @Content(mediaType = AnnotationsController.JSON_LD,
							schema = @Schema(implementation = WebAnnotation.class))) @RequestBody JsonNode body) {
		long id = this.annotations.create(slug, this.webInputs.readLinked(body));
		Versioned<WebAnnotation> created = this.annotations.webGet(slug, id, iris());
		// No Link types of its own: those of the answer are the container's.
		return ResponseEntity.created(URI.create(created.body().id()))
			.eTag(created.etag())
			.header(HttpHeaders.ALLOW, MEMBER_ALLOW)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.contentType(AnnotationsController.WEB_ANNOTATION)
			.body(created.body());
	}

	@GetMapping(value = MEMBER, produces = AnnotationsController.JSON_LD)
	@Operation(operationId = "getContainerAnnotation", summary = "An annotation of a document's container",
			description = "The W3C Web Annotation at its IRI, with `ETag`, `Allow` and `Link` types "
					+ "`ldp:Resource` and `oa:Annotation`." + PROTOCOL)
	@ApiResponse(responseCode = "200", description = "The annotation",
			content = @Content(mediaType = AnnotationsController.JSON_LD,
					schema = @Schema(implementation = WebAnnotation.class)))
	@ApiResponse(responseCode = "304", description = "Not modified since the ETag in `If-None-Match`")
	ResponseEntity<WebAnnotation> get(
			@Parameter(description = SLUG_DESCRIPTION, example = "the-only-correct-decision") @PathVariable String slug,
			@Parameter(description = ID_DESCRIPTION, example = "1") @PathVariable long id) {
		return annotationHeaders(ResponseEntity.ok(), this.annotations.webGet(slug, id, iris()));
	}

	@RequestMapping(value = MEMBER, method = RequestMethod.OPTIONS)
	@Operation(hidden = true)
	ResponseEntity<Void> memberOptions(@PathVariable String slug, @PathVariable long id) {
		Versioned<WebAnnotation> annotation = this.annotations.webGet(slug, id, iris());
		return ResponseEntity.ok()
			.eTag(annotation.etag())
			.header(HttpHeaders.ALLOW, MEMBER_ALLOW)
			.header(HttpHeaders.LINK, RESOURCE_LINKS)
			.build();
	}

	@PutMapping(value = MEMBER, consumes = AnnotationsController.JSON_LD, produces = AnnotationsController.JSON_LD)
	@Operation(operationId = "replaceContainerAnnotation", summary = "Replace an annotation of a document's container",
			description = "The new state of the annotation as a W3C Web Annotation, kept as when it was added. "
					+ "Its `id`, if sent, is its IRI; `canonical` and `via` once set cannot change (409). Needs "
					+ "`If-Match` with the current ETag." + PROTOCOL + TARGETS,
			security = @SecurityRequirement(name = "editorToken"))
	@ApiResponse(responseCode = "200", description = "Replaced; the new state, `ETag` its version",
			content = @Content(mediaType = AnnotationsController.JSON_LD,
					schema = @Schema(implementation = WebAnnotation.class)))
	@AnnotationDocs.Changes
	@ApiResponse(responseCode = "409", description = "The `id`, `canonical` or `via` sent differs from the stored one")
	@ApiResponse(responseCode = "422", description = "The new annotation cannot be stored; nothing was changed")
	ResponseEntity<WebAnnotation> replace(
			@Parameter(description = SLUG_DESCRIPTION, example = "the-only-correct-decision") @PathVariable String slug,
			@Parameter(description = ID_DESCRIPTION, example = "1") @PathVariable long id,
			@AnnotationDocs.IfMatch @RequestHeader(name = HttpHeaders.IF_MATCH,
					required = false) @Nullable String ifMatch,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The annotation's new state, a W3C Web Annotation",
					content = @Content(mediaType = AnnotationsController.JSON_LD,
							schema = @Schema(implementation = WebAnnotation.class))) @RequestBody JsonNode body) {
		this.annotations.replace(slug, id, ifMatch, this.webInputs.readLinked(body), iris());
		return annotationHeaders(ResponseEntity.ok(), this.annotations.webGet(slug, id, iris()));
	}

	@DeleteMapping(MEMBER)
	@Operation(operationId = "deleteContainerAnnotation", summary = "Delete an annotation of a document's container",
			description = "Removes it from the container. Needs `If-Match` with the current ETag." + PROTOCOL,
			security = @SecurityRequirement(name = "editorToken"))
	@ApiResponse(responseCode = "204", description = "Deleted")
	@AnnotationDocs.Changes
	ResponseEntity<Void> delete(
			@Parameter(description = SLUG_DESCRIPTION, example = "the-only-correct-decision") @PathVariable String slug,
			@Parameter(description = ID_DESCRIPTION, example = "1") @PathVariable long id,
			@AnnotationDocs.IfMatch @RequestHeader(name = HttpHeaders.IF_MATCH,
					required = false) @Nullable String ifMatch) {
		this.annotations.delete(slug, id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity.BodyBuilder containerHeaders(ResponseEntity.BodyBuilder status, String etag) {
		return status.eTag(etag)
			.header(HttpHeaders.ALLOW, CONTAINER_ALLOW)
			.header("Accept-Post", AnnotationsController.WEB_ANNOTATION.toString())
			.header(HttpHeaders.VARY, VARY);
	}

	private static ResponseEntity<WebAnnotation> annotationHeaders(ResponseEntity.BodyBuilder status,
			Versioned<WebAnnotation> annotation) {
		return status.eTag(annotation.etag())
			.header(HttpHeaders.ALLOW, MEMBER_ALLOW)
			.header(HttpHeaders.LINK, RESOURCE_LINKS)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.contentType(AnnotationsController.WEB_ANNOTATION)
			.body(annotation.body());
	}

	/** 1 or 0 as a boolean; null when not given. */
	private static @Nullable Boolean iris(@Nullable String iris) {
		if (iris == null) {
			return null;
		}
		if (!iris.equals("0") && !iris.equals("1")) {
			throw new InvalidParameterException("iris", iris, "1 (pages list IRIs) or 0 (whole annotations)");
		}
		return iris.equals("1");
	}

	/** The IRIs of this request's base URL (as the client addressed the server). */
	private static Iris iris() {
		return new Iris(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
	}

}
