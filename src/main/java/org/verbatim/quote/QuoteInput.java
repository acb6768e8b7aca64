package org.verbatim.quote;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.verbatim.event.EventInput;
import org.verbatim.party.PartyInputs.OrganisationInput;
import org.verbatim.party.PartyInputs.PersonInput;
import org.verbatim.shared.DateInput;
import org.verbatim.shared.Limits;
import org.verbatim.shared.TargetInput;
import org.verbatim.shared.Text;
import org.verbatim.shared.TextSelector;
import org.verbatim.topic.TopicInput;

/**
 * A quote as an editor writes it: anchored by W3C selectors, which the server resolves
 * against the document's text and stores as verified offsets. The speaker, event and
 * topics it creates inline are checked as they are created.
 */
@Schema(name = "QuoteInput", description = "A quote, anchored in its document's text")
public record QuoteInput(@Schema(
		description = "The exact words; optional, and when given they must be what the target selects") @Nullable String text,
		@Schema(description = "DIRECT when not given", example = "DIRECT") @Nullable QuoteKind kind,
		@Schema(description = "Who said it; unattributed when not given") @Valid @Nullable SpeakerInput speaker,
		@Schema(description = "How the source attributes the words, verbatim",
				example = "Aleksandr Lukashenko noted") @Text(max = Limits.ATTRIBUTION) @Nullable String attribution,
		@Schema(description = "The occasion") @Nullable EventInput event,
		@Schema(description = "When it was said, at its precision") @Valid @Nullable DateInput date,
		@Nullable List<TopicInput> topics,
		@ArraySchema(arraySchema = @Schema(
				description = "Where the words stand: one target, or a list with one "
						+ "target per occurrence when the text prints the words more than once",
				requiredMode = Schema.RequiredMode.REQUIRED)) @JsonFormat(
						with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable List<TargetInput> target) {

	/** The body that would recreate the quote as stored, for merge patches. */
	static QuoteInput of(Quote quote) {
		SpeakerInput speaker = switch (quote.speakerKind()) {
			case PERSON -> new SpeakerInput(PersonInput.ref(quote.speakerPerson().slug()), null, null);
			case ORGANISATION ->
				new SpeakerInput(null, OrganisationInput.ref(quote.speakerOrganisation().slug()), null);
			case GROUP -> new SpeakerInput(null, null, quote.speakerLabel());
			case UNATTRIBUTED -> null;
		};
		// No `text`: the words follow from the target, so a patch may move the target
		// alone.
		return new QuoteInput(null, quote.kind(), speaker, quote.attribution(),
				(quote.event() != null) ? EventInput.ref(quote.event().slug()) : null, DateInput.from(quote.date()),
				quote.topics().stream().map(t -> TopicInput.ref(t.slug())).toList(),
				quote.occurrences()
					.stream()
					.map(span -> new TargetInput(null,
							List.of(new TextSelector.TextPosition("TextPositionSelector", span.start(), span.end()))))
					.toList());
	}

	@Schema(name = "SpeakerInput", description = "At most one of `person`, `organisation` and `group`; none means the "
			+ "source names nobody")
	public record SpeakerInput(@Nullable PersonInput person, @Nullable OrganisationInput organisation,
			@Schema(description = "A group as the source words it",
					example = "certain political experts") @Text(max = Limits.SPEAKER_GROUP) @Nullable String group) {
	}

}
