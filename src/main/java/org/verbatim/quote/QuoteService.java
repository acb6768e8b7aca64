package org.verbatim.quote;

import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jspecify.annotations.Nullable;
import org.verbatim.document.DocumentService;
import org.verbatim.event.EventService;
import org.verbatim.party.PartyService;
import org.verbatim.shared.DateRange;
import org.verbatim.shared.WriteAwareCache;
import org.verbatim.topic.TopicService;
import org.verbatim.web.NotFoundException;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;
import org.verbatim.web.SortOption;
import org.verbatim.web.Versioned;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Lists and finds quotes.
 */
@Service
@Transactional(readOnly = true)
class QuoteService {

	/**
	 * The orders the list offers; the first is the default. Quotes without a date come
	 * last.
	 */
	static final List<SortOption> SORTS = List.of(SortOption.dateAscending(), SortOption.dateDescending());

	private final QuoteRepository quotes;

	private final PartyService parties;

	private final SpeakerFilter speakers;

	private final TopicService topics;

	private final EventService events;

	private final DocumentService documents;

	private final EntityManager entityManager;

	/**
	 * How the list's SQL suits the database, read from Hibernate's dialect on first use:
	 * asking for it in the constructor held the context's start-up until Hibernate, which
	 * boots in the background, was done.
	 */
	private final SingletonSupplier<Plan> plan;

	/**
	 * The lists' counts, remembered until the next write (or 10 s, for other instances).
	 */
	private final WriteAwareCache<QuoteListQuery.Count, Long> counts = new WriteAwareCache<>(1000,
			Duration.ofSeconds(10));

	QuoteService(QuoteRepository quotes, PartyService parties, SpeakerFilter speakers, TopicService topics,
			EventService events, DocumentService documents, EntityManager entityManager,
			EntityManagerFactory entityManagerFactory) {
		this.quotes = quotes;
		this.parties = parties;
		this.speakers = speakers;
		this.topics = topics;
		this.events = events;
		this.documents = documents;
		this.entityManager = entityManager;
		this.plan = SingletonSupplier.of(() -> Plan
			.of(entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()));
	}

	/**
	 * @param topicCopies how topic filters read the topic rows' copies of speaker and
	 * dates (decision 0012): H2's planner uses only the first column of an index after an
	 * IN list, so it is given one branch per topic and person
	 * @param idsFirst whether filtered pages take their ids first (H2,
	 * QuoteListQuery#idsFirst)
	 * @param datedThenUndated whether newest first reads the dated quotes, then the
	 * undated (PostgreSQL, QuoteListQuery#datedThenUndated; H2 has an index in that
	 * order)
	 */
	private record Plan(QuoteListQuery.TopicCopies topicCopies, boolean idsFirst, boolean datedThenUndated) {

		static Plan of(Dialect dialect) {
			return new Plan(
					(dialect instanceof PostgreSQLDialect) ? QuoteListQuery.TopicCopies.LISTS
							: (dialect instanceof H2Dialect) ? QuoteListQuery.TopicCopies.BRANCHES
									: QuoteListQuery.TopicCopies.UNUSED,
					dialect instanceof H2Dialect, dialect instanceof PostgreSQLDialect);
		}

	}

	/** The filters of the quote list; every one is optional and they combine with AND. */
	record Filter(DateRange dates, @Nullable QuoteKind kind, @Nullable String topic, @Nullable String speaker,
			@Nullable String event, @Nullable String document) {

		static Filter none() {
			return new Filter(DateRange.ANY, null, null, null, null, null);
		}

	}

	PagedResponse<QuoteView> list(Filter filter, Sort sort, PageQuery page) {
		var topicIds = (filter.topic() != null) ? this.topics.subtreeIds("topic", filter.topic()) : null;
		var event = (filter.event() != null) ? this.events.bySlug("event", filter.event()).id() : null;
		var document = (filter.document() != null) ? this.documents.bySlug("document", filter.document()).id() : null;
		var speakers = (filter.speaker() != null) ? this.speakers.resolve(filter.speaker()) : null;
		return new QuoteListQuery().dates(filter.dates())
			.kind(filter.kind())
			.topics(topicIds, this.plan.obtain().topicCopies())
			.event(event)
			.document(document)
			.speakers(speakers)
			.idsFirst(this.plan.obtain().idsFirst())
			.datedThenUndated(this.plan.obtain().datedThenUndated())
			.page(this.entityManager, sort, page, this.counts);
	}

	PagedResponse<QuoteView> byPerson(String slug, Sort sort, PageQuery page) {
		return bySpeaker(SpeakerFilter.Speakers.person(this.parties.personId(slug)), sort, page);
	}

	PagedResponse<QuoteView> byOrganisation(String slug, Sort sort, PageQuery page) {
		return bySpeaker(SpeakerFilter.Speakers.organisation(this.parties.organisationId(slug)), sort, page);
	}

	private PagedResponse<QuoteView> bySpeaker(SpeakerFilter.Speakers speakers, Sort sort, PageQuery page) {
		return new QuoteListQuery().speakers(speakers)
			.idsFirst(this.plan.obtain().idsFirst())
			.datedThenUndated(this.plan.obtain().datedThenUndated())
			.page(this.entityManager, sort, page, this.counts);
	}

	QuoteView get(long id) {
		return versioned(id).body();
	}

	/** The quote and the version it is served under as its ETag. */
	Versioned<QuoteView> versioned(long id) {
		Quote quote = this.quotes.findById(id).orElseThrow(() -> new NotFoundException("quote", id));
		return new Versioned<>(QuoteView.of(quote), quote.version());
	}

}
