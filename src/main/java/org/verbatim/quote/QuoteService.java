package org.verbatim.quote;

import org.verbatim.web.Versioned;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.verbatim.document.DocumentService;
import org.verbatim.event.EventService;
import org.verbatim.party.PartyService;
import org.verbatim.shared.Criteria;
import org.verbatim.shared.DateRange;
import org.verbatim.topic.TopicService;
import org.verbatim.web.NotFoundException;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;
import org.verbatim.web.SortOption;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	QuoteService(QuoteRepository quotes, PartyService parties, SpeakerFilter speakers, TopicService topics,
			EventService events, DocumentService documents) {
		this.quotes = quotes;
		this.parties = parties;
		this.speakers = speakers;
		this.topics = topics;
		this.events = events;
		this.documents = documents;
	}

	/** The filters of the quote list; every one is optional and they combine with AND. */
	record Filter(DateRange dates, @Nullable QuoteKind kind, @Nullable String topic, @Nullable String speaker,
			@Nullable String event, @Nullable String document) {

		static Filter none() {
			return new Filter(DateRange.ANY, null, null, null, null, null);
		}

	}

	PagedResponse<QuoteView> list(Filter filter, Sort sort, PageQuery page) {
		Specification<Quote> spec = specification(filter).and(withParts());
		Page<Quote> result = this.quotes.findAll(spec, PageRequest.of(page.page(), page.size(), sort));
		return PagedResponse.of(result, QuoteView::of, page);
	}

	PagedResponse<QuoteView> byPerson(String slug, Sort sort, PageQuery page) {
		return bySpeaker(SpeakerFilter.Speakers.person(this.parties.personId(slug)), sort, page);
	}

	PagedResponse<QuoteView> byOrganisation(String slug, Sort sort, PageQuery page) {
		return bySpeaker(SpeakerFilter.Speakers.organisation(this.parties.organisationId(slug)), sort, page);
	}

	private PagedResponse<QuoteView> bySpeaker(SpeakerFilter.Speakers speakers, Sort sort, PageQuery page) {
		Specification<Quote> spec = (root, query, cb) -> speakers.predicate(root, cb);
		Page<Quote> result = this.quotes.findAll(spec.and(withParts()), PageRequest.of(page.page(), page.size(), sort));
		return PagedResponse.of(result, QuoteView::of, page);
	}

	QuoteView get(long id) {
		return versioned(id).body();
	}

	/** The quote and the version it is served under as its ETag. */
	Versioned<QuoteView> versioned(long id) {
		Quote quote = this.quotes.findById(id).orElseThrow(() -> new NotFoundException("quote", id));
		return new Versioned<>(QuoteView.of(quote), quote.version());
	}

	/**
	 * Loads the page's quotes with the document, speaker and event they show, in the
	 * page's query rather than one query for each. (The count query selects no quotes, so
	 * it fetches nothing; to-one joins do not change the paging.)
	 */
	private static Specification<Quote> withParts() {
		return (root, query, cb) -> {
			if (Quote.class.equals(query.getResultType())) {
				root.fetch("document");
				root.fetch("speakerPerson", JoinType.LEFT);
				root.fetch("speakerOrganisation", JoinType.LEFT);
				root.fetch("event", JoinType.LEFT);
			}
			return null;
		};
	}

	private Specification<Quote> specification(Filter filter) {
		var topicIds = (filter.topic() != null) ? this.topics.subtreeIds("topic", filter.topic()) : null;
		var event = (filter.event() != null) ? this.events.bySlug("event", filter.event()) : null;
		var document = (filter.document() != null) ? this.documents.bySlug("document", filter.document()) : null;
		SpeakerFilter.Speakers speakers = (filter.speaker() != null) ? this.speakers.resolve(filter.speaker()) : null;
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(filter.dates().overlapPredicate(cb, root.get("date")));
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (topicIds != null) {
				predicates.add(Criteria.hasMemberIn(root, query, cb, "topics", topicIds));
			}
			if (event != null) {
				predicates.add(cb.equal(root.get("event"), event));
			}
			if (document != null) {
				predicates.add(cb.equal(root.get("document"), document));
			}
			if (speakers != null) {
				predicates.add(speakers.predicate(root, cb));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
