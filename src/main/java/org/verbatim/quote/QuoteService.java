package org.verbatim.quote;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.verbatim.document.DocumentService;
import org.verbatim.event.EventService;
import org.verbatim.party.PartyService;
import org.verbatim.shared.DateRange;
import org.verbatim.topic.TopicService;
import org.verbatim.web.NotFoundException;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;
import org.verbatim.web.SortOption;
import org.verbatim.web.Versioned;

import org.springframework.data.domain.Sort;
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

	private final QuoteListQuery list;

	QuoteService(QuoteRepository quotes, PartyService parties, SpeakerFilter speakers, TopicService topics,
			EventService events, DocumentService documents, QuoteListQuery list) {
		this.quotes = quotes;
		this.parties = parties;
		this.speakers = speakers;
		this.topics = topics;
		this.events = events;
		this.documents = documents;
		this.list = list;
	}

	/**
	 * The quote list's filters as asked, by slug and name; every one is optional and they
	 * combine with AND. They resolve to a {@link QuoteFilter}.
	 */
	record Filter(DateRange dates, @Nullable QuoteKind kind, @Nullable String topic, @Nullable String speaker,
			@Nullable String event, @Nullable String document) {
	}

	PagedResponse<QuoteView> list(Filter filter, Sort sort, PageQuery page) {
		var topicIds = (filter.topic() != null) ? List.copyOf(this.topics.subtreeIds("topic", filter.topic())) : null;
		var event = (filter.event() != null) ? this.events.bySlug("event", filter.event()).id() : null;
		var document = (filter.document() != null) ? this.documents.bySlug("document", filter.document()).id() : null;
		var speakers = (filter.speaker() != null) ? this.speakers.resolve(filter.speaker()) : null;
		return this.list.page(new QuoteFilter(filter.dates(), filter.kind(), topicIds, speakers, event, document), sort,
				page);
	}

	PagedResponse<QuoteView> byPerson(String slug, Sort sort, PageQuery page) {
		return this.list.page(QuoteFilter.of(SpeakerFilter.Speakers.person(this.parties.personId(slug))), sort, page);
	}

	PagedResponse<QuoteView> byOrganisation(String slug, Sort sort, PageQuery page) {
		return this.list.page(QuoteFilter.of(SpeakerFilter.Speakers.organisation(this.parties.organisationId(slug))),
				sort, page);
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
