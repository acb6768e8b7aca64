package org.verbatim.annotation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A document's annotations as a container of the W3C Web Annotation Protocol
 * (https://www.w3.org/TR/annotation-protocol/): an LDP Basic Container that is also an
 * AnnotationCollection, whose annotations are listed in pages of
 * {@link AnnotationContainers#PAGE_SIZE}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "@context", "id", "type", "label", "total", "first", "last" })
@Schema(name = "WebAnnotationContainer",
		description = "A document's annotations as a W3C Web Annotation Protocol container: an LDP BasicContainer and "
				+ "AnnotationCollection. `first` is the first page embedded, or its IRI for the minimal container; "
				+ "both are absent when there are no annotations")
record WebAnnotationContainer(
		@JsonProperty("@context") @ArraySchema(
				schema = @Schema(example = "http://www.w3.org/ns/anno.jsonld")) List<String> context,
		@Schema(description = "The container's IRI, with `?iris=1` when its pages list the annotations' IRIs and "
				+ "`?iris=0` when they list whole annotations",
				example = "http://localhost:8080/api/v1/documents/the-only-correct-decision/annotations/?iris=0") String id,
		@ArraySchema(schema = @Schema(allowableValues = {
				"BasicContainer", "AnnotationCollection" })) List<String> type,
		@Schema(example = "Annotations on The only correct decision") String label,
		@Schema(description = "How many annotations the container holds", example = "4") int total,
		@Schema(description = "The first page (embedded), or its IRI",
				oneOf = { Page.class, String.class }) @Nullable Object first,
		@Schema(description = "The IRI of the last page",
				example = "http://localhost:8080/api/v1/documents/the-only-correct-decision/annotations/?iris=0&page=0") @Nullable String last){

	static final String LDP_CONTEXT = "http://www.w3.org/ns/ldp.jsonld";

	/** One page of a container's annotations, in reading order. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "@context", "id", "type", "partOf", "startIndex", "prev", "next", "items" })
	@Schema(name = "WebAnnotationContainerPage",
			description = "A page of a container's annotations: their IRIs, or the annotations themselves")
	record Page(
			@JsonProperty("@context") @Schema(description = "Present when the page is served on its own",
					example = WebAnnotation.CONTEXT) @Nullable String context,
			@Schema(example = "http://localhost:8080/api/v1/documents/the-only-correct-decision/annotations/?iris=0&page=0") String id,
			@Schema(example = "AnnotationPage") String type,
			@Schema(description = "The container: its IRI in the container's own first page, else its IRI with its "
					+ "total and first and last pages",
					oneOf = {
							PartOf.class, String.class }) Object partOf,
			@Schema(description = "The position of the page's first item in the container",
					example = "0") int startIndex,
			@Schema(description = "The previous page; absent on the first") @Nullable String prev,
			@Schema(description = "The next page; absent on the last") @Nullable String next,
			@ArraySchema(schema = @Schema(oneOf = { WebAnnotation.class, String.class },
					description = "An annotation, or its IRI")) List<Object> items){
	}

	/** The container a page is part of, with its total and its first and last pages. */
	@JsonPropertyOrder({ "id", "total", "first", "last" })
	@Schema(name = "WebAnnotationContainerReference")
	record PartOf(@Schema(
			example = "http://localhost:8080/api/v1/documents/the-only-correct-decision/annotations/?iris=0") String id,
			@Schema(example = "4") int total, @Schema(description = "The IRI of the first page") String first,
			@Schema(description = "The IRI of the last page") String last) {
	}

}
