package org.verbatim.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
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
import org.verbatim.search.SearchViews.Hit;
import org.verbatim.search.SearchViews.SearchResults;
import org.verbatim.shared.DateRange;
import org.verbatim.shared.SearchFields;
import org.verbatim.topic.TopicService;
import org.verbatim.web.InvalidParameterException;
import org.verbatim.web.PageQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over quotes, documents and events: one query across their indexes,
 * answered from stored fields (no entity is loaded), with highlights, offsets and facets.
 * Through Hibernate Search's API, and {@link LuceneIndex} where it goes below it.
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

	private final EntityManager entityManager;

	private final PartyService parties;

	private final TopicService topics;

	private final DocumentQuotes documentQuotes;

	private final DocumentService documents;

	private final LuceneIndex index;

	private final SearchSummaries summaries = new SearchSummaries();

	SearchService(EntityManager entityManager, PartyService parties, TopicService topics, DocumentQuotes documentQuotes,
			DocumentService documents, LuceneIndex index) {
		this.documents = documents;
		this.index = index;
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
		SearchSummaries.Key key = new SearchSummaries.Key(query, request.types(), request.dates(), request.kind(),
				filters.topicSlugs(), filters.speaker(), request.document());
		LuceneIndex.State state = this.index.state(scope);
		LuceneIndex.Counted counted = this.summaries.find(key, state);

		LuceneIndex.Words words = this.index.words(query);
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
		try (LuceneIndex.Reader reader = this.index.open(scope)) {
			// The same state before the search and after it: the search read this very
			// reader, so its document numbers hold here.
			boolean sameReader = state.equals(reader.state());
			if (counted == null) {
				counted = reader.count(words, request, filters, FACET_SIZE);
				if (sameReader) {
					// Counts of a newer index must not be stored under an older state.
					this.summaries.remember(key, state, counted);
				}
			}
			hits = reader.hits(words, result, sameReader);
		}
		long total = counted.total();
		int pages = (int) ((total + page.size() - 1) / page.size());
		return new SearchResults(hits, page.page(), page.size(), total, pages, counted.facets());
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
		List<String> values = slugs.isEmpty() ? List.of(this.index.folded(speaker.strip().replaceAll("\\s+", " ")))
				: slugs;
		return new SpeakerFilter(values, this.documentQuotes.documentsQuoting(people, organisations, speaker));
	}

	/**
	 * The words and the filters as Hibernate Search's predicate, which finds the page;
	 * {@link FacetCounter#query} writes the same in Lucene's terms for the counts.
	 */
	static PredicateFinalStep predicate(SearchPredicateFactory f, LuceneIndex.Words words, Request request,
			Filters filters) {
		Set<String> topicSlugs = filters.topicSlugs();
		SpeakerFilter speaker = filters.speaker();
		var bool = f.bool();
		bool.must(words.predicate(f));
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

}
