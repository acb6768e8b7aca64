package org.verbatim.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.verbatim.event.EventViews.EventDetail;
import org.verbatim.event.EventViews.EventSummary;
import org.verbatim.party.PartyService;
import org.verbatim.shared.Criteria;
import org.verbatim.shared.DateRange;
import org.verbatim.topic.TopicService;
import org.verbatim.web.InvalidParameterException;
import org.verbatim.web.NotFoundException;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;
import org.verbatim.web.SortOption;
import org.verbatim.web.Versioned;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists and finds events; the quote feature resolves its {@code event} filter here.
 */
@Service
@Transactional(readOnly = true)
public class EventService {

	private final EventRepository events;

	private final TopicService topics;

	private final PartyService parties;

	/** The orders the list offers; the first is the default. */
	static final List<SortOption> SORTS = List.of(SortOption.dateAscending(), SortOption.dateDescending(),
			SortOption.by("name", "name"));

	EventService(EventRepository events, TopicService topics, PartyService parties) {
		this.events = events;
		this.topics = topics;
		this.parties = parties;
	}

	/**
	 * The event with this slug.
	 * @param parameter the request parameter the slug came from, named in the 400 if
	 * unknown
	 */
	public Event bySlug(String parameter, String slug) {
		return this.events.findBySlug(slug.strip())
			.orElseThrow(() -> new InvalidParameterException(parameter, slug,
					"the slug of an event; GET /api/v1/events lists them"));
	}

	/** The filters of the event list; every one is optional and they combine with AND. */
	record Filter(DateRange dates, @Nullable EventKind kind, @Nullable String topic, @Nullable String participant) {
	}

	PagedResponse<EventSummary> list(Filter filter, Sort sort, PageQuery page) {
		return PagedResponse.of(specification(filter), this.events::findAll, sort, EventSummary::of, page);
	}

	/** The event, with the version it is served under as its ETag. */
	Versioned<EventDetail> get(String slug) {
		return this.events.findBySlug(slug)
			.map(event -> new Versioned<>(EventDetail.of(event), event.version()))
			.orElseThrow(() -> new NotFoundException("event", slug));
	}

	/**
	 * Empty when a filter can match nothing (a participant nobody is called), to skip the
	 * query.
	 */
	private Optional<Specification<Event>> specification(Filter filter) {
		var topicIds = (filter.topic() != null) ? this.topics.subtreeIds("topic", filter.topic()) : null;
		List<Long> personIds = null;
		List<Long> organisationIds = null;
		if (filter.participant() != null) {
			PartyService.Resolved participants = this.parties.resolve(filter.participant());
			personIds = participants.people();
			organisationIds = participants.organisations();
			if (personIds.isEmpty() && organisationIds.isEmpty()) {
				return Optional.empty();
			}
		}
		List<Long> people = personIds;
		List<Long> organisations = organisationIds;
		return Optional.of((root, query, cb) -> {
			List<Predicate> predicates = Criteria.datedKindTopics(root, query, cb, filter.dates(), filter.kind(),
					topicIds);
			if (people != null && organisations != null) {
				List<Predicate> either = new ArrayList<>();
				if (!people.isEmpty()) {
					either.add(Criteria.hasMemberIn(root, query, cb, "people", people));
				}
				if (!organisations.isEmpty()) {
					either.add(Criteria.hasMemberIn(root, query, cb, "organisations", organisations));
				}
				predicates.add(cb.or(either.toArray(Predicate[]::new)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		});
	}

}
