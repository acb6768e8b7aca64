package org.verbatim.annotation;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An annotation in the W3C Web Annotation Data Model
 * (https://www.w3.org/TR/annotation-model/), served as JSON-LD with the
 * {@code http://www.w3.org/ns/anno.jsonld} context to clients that ask for it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "@context", "id", "type", "canonical", "via", "motivation", "creator", "created", "modified",
		"body", "target" })
@Schema(name = "WebAnnotation", description = "An annotation in the W3C Web Annotation Data Model, as JSON-LD "
		+ "(application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\")")
record WebAnnotation(
		@JsonProperty("@context") @Schema(description = "The Web Annotation context; absent on the items of a page",
				example = WebAnnotation.CONTEXT) @Nullable String context,
		@Schema(description = "The annotation's IRI: its document's annotation container with the annotation's "
				+ "number added",
				example = "http://localhost:8080/api/v1/documents/the-only-correct-decision/annotations/1") String id,
		@Schema(allowableValues = "Annotation", example = "Annotation") String type,
		@Schema(description = "The IRI that stays the annotation's wherever it is copied, kept as sent",
				example = "urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df") @Nullable String canonical,
		@Schema(description = "The IRI the annotation had where it came from: the `id` it was sent with, or its "
				+ "`via`", example = "https://annotations.example.org/anno/1") @Nullable String via,
		@Schema(description = "W3C motivation", example = "describing") String motivation,
		@Schema(description = "The editor who created the annotation") @Nullable Agent creator,
		@Schema(description = "When it was created (xsd:dateTime, UTC)",
				example = "2026-11-28T10:15:30Z") @Nullable Instant created,
		@Schema(description = "When it was last modified (xsd:dateTime, UTC)",
				example = "2026-11-28T10:15:30Z") @Nullable Instant modified,
		@ArraySchema(schema = @Schema(implementation = Body.class),
				arraySchema = @Schema(description = "The note as a TextualBody, and the topic as a SpecificResource "
						+ "with purpose `tagging`; absent when the annotation has neither")) @Nullable List<Body> body,
		Target target) {

	static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

	/** The agent who made an annotation: an editor, or the software that loaded it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "WebAnnotationAgent", description = "An agent (Person or Software) by name")
	record Agent(@Schema(allowableValues = {
			"Person", "Software" }, example = "Person") String type,
			@Schema(description = "The editor's name", example = "seed") String name){
	}

	/** A TextualBody (the note) or a SpecificResource (a topic). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "type", "purpose", "value", "format", "source" })
	@Schema(name = "WebAnnotationBody",
			description = "A TextualBody with the note, or a SpecificResource naming a " + "topic of the archive")
	record Body(@Schema(allowableValues = {
			"TextualBody", "SpecificResource" }, example = "TextualBody") String type,
			@Schema(description = "Why the body is there: the motivation for the note, `tagging` for a topic",
					example = "describing") String purpose,
			@Schema(description = "The note (TextualBody)",
					example = "28 union programmes were adopted in 2021.") @Nullable String value,
			@Schema(example = "text/plain") @Nullable String format,
			@Schema(description = "The topic's IRI (SpecificResource)") @Nullable String source){

		static Body text(String value, String purpose) {
			return new Body("TextualBody", purpose, value, "text/plain", null);
		}

		static Body resource(String source, String purpose) {
			return new Body("SpecificResource", purpose, null, null, source);
		}

	}

	/** The span of the document's text, by two selectors that select the same words. */
	@Schema(name = "WebAnnotationTarget",
			description = "The annotated span: `source` is the document's text, `selector` a TextQuoteSelector (the "
					+ "words with up to 32 code points of context either side) and a TextPositionSelector (code "
					+ "points), which select the same span")
	record Target(
			@Schema(description = "The IRI of the document's text, which the selectors count in",
					example = "http://localhost:8080/api/v1/documents/the-only-correct-decision/text") String source,
			@ArraySchema(schema = @Schema(oneOf = {
					TextQuoteSelector.class, TextPositionSelector.class })) List<Object> selector){
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "type", "exact", "prefix", "suffix" })
	@Schema(name = "WebAnnotationTextQuoteSelector")
	record TextQuoteSelector(
			@Schema(allowableValues = "TextQuoteSelector", example = "TextQuoteSelector",
					requiredMode = Schema.RequiredMode.REQUIRED) String type,
			@Schema(example = "The implementation of 28 union programmes, adopted in 2021") String exact,
			@Nullable String prefix, @Nullable String suffix) {

		TextQuoteSelector(String exact, @Nullable String prefix, @Nullable String suffix) {
			this("TextQuoteSelector", exact, prefix, suffix);
		}

	}

	@JsonPropertyOrder({ "type", "start", "end" })
	@Schema(name = "WebAnnotationTextPositionSelector")
	record TextPositionSelector(
			@Schema(allowableValues = "TextPositionSelector", example = "TextPositionSelector",
					requiredMode = Schema.RequiredMode.REQUIRED) String type,
			@Schema(example = "2317") int start, @Schema(example = "2375") int end) {

		TextPositionSelector(int start, int end) {
			this("TextPositionSelector", start, end);
		}

	}

	/**
	 * A document's annotations as a W3C AnnotationCollection, with all of them in its
	 * first (and only) page.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "@context", "id", "type", "label", "total", "first" })
	@Schema(name = "WebAnnotationCollection",
			description = "A document's annotations as a W3C AnnotationCollection; all of them are in the "
					+ "embedded first page, which is absent when there are none")
	record Collection(@JsonProperty("@context") @Schema(example = WebAnnotation.CONTEXT) String context,
			@Schema(example = "http://localhost:8080/api/v1/documents/the-only-correct-decision/annotations") String id,
			@Schema(example = "AnnotationCollection") String type,
			@Schema(example = "Annotations on The only correct decision") String label,
			@Schema(example = "4") int total, @Nullable Page first) {
	}

	@JsonPropertyOrder({ "id", "type", "partOf", "startIndex", "items" })
	@Schema(name = "WebAnnotationPage")
	record Page(@Schema(
			example = "http://localhost:8080/api/v1/documents/the-only-correct-decision/annotations#page-0") String id,
			@Schema(example = "AnnotationPage") String type,
			@Schema(description = "The collection's IRI") String partOf, @Schema(example = "0") int startIndex,
			List<WebAnnotation> items) {
	}

}
