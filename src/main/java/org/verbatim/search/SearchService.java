package org.verbatim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.query.LuceneSearchResult;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.verbatim.document.DocumentKind;
import org.verbatim.document.DocumentQuotes;
import org.verbatim.document.DocumentService;
import org.verbatim.event.EventKind;
import org.verbatim.party.PartyService;
import org.verbatim.quote.QuoteKind;
import org.verbatim.search.SearchViews.Facets;
import org.verbatim.search.SearchViews.Highlight;
import org.verbatim.search.SearchViews.Hit;
import org.verbatim.search.SearchViews.SearchResults;
import org.verbatim.shared.DateRange;
import org.verbatim.shared.SearchFields;
import org.verbatim.shared.Span;
import org.verbatim.topic.TopicService;
import org.verbatim.web.InvalidParameterException;
import org.verbatim.web.PageQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over quotes, documents and events: one Lucene query across their
 * indexes, answered from stored fields (no entity is loaded), with highlights, offsets
 * and facets.
 */
@Service
// No transaction of its own: a search reads the index, and the database only where a
// filter names something (a topic, a speaker, a document) not already remembered; so a
// connection is taken only for those statements, not for the Lucene work.
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class SearchService {

	/** The types a search covers, by their name in the API and their entity name. */
	static final Map<String, String> TYPES = Map.of("quote", "Quote", "document", "Document", "event", "Event");

	private static final int FACET_SIZE = 50;

	/** The entities' type names in the API, by entity name. */
	private static final Map<String, String> TYPE_OF_ENTITY = TYPES.entrySet()
		.stream()
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

	private final EntityManager entityManager;

	private final PartyService parties;

	private final TopicService topics;

	private final DocumentQuotes documentQuotes;

	private final DocumentService documents;

	private final Summaries summaries = new Summaries();

	private volatile @Nullable Analyzer foldedNormalizer;

	// The text analyzer is the very instance the index uses (SearchAnalysis.text()).
	private final PageHighlighter highlighter = new PageHighlighter(SearchAnalysis.text());

	SearchService(EntityManager entityManager, PartyService parties, TopicService topics, DocumentQuotes documentQuotes,
			DocumentService documents) {
		this.documents = documents;
		this.entityManager = entityManager;
		this.parties = parties;
		this.topics = topics;
		this.documentQuotes = documentQuotes;
	}

	/**
	 * A search request; everything but {@code q} is optional and filters combine with
	 * AND.
	 */
	record Request(String q, List<String> types, DateRange dates, @Nullable String kind, @Nullable String topic,
			@Nullable String speaker, @Nullable String document) {
	}

	/**
	 * Parses {@code type}: a comma-separated subset of quote, document, event; all when
	 * absent.
	 */
	static List<String> types(@Nullable String type) {
		if (type == null || type.isBlank()) {
			return List.copyOf(TYPES.keySet()).stream().sorted().toList();
		}
		List<String> types = Arrays.stream(type.split(","))
			.map(t -> t.strip().toLowerCase(Locale.ROOT))
			.distinct()
			.toList();
		for (String t : types.isEmpty() ? List.of(type) : types) {
			if (!TYPES.containsKey(t)) {
				throw new InvalidParameterException("type", type,
						"quote, document or event, or several separated by commas (all when absent)");
			}
		}
		return types;
	}

	/** Parses {@code kind}: any kind of quote, document or event, case ignored. */
	static @Nullable String kind(@Nullable String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		String wanted = kind.strip().replace('-', '_').toUpperCase(Locale.ROOT);
		List<String> all = Stream.of(QuoteKind.values(), DocumentKind.values(), EventKind.values())
			.flatMap(Arrays::stream)
			.map(Enum::name)
			.distinct()
			.toList();
		if (!all.contains(wanted)) {
			throw new InvalidParameterException("kind", kind, "a kind of quote, document or event: "
					+ all.stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
		}
		return wanted;
	}

	SearchResults search(Request request, PageQuery page) {
		String query = SearchQueryText.parse(request.q());
		Filters filters = filters(request);
		SearchSession session = Search.session(this.entityManager);
		SearchScope<Object> scope = session.scope(Object.class, request.types().stream().map(TYPES::get).toList());
		// The Lucene query is fully determined by these (names already resolved).
		SummaryKey key = new SummaryKey(query, request.types(), request.dates(), request.kind(), filters.topicSlugs(),
				filters.speaker(), request.document());
		List<Object> state = indexState(scope);
		Summary summary = this.summaries.find(key, state);
		boolean counted = summary == null;

		// The same query finds the hits and marks their words.
		Query words = this.highlighter.query(query);
		// Hits as Lucene's document numbers: the page is read and highlighted below, each
		// hit's stored fields once (see PageHighlighter).
		var select = session.search(scope)
			.extension(LuceneExtension.get())
			.select(f -> f.entityReference())
			.where(f -> predicate(f, words, request, filters));
		// Total and facets are known for this index state or counted below, apart (see
		// FacetCounter): only the page is needed, and Lucene may skip hits that cannot
		// reach it instead of counting them all.
		LuceneSearchResult<? extends EntityReference> result = select
			.totalHitCountThreshold((long) page.offset() + page.size())
			.fetch(page.offset(), page.size());
		List<Hit> hits;
		try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
			// The same state before the search and after it: the search read this very
			// reader, so its document numbers hold here.
			boolean sameReader = state.equals(indexState(reader));
			if (counted) {
				FacetCounter.Counted all = FacetCounter.count(reader, countQuery(words, request, filters), FACET_SIZE);
				summary = new Summary(all.total(), all.facets());
				if (sameReader) {
					// Counts of a newer index must not be stored under an older state.
					this.summaries.remember(key, state, summary);
				}
			}
			ScoreDoc[] docs = result.topDocs().scoreDocs;
			// The top documents may include the pages before this one.
			int first = docs.length - result.hits().size();
			List<PageHighlighter.Located> located = new ArrayList<>(result.hits().size());
			for (int i = 0; i < result.hits().size(); i++) {
				EntityReference ref = result.hits().get(i);
				located.add(new PageHighlighter.Located(sameReader ? docs[first + i].doc : -1,
						TYPE_OF_ENTITY.get(ref.name()), ref.id(), docs[first + i].score));
			}
			hits = this.highlighter.highlight(reader, words, located).stream().map(SearchService::hit).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long total = summary.total();
		int pages = (int) ((total + page.size() - 1) / page.size());
		return new SearchResults(hits, page.page(), page.size(), total, pages, summary.facets());
	}

	/**
	 * The state of the indexes a search reads: their segments and deletions, which change
	 * with every indexing that becomes visible, whatever wrote it (a commit, an import's
	 * asynchronous indexing, a rebuild).
	 */
	private static List<Object> indexState(SearchScope<Object> scope) {
		try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
			return indexState(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Object> indexState(IndexReader reader) {
		List<Object> state = new ArrayList<>(reader.leaves().size());
		for (LeafReaderContext leaf : reader.leaves()) {
			IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
			// Without a cache key the state is unknown: a fresh object never matches.
			state.add((helper != null) ? helper.getKey() : new Object());
		}
		return state;
	}

	/** What identifies a search's hits: its parsed query and its resolved filters. */
	private record SummaryKey(String query, List<String> types, DateRange dates, @Nullable String kind,
			@Nullable Set<String> topics, @Nullable SpeakerFilter speaker, @Nullable String document) {
	}

	/** The parts of an answer that cover every hit, not just the page. */
	private record Summary(long total, Facets facets) {
	}

	/**
	 * Totals and facets of recent searches. Counting facets visits every hit (hundreds of
	 * thousands for a common word in a large archive) while a page needs only its best
	 * hits; the next pages of a search, and the same search asked again, reuse the counts
	 * as long as the index is exactly as it was. Bounded: starts afresh when full.
	 */
	private static final class Summaries {

		private record Entry(List<Object> state, Summary summary) {
		}

		// An entry holds up to five facets of 50 values (some 20 KB), and its key
		// a speaker filter's documents (at most MAX_KEY_DOCUMENTS ids, some 20 KB):
		// about 20 MB in all.
		private static final int MAX_ENTRIES = 500;

		private static final int MAX_KEY_DOCUMENTS = 1_000;

		private final ConcurrentHashMap<SummaryKey, Entry> entries = new ConcurrentHashMap<>();

		@Nullable Summary find(SummaryKey key, List<Object> state) {
			Entry entry = this.entries.get(key);
			return (entry != null && entry.state().equals(state)) ? entry.summary() : null;
		}

		void remember(SummaryKey key, List<Object> state, Summary summary) {
			if (key.speaker() != null && key.speaker().quotingDocuments().size() > MAX_KEY_DOCUMENTS) {
				// A prolific speaker's key is large: such searches count every time.
				return;
			}
			if (this.entries.size() >= MAX_ENTRIES) {
				this.entries.clear();
			}
			this.entries.put(key, new Entry(state, summary));
		}

	}

	/** A request's topic and speaker, resolved. */
	record Filters(@Nullable Set<String> topicSlugs, @Nullable SpeakerFilter speaker) {
	}

	/**
	 * Resolves the topic (with its subtopics) and the speaker, and checks that the
	 * document exists: an unknown topic or document is refused here.
	 */
	Filters filters(Request request) {
		Set<String> topicSlugs = (request.topic() != null) ? this.topics.subtreeSlugs("topic", request.topic()) : null;
		SpeakerFilter speaker = (request.speaker() != null) ? speakerFilter(request.speaker()) : null;
		if (request.document() != null) {
			this.documents.bySlug("document", request.document());
		}
		return new Filters(topicSlugs, speaker);
	}

	/** The speakers a {@code speaker} filter names, and the documents that quote them. */
	record SpeakerFilter(List<String> values, List<Long> quotingDocuments) {
	}

	private SpeakerFilter speakerFilter(String speaker) {
		// Resolved once, for the speakers field and for the documents that quote them.
		PartyService.Resolved resolved = this.parties.resolve(speaker);
		List<Long> people = resolved.people();
		List<Long> organisations = resolved.organisations();
		List<String> slugs = this.parties.slugsOf(people, organisations);
		List<String> values = slugs.isEmpty() ? List.of(folded(speaker.strip().replaceAll("\\s+", " "))) : slugs;
		return new SpeakerFilter(values, this.documentQuotes.documentsQuoting(people, organisations, speaker));
	}

	/**
	 * A group's wording as the index holds it: folded by the index's own normaliser
	 * (case, accents, "й" to "и"), which the terms predicate does not apply to what it is
	 * given.
	 */
	private String folded(String wording) {
		Analyzer normalizer = this.foldedNormalizer;
		if (normalizer == null) {
			normalizer = Search.mapping(this.entityManager.getEntityManagerFactory())
				.backend()
				.unwrap(LuceneBackend.class)
				.normalizer(SearchAnalysis.FOLDED)
				.orElseThrow();
			this.foldedNormalizer = normalizer;
		}
		return normalizer.normalize(SearchFields.SPEAKERS, wording).utf8ToString();
	}

	static PredicateFinalStep predicate(SearchPredicateFactory f, Query words, Request request, Filters filters) {
		Set<String> topicSlugs = filters.topicSlugs();
		SpeakerFilter speaker = filters.speaker();
		var bool = f.bool();
		// Parsed here, not by Hibernate Search's simpleQueryString: documents' text is a
		// native field (TextWithOffsets), which its DSL does not query.
		bool.must(f.extension(LuceneExtension.get()).fromLuceneQuery(words));
		LocalDate from = request.dates().from();
		LocalDate to = request.dates().to();
		if (to != null) {
			bool.filter(f.range().field(SearchFields.DATE_EARLIEST).atMost(to));
		}
		if (from != null) {
			bool.filter(f.range().field(SearchFields.DATE_LATEST).atLeast(from));
		}
		if (request.kind() != null) {
			bool.filter(f.match().field(SearchFields.KIND).matching(request.kind()));
		}
		if (topicSlugs != null) {
			bool.filter(f.terms().field(SearchFields.TOPICS).matchingAny(topicSlugs));
		}
		if (request.document() != null) {
			bool.filter(f.match().field(SearchFields.DOCUMENT).matching(request.document()));
		}
		if (speaker != null) {
			var anyOf = f.bool().should(f.terms().field(SearchFields.SPEAKERS).matchingAny(speaker.values()));
			if (!speaker.quotingDocuments().isEmpty()) {
				// A document matches a speaker it quotes, as in GET /documents?speaker=.
				anyOf.should(f.and(f.match().field(SearchFields.TYPE).matching("document"),
						f.id().matchingAny(speaker.quotingDocuments())));
			}
			bool.filter(anyOf);
		}
		return bool;
	}

	/**
	 * The query of {@link #predicate} in Lucene's terms, for FacetCounter: the words, and
	 * each filter as Hibernate Search indexes its field and queries it: keywords as
	 * terms, dates as days since the epoch in points, ids as terms of its id field. Not
	 * public API of Hibernate Search: FacetCounterTests counts every filter both ways and
	 * fails if they differ.
	 */
	static Query countQuery(Query words, Request request, Filters filters) {
		BooleanQuery.Builder bool = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
		LocalDate from = request.dates().from();
		LocalDate to = request.dates().to();
		if (to != null) {
			bool.add(LongPoint.newRangeQuery(SearchFields.DATE_EARLIEST, Long.MIN_VALUE, to.toEpochDay()),
					BooleanClause.Occur.FILTER);
		}
		if (from != null) {
			bool.add(LongPoint.newRangeQuery(SearchFields.DATE_LATEST, from.toEpochDay(), Long.MAX_VALUE),
					BooleanClause.Occur.FILTER);
		}
		if (request.kind() != null) {
			bool.add(new TermQuery(new Term(SearchFields.KIND, request.kind())), BooleanClause.Occur.FILTER);
		}
		if (filters.topicSlugs() != null) {
			bool.add(new TermInSetQuery(SearchFields.TOPICS, filters.topicSlugs().stream().map(BytesRef::new).toList()),
					BooleanClause.Occur.FILTER);
		}
		if (request.document() != null) {
			bool.add(new TermQuery(new Term(SearchFields.DOCUMENT, request.document())), BooleanClause.Occur.FILTER);
		}
		SpeakerFilter speaker = filters.speaker();
		if (speaker != null) {
			// As given: the terms predicate neither analyses nor normalises them.
			BooleanQuery.Builder anyOf = new BooleanQuery.Builder().add(
					new TermInSetQuery(SearchFields.SPEAKERS, speaker.values().stream().map(BytesRef::new).toList()),
					BooleanClause.Occur.SHOULD);
			if (!speaker.quotingDocuments().isEmpty()) {
				anyOf.add(new BooleanQuery.Builder()
					.add(new TermQuery(new Term(SearchFields.TYPE, "document")), BooleanClause.Occur.FILTER)
					.add(new TermInSetQuery(PageHighlighter.ID_FIELD,
							speaker.quotingDocuments().stream().map(id -> new BytesRef(id.toString())).toList()),
							BooleanClause.Occur.FILTER)
					.build(), BooleanClause.Occur.SHOULD);
			}
			bool.add(anyOf.build(), BooleanClause.Occur.FILTER);
		}
		return bool.build();
	}

	private static Hit hit(PageHighlighter.Highlighted hit) {
		PageHighlighter.Stored stored = hit.stored();
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
