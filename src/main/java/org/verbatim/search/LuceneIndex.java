package org.verbatim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.query.LuceneSearchResult;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.jspecify.annotations.Nullable;
import org.verbatim.search.SearchService.Filters;
import org.verbatim.search.SearchService.Request;
import org.verbatim.search.SearchViews.Facets;
import org.verbatim.search.SearchViews.Highlight;
import org.verbatim.search.SearchViews.Hit;
import org.verbatim.shared.SearchFields;
import org.verbatim.shared.Span;

import org.springframework.stereotype.Component;

/**
 * Everything the search reads from Lucene directly, below Hibernate Search: a page's hits
 * read and highlighted with the positions of their marks ({@link PageHighlighter}),
 * totals and facets counted in one pass ({@link FacetCounter}), the index's state, the
 * user's words parsed for a native field, the normaliser.
 * <p>
 * Why: Hibernate Search's highlight projections and terms aggregations are too slow for
 * the search's targets, and its highlights carry no positions (decision 0007,
 * docs/PERFORMANCE.md). The rest of the search uses Hibernate Search's API and this
 * class.
 */
@Component
class LuceneIndex {

	// Hibernate Search's name for the id term of every indexed entity (not public API;
	// SearchHighlightTests looks hits up by it and FacetCounterTests filters by it, so a
	// rename shows).
	static final String ID_FIELD = "__HSEARCH_id";

	/** The entities' type names in the API, by entity name. */
	private static final Map<String, String> TYPE_OF_ENTITY = SearchService.TYPES.entrySet()
		.stream()
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

	private final EntityManagerFactory entityManagerFactory;

	// The text analyzer is the very instance the index uses (SearchAnalysis.text()).
	private final PageHighlighter highlighter = new PageHighlighter(SearchAnalysis.text());

	private volatile @Nullable Analyzer foldedNormalizer;

	LuceneIndex(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** The user's words, as one query that finds the hits and marks their words. */
	record Words(Query query) {

		/** The words as a predicate of Hibernate Search. */
		PredicateFinalStep predicate(SearchPredicateFactory f) {
			return f.extension(LuceneExtension.get()).fromLuceneQuery(this.query);
		}

	}

	/** The number of hits over all pages, and their facets. */
	record Counted(long total, Facets facets) {
	}

	/**
	 * The state of the indexes a search reads: their segments and deletions, which change
	 * with every indexing that becomes visible, whatever wrote it (a commit, an import's
	 * asynchronous indexing, a rebuild).
	 */
	record State(List<Object> segments) {
	}

	/**
	 * Parsed here, not by Hibernate Search's simpleQueryString: documents' text is a
	 * native field (TextWithOffsets), which its DSL does not query.
	 */
	Words words(String queryText) {
		return new Words(this.highlighter.query(queryText));
	}

	State state(SearchScope<?> scope) {
		try (Reader reader = open(scope)) {
			return reader.state();
		}
	}

	/** A reader of the indexes of {@code scope} as they are now; to be closed. */
	Reader open(SearchScope<?> scope) {
		return new Reader(scope.extension(LuceneExtension.get()).openIndexReader());
	}

	/**
	 * A group's wording as the index holds it: folded by the index's own normaliser
	 * (case, accents, "й" to "и"), which the terms predicate does not apply to what it is
	 * given.
	 */
	String folded(String wording) {
		Analyzer normalizer = this.foldedNormalizer;
		if (normalizer == null) {
			normalizer = Search.mapping(this.entityManagerFactory)
				.backend()
				.unwrap(LuceneBackend.class)
				.normalizer(SearchAnalysis.FOLDED)
				.orElseThrow();
			this.foldedNormalizer = normalizer;
		}
		return normalizer.normalize(SearchFields.SPEAKERS, wording).utf8ToString();
	}

	/** The indexes as one reader saw them, for counting and reading a page. */
	final class Reader implements AutoCloseable {

		private final IndexReader reader;

		private Reader(IndexReader reader) {
			this.reader = reader;
		}

		State state() {
			List<Object> state = new ArrayList<>(this.reader.leaves().size());
			for (LeafReaderContext leaf : this.reader.leaves()) {
				IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
				// Without a cache key the state is unknown: a fresh object never matches.
				state.add((helper != null) ? helper.getKey() : new Object());
			}
			return new State(state);
		}

		/** The total and facets of every hit of the search's predicate. */
		Counted count(Words words, Request request, Filters filters, int size) {
			try {
				return FacetCounter.count(this.reader, FacetCounter.query(words.query(), request, filters), size);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * The page of {@code result}, read and highlighted. Its document numbers are used
		 * if {@code sameState} (the search read this very state), else each hit is looked
		 * up by its id.
		 */
		List<Hit> hits(Words words, LuceneSearchResult<? extends EntityReference> result, boolean sameState) {
			ScoreDoc[] docs = result.topDocs().scoreDocs;
			// The top documents may include the pages before this one.
			int first = docs.length - result.hits().size();
			List<PageHighlighter.Located> located = new ArrayList<>(result.hits().size());
			for (int i = 0; i < result.hits().size(); i++) {
				EntityReference ref = result.hits().get(i);
				located.add(new PageHighlighter.Located(sameState ? docs[first + i].doc : -1,
						TYPE_OF_ENTITY.get(ref.name()), ref.id(), docs[first + i].score));
			}
			try {
				return LuceneIndex.this.highlighter.highlight(this.reader, words.query(), located)
					.stream()
					.map(LuceneIndex::hit)
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			try {
				this.reader.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** A hit as the answer shows it, its marks as code-point spans of the document. */
	private static Hit hit(PageHighlighter.Highlighted hit) {
		StoredHit stored = hit.stored();
		String type = stored.type();
		String text = stored.text();
		List<Highlight> highlights = new ArrayList<>();
		for (PageHighlighter.Fragment fragment : hit.text()) {
			List<Span> offsets = new ArrayList<>();
			if (text != null && type.equals("document")) {
				offsets.addAll(spans(text, fragment, 0));
			}
			else if (text != null && type.equals("quote")) {
				// A quote's words stand at each of its occurrences in the document.
				for (Integer anchor : stored.anchors()) {
					offsets.addAll(spans(text, fragment, anchor));
				}
			}
			highlights.add(new Highlight("text", fragment.text(), offsets));
		}
		for (PageHighlighter.Fragment fragment : hit.title()) {
			highlights.add(new Highlight("title", fragment.text(), List.of()));
		}
		String href = switch (type) {
			case "quote" -> "/api/v1/quotes/" + stored.ref();
			case "document" -> "/api/v1/documents/" + stored.ref();
			default -> "/api/v1/events/" + stored.ref();
		};
		return new Hit(type, stored.ref(), href, stored.title(), stored.kind(), stored.document(), stored.speakers(),
				hit.score(), highlights);
	}

	/** The marks of a fragment as code-point spans of the text, shifted by base. */
	private static List<Span> spans(String text, PageHighlighter.Fragment fragment, int base) {
		List<Span> spans = new ArrayList<>(fragment.marks().size());
		for (int[] mark : fragment.marks()) {
			int start = text.codePointCount(0, mark[0]);
			int end = start + text.codePointCount(mark[0], mark[1]);
			if (end > start) {
				spans.add(new Span(base + start, base + end));
			}
		}
		return spans;
	}

}
