package org.verbatim.quote;

import org.verbatim.shared.AuditView;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.verbatim.document.DocumentRef;
import org.verbatim.event.EventRef;
import org.verbatim.party.Organisation;
import org.verbatim.party.PartyViews.OrganisationRef;
import org.verbatim.party.PartyViews.PersonRef;
import org.verbatim.party.Person;
import org.verbatim.shared.DateView;
import org.verbatim.shared.Span;
import org.verbatim.topic.TopicRef;

/**
 * A quote as the API shows it.
 */
@Schema(name = "Quote", description = "Who said what, when and where, anchored in a document's text")
record QuoteView(@Schema(example = "1") long id,
		@Schema(description = "The exact words; each occurrence cuts exactly these code points out of the document "
				+ "text") String text,
		@Schema(example = "DIRECT") QuoteKind kind, SpeakerView speaker, DocumentRef document,
		@Schema(description = "The occasion, when the source gives it") @Nullable EventRef event,
		@Schema(description = "When it was said, when the source gives it") @Nullable DateView date,
		@Schema(description = "Every place in the document text where the words stand") List<Span> occurrences,
		List<TopicRef> topics, AuditView audit) {

	static QuoteView of(Quote quote) {
		return new QuoteView(quote.id(), quote.text(), quote.kind(), SpeakerView.of(quote),
				DocumentRef.of(quote.document()), (quote.event() != null) ? EventRef.of(quote.event()) : null,
				DateView.ofNullable(quote.date()), quote.occurrences(),
				quote.topics().stream().map(TopicRef::of).toList(), quote.audit());
	}

	@Schema(name = "Speaker",
			description = "Who the source attributes the words to, resolved where possible, with the source's own "
					+ "wording")
	record SpeakerView(@Schema(example = "PERSON") SpeakerKind kind,
			@Schema(description = "The person, when the speaker is one") @Nullable PersonRef person,
			@Schema(description = "The organisation, when the speaker is one") @Nullable OrganisationRef organisation,
			@Schema(description = "The group as the source words it, when the speaker is a group",
					example = "certain political experts") @Nullable String group,
			@Schema(description = "How the source attributes the words, verbatim",
					example = "Aleksandr Lukashenko noted") @Nullable String attribution) {

		static SpeakerView of(Quote quote) {
			Person person = quote.speakerPerson();
			Organisation organisation = quote.speakerOrganisation();
			return new SpeakerView(quote.speakerKind(), (person != null) ? PersonRef.of(person) : null,
					(organisation != null) ? OrganisationRef.of(organisation) : null, quote.speakerLabel(),
					quote.attribution());
		}

		/** The speaker's display name, if the source names one. */
		@Nullable String name() {
			if (this.person != null) {
				return this.person.name();
			}
			return (this.organisation != null) ? this.organisation.name() : this.group;
		}

		@Nullable String slug() {
			if (this.person != null) {
				return this.person.slug();
			}
			return (this.organisation != null) ? this.organisation.slug() : null;
		}

	}

}
