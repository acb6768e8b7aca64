package org.verbatim.document;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.verbatim.party.PartyInputs.PersonInput;
import org.verbatim.shared.DateInput;
import org.verbatim.shared.FuzzyDate;
import org.verbatim.shared.LanguageTag;
import org.verbatim.shared.Limits;
import org.verbatim.shared.TargetInput;
import org.verbatim.shared.Text;
import org.verbatim.shared.TextSelector;
import org.verbatim.topic.Topic;
import org.verbatim.topic.TopicInput;

/**
 * A document as an editor writes it: metadata, the full text, byline, layout and topics.
 * The people and topics it creates inline are checked as they are created.
 */
@Schema(name = "DocumentInput", description = "A document's metadata and full text")
public record DocumentInput(
		@Schema(description = "Made from the title when not given",
				example = "speech-at-the-forum-of-regions") @Nullable String slug,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "Speech at the Forum of Regions") @Text(max = Limits.DOCUMENT_TITLE) @Nullable String title,
		@Text(max = Limits.DOCUMENT_SUBTITLE) @Nullable String subtitle,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "SPEECH") @Nullable DocumentKind kind,
		@Schema(description = "BCP 47 language tag of the text", requiredMode = Schema.RequiredMode.REQUIRED,
				example = "en") @LanguageTag @Nullable String language,
		@Schema(description = "Publication date at its precision") @Valid @Nullable DateInput date,
		@Text(max = Limits.DOCUMENT_PUBLISHER) @Nullable String publisher,
		@Text(max = Limits.DOCUMENT_SOURCE_URL) @Nullable String sourceUrl,
		@Schema(description = "The full text, stored exactly as sent (never trimmed or normalised); offsets count "
				+ "its Unicode code points", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String text,
		@Valid @Nullable List<AuthorInput> authors, @Nullable List<TopicInput> topics,
		@Valid @Nullable List<SectionInput> sections) {

	@Schema(name = "AuthorInput", description = "An author as the byline prints them")
	public record AuthorInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable PersonInput person,
			@Schema(description = "The name as the byline prints it; the person's name when not given") @Text(
					max = Limits.BYLINE_NAME) @Nullable String bylineName,
			@Schema(description = "The position the byline gives, verbatim") @Text(
					max = Limits.BYLINE_ROLE) @Nullable String bylineRole,
			@Schema(description = "AUTHOR when not given", example = "SPEAKER") Author.@Nullable Role role) {
	}

	@Schema(name = "SectionInput", description = "A span of the text and its part in the layout")
	public record SectionInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Section.@Nullable Kind kind,
			@Text(max = Limits.SECTION_HEADING) @Nullable String heading,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable TargetInput target) {
	}

	/** The body that would recreate the document as stored, for merge patches. */
	static DocumentInput of(Document d, String text) {
		return new DocumentInput(d.slug(), d.title(), d.subtitle(), d.kind(), d.language(), DateInput.from(d.date()),
				d.publisher(), d.sourceUrl(), text,
				d.authors()
					.stream()
					.map(a -> new AuthorInput(PersonInput.ref(a.person().slug()), a.bylineName(), a.bylineRole(),
							a.role()))
					.toList(),
				d.topics().stream().map(t -> TopicInput.ref(t.slug())).toList(),
				d.sections()
					.stream()
					.map(s -> new SectionInput(s.kind(), s.heading(), new TargetInput(null,
							List.of(new TextSelector.TextPosition("TextPositionSelector", s.start(), s.end())))))
					.toList());
	}

	/** The input checked and resolved, ready to be stored. */
	record Fields(String title, @Nullable String subtitle, DocumentKind kind, String language, @Nullable FuzzyDate date,
			@Nullable String publisher, @Nullable String sourceUrl, List<Section> sections, List<Author> authors,
			Set<Topic> topics) {
	}

}
