package org.verbatim.search;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.Span;

/**
 * The answer of a search.
 */
final class SearchViews {

	private SearchViews() {
	}

	@Schema(name = "SearchResults", description = "One page of hits, best first, with facet counts over all hits")
	record SearchResults(List<Hit> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
			@Schema(description = "Hits over all pages", example = "3") long totalItems,
			@Schema(example = "1") int totalPages, Facets facets) {
	}

	@Schema(name = "SearchHit", description = "A quote, document or event that matched")
	record Hit(@Schema(description = "quote, document or event", example = "document") String type,
			@Schema(description = "The quote's id, or the document's or event's slug",
					example = "the-only-correct-decision") String id,
			@Schema(description = "Where the full resource is",
					example = "/api/v1/documents/the-only-correct-decision") String href,
			@Schema(description = "The document's title and subtitle, or the event's name; none for a quote",
					example = "The only correct decision. Why Belarusian-Russian co-operation is a logical process") @Nullable String title,
			@Schema(example = "ARTICLE") String kind,
			@Schema(description = "The document the hit is in (quotes) or is (documents)",
					example = "the-only-correct-decision") @Nullable String document,
			@Schema(description = "Speakers (quotes), authors (documents) or participants (events): slugs, or a "
					+ "group's wording") List<String> speakers,
			@Schema(description = "Relevance; higher is better", example = "1.42") float score,
			@Schema(description = "Passages with the matched words marked <mark>...</mark>") List<Highlight> highlights) {
	}

	@Schema(name = "SearchHighlight",
			description = "A passage of the hit with the matched words marked, and where each marked word stands in "
					+ "the document's text")
	record Highlight(@Schema(description = "text or title", example = "text") String field,
			@Schema(description = "The passage as escaped HTML whose only markup is <mark>...</mark> around the "
					+ "matched words: the text's own <, > and & come as &lt;, &gt; and &amp;, so the fragment can "
					+ "be inserted into a page as it is. The offsets refer to the unescaped text.",
					example = "A significant success last year was the conclusion of an intergovernmental agreement on "
							+ "the formation of a unified <mark>electricity</mark> market, ...") String fragment,
			@Schema(description = "Code-point spans [start, end) of the marked words in "
					+ "/api/v1/documents/{document}/text; empty where the field is not document text "
					+ "(titles, event descriptions)") List<Span> offsets) {
	}

	@Schema(name = "SearchFacets",
			description = "How many hits, over all pages, have each value. A topic counts the hits tagged with it or "
					+ "any topic below it, as the topic filter matches them. Speakers are who the hit is by: a quote's "
					+ "speaker, a document's authors, an event's participants (the speaker filter also matches "
					+ "documents that quote the speaker). Group wording is shown as the index folds it: lower case, "
					+ "without accents.")
	record Facets(List<FacetCount> type, List<FacetCount> kind, List<FacetCount> speaker, List<FacetCount> topic,
			List<FacetCount> year) {
	}

	@Schema(name = "FacetCount")
	record FacetCount(@Schema(example = "aleksandr-lukashenko") String value, @Schema(example = "4") long count) {
	}

}
