package org.verbatim.annotation;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.AuditView;
import org.verbatim.shared.DateView;
import org.verbatim.shared.Span;
import org.verbatim.topic.TopicRef;

/**
 * An annotation as the API shows it.
 */
@Schema(name = "Annotation", description = "A note on a span of a document's text")
record AnnotationView(@Schema(example = "1") long id,
		@Schema(description = "The slug of the document annotated",
				example = "the-only-correct-decision") String document,
		@Schema(description = "W3C Web Annotation motivation", example = "describing") String motivation,
		@Schema(description = "The annotated span, in code points") Span target,
		@Schema(description = "The annotated words, as cut from the text by the span") String exact,
		@Schema(description = "The note") @Nullable String body,
		@Schema(description = "A figure the text states as a fact, when the annotation records one") @Nullable Claim claim,
		@Nullable TopicRef topic, AuditView audit) {

	static AnnotationView of(Annotation a) {
		Claim claim = (a.quantity() != null)
				? new Claim(a.quantity().stripTrailingZeros(), a.comparator(), a.unit(), DateView.ofNullable(a.date()))
				: null;
		return new AnnotationView(a.id(), a.document().slug(), a.motivation(), a.span(), a.exact(), a.body(), claim,
				(a.topic() != null) ? TopicRef.of(a.topic()) : null, a.audit());
	}

	@Schema(name = "Claim", description = "A figure stated as a fact")
	record Claim(@Schema(example = "60000000000") BigDecimal quantity,
			@Schema(description = "EXACTLY, MORE_THAN, LESS_THAN or ABOUT",
					example = "MORE_THAN") @Nullable String comparator,
			@Schema(example = "USD") @Nullable String unit,
			@Schema(description = "The period the figure is about") @Nullable DateView period) {
	}

}
