package org.verbatim.document;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.Span;

/**
 * What documents need to know of the quotes anchored in them. The quote feature
 * implements it, so that documents depend on quotes only through this interface and not
 * the other way round.
 */
public interface DocumentQuotes {

	/** The quotes anchored in the document, in order of their first occurrence. */
	List<AnchoredQuote> anchoredIn(long documentId);

	/** The ids of the documents holding a quote by this speaker (slug or any name). */
	List<Long> documentsQuoting(String speaker);

	/**
	 * The same for a speaker already resolved to people and organisations;
	 * {@code speaker}, as given, counts as a group's wording only when it resolved to
	 * nobody.
	 */
	List<Long> documentsQuoting(List<Long> people, List<Long> organisations, String speaker);

	@Schema(name = "AnchoredQuote", description = "A quote anchored in this document's text")
	record AnchoredQuote(@Schema(description = "The quote's id, for GET /api/v1/quotes/{id}", example = "1") long id,
			@Schema(description = "The exact words, as cut from the text by each occurrence") String text,
			@Schema(description = "Kind of quote", example = "DIRECT") String kind,
			@Schema(description = "Who said it: PERSON, ORGANISATION, GROUP or UNATTRIBUTED",
					example = "PERSON") String speakerKind,
			@Schema(description = "The speaker's name, or the group as the source words it",
					example = "Aleksandr Lukashenko") @Nullable String speaker,
			@Schema(description = "Slug of the person or organisation, when the speaker is one",
					example = "aleksandr-lukashenko") @Nullable String speakerSlug,
			@Schema(description = "Every place the words appear in the text") List<Span> occurrences) {
	}

}
