package org.verbatim.document;

import org.verbatim.shared.AuditView;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.verbatim.document.DocumentQuotes.AnchoredQuote;
import org.verbatim.party.PartyViews.PersonRef;
import org.verbatim.shared.DateView;
import org.verbatim.topic.TopicRef;

/**
 * The API's views of documents.
 */
public final class DocumentViews {

	private DocumentViews() {
	}

	@Schema(name = "Author", description = "An author as the byline prints them")
	record AuthorView(PersonRef person,
			@Schema(description = "The name as the byline prints it",
					example = "Aleksandr Shpakovsky") String bylineName,
			@Schema(description = "The position the byline gives, verbatim") @Nullable String bylineRole,
			@Schema(example = "AUTHOR") Author.Role role) {

		static AuthorView of(Author author) {
			return new AuthorView(PersonRef.of(author.person()), author.bylineName(), author.bylineRole(),
					author.role());
		}

	}

	@Schema(name = "Section", description = "A span of the text and its part in the layout")
	record SectionView(@Schema(example = "BODY") Section.Kind kind,
			@Schema(example = "Pace of progress") @Nullable String heading,
			@Schema(description = "First code point", example = "2460") int start,
			@Schema(description = "Just past the last code point", example = "3543") int end) {

		static SectionView of(Section section) {
			return new SectionView(section.kind(), section.heading(), section.start(), section.end());
		}

	}

	@Schema(name = "DocumentSummary", description = "A document in a list, without its text")
	record DocumentSummary(@Schema(example = "the-only-correct-decision") String slug,
			@Schema(example = "The only correct decision") String title, @Nullable String subtitle,
			@Schema(example = "ARTICLE") DocumentKind kind, @Schema(example = "en") String language,
			@Schema(description = "Publication date, as precisely as known") @Nullable DateView date,
			List<AuthorView> authors, List<TopicRef> topics) {

		static DocumentSummary of(Document d) {
			return new DocumentSummary(d.slug(), d.title(), d.subtitle(), d.kind(), d.language(),
					DateView.ofNullable(d.date()), d.authors().stream().map(AuthorView::of).toList(),
					d.topics().stream().map(TopicRef::of).toList());
		}

	}

	@Schema(name = "DocumentDetail", description = "A document's metadata, sections and quotes with their offsets; "
			+ "the text itself is at /api/v1/documents/{slug}/text")
	public record DocumentDetail(@Schema(example = "the-only-correct-decision") String slug,
			@Schema(example = "The only correct decision") String title, @Nullable String subtitle,
			@Schema(example = "ARTICLE") DocumentKind kind,
			@Schema(description = "BCP 47", example = "en") String language,
			@Schema(description = "Publication date, as precisely as known") @Nullable DateView date,
			@Schema(description = "Publisher or source, when known") @Nullable String publisher,
			@Schema(description = "Where the text was published, when known") @Nullable String sourceUrl,
			@Schema(description = "SHA-256 of the text's UTF-8 bytes, hex") String sha256,
			@Schema(description = "Length of the text in code points") int length, List<AuthorView> authors,
			List<SectionView> sections, List<TopicRef> topics, List<AnchoredQuote> quotes,
			@Schema(description = "Where to get the text",
					example = "/api/v1/documents/the-only-correct-decision/text") String textUrl,
			AuditView audit) {

		static DocumentDetail of(Document d, List<AnchoredQuote> quotes) {
			return new DocumentDetail(d.slug(), d.title(), d.subtitle(), d.kind(), d.language(),
					DateView.ofNullable(d.date()), d.publisher(), d.sourceUrl(), d.sha256(), d.textLength(),
					d.authors().stream().map(AuthorView::of).toList(),
					d.sections().stream().map(SectionView::of).toList(), d.topics().stream().map(TopicRef::of).toList(),
					quotes, "/api/v1/documents/" + d.slug() + "/text", d.audit());
		}

	}

}
