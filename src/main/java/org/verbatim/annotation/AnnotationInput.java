package org.verbatim.annotation;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.DateInput;
import org.verbatim.shared.Limits;
import org.verbatim.shared.Span;
import org.verbatim.shared.TargetInput;
import org.verbatim.shared.Text;
import org.verbatim.shared.TextSelector;
import org.verbatim.topic.TopicInput;

/**
 * An annotation as an editor writes it: a W3C motivation, a note, and a target in the
 * document's text that the server resolves to verified offsets. A topic it creates inline
 * is checked as it is created.
 */
@Schema(name = "AnnotationInput", description = "A note on a span of a document's text")
public record AnnotationInput(
		@Schema(description = "W3C Web Annotation motivation: assessing, bookmarking, classifying, commenting, "
				+ "describing, editing, highlighting, identifying, linking, moderating, questioning, replying or "
				+ "tagging", requiredMode = Schema.RequiredMode.REQUIRED,
				example = "commenting") @Text(max = Limits.MOTIVATION, required = true) @Nullable String motivation,
		@Schema(description = "The note, as text") @Text(max = Limits.ANNOTATION_BODY) @Nullable String body,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable TargetInput target,
		@Schema(description = "A topic the span is about, e.g. for tagging") @Nullable TopicInput topic,
		@Schema(description = "A figure the span states as a fact") @Valid @Nullable ClaimInput claim) {

	/**
	 * The input that would recreate the annotation as stored, for merge patches: its
	 * target selects the stored span by its words and by position.
	 */
	static AnnotationInput of(Annotation a) {
		Span span = a.span();
		TargetInput target = new TargetInput(null,
				List.of(new TextSelector.TextQuote("TextQuoteSelector", a.exact(), null, null),
						new TextSelector.TextPosition("TextPositionSelector", span.start(), span.end())));
		ClaimInput claim = (a.quantity() != null)
				? new ClaimInput(a.quantity(), a.comparator(), a.unit(), DateInput.from(a.date())) : null;
		return new AnnotationInput(a.motivation(), a.body(), target,
				(a.topic() != null) ? TopicInput.ref(a.topic().slug()) : null, claim);
	}

	@Schema(name = "ClaimInput", description = "A figure stated as a fact")
	public record ClaimInput(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "60000000000") @Nullable BigDecimal quantity,
			@Schema(description = "EXACTLY, MORE_THAN, LESS_THAN or ABOUT",
					example = "MORE_THAN") @Nullable String comparator,
			@Schema(example = "USD") @Text(max = Limits.CLAIM_UNIT) @Nullable String unit,
			@Schema(description = "The period the figure is about") @Valid @Nullable DateInput period) {
	}

}
