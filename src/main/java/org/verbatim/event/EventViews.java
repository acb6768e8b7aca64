package org.verbatim.event;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.verbatim.party.PartyViews.OrganisationRef;
import org.verbatim.party.PartyViews.PersonRef;
import org.verbatim.shared.AuditView;
import org.verbatim.shared.DateView;
import org.verbatim.topic.TopicRef;

/**
 * The API's views of events.
 */
final class EventViews {

	private EventViews() {
	}

	@Schema(name = "EventSummary", description = "An event in a list")
	record EventSummary(@Schema(example = "10th-forum-of-regions-ufa-2023") String slug,
			@Schema(example = "10th Forum of Regions of Belarus and Russia") String name,
			@Schema(example = "FORUM") EventKind kind, DateView date,
			@Schema(description = "Where it took place, when the sources say", example = "Ufa") @Nullable String place,
			List<TopicRef> topics) {

		static EventSummary of(Event event) {
			return new EventSummary(event.slug(), event.name(), event.kind(), DateView.of(event.date()), event.place(),
					event.topics().stream().map(TopicRef::of).toList());
		}

	}

	@Schema(name = "EventDetail", description = "An event with its participants and topics")
	record EventDetail(@Schema(example = "10th-forum-of-regions-ufa-2023") String slug,
			@Schema(example = "10th Forum of Regions of Belarus and Russia") String name,
			@Schema(example = "FORUM") EventKind kind, DateView date, @Nullable String place,
			@Nullable String description, List<PersonRef> people, List<OrganisationRef> organisations,
			List<TopicRef> topics, AuditView audit) {

		static EventDetail of(Event event) {
			return new EventDetail(event.slug(), event.name(), event.kind(), DateView.of(event.date()), event.place(),
					event.description(), event.people().stream().map(PersonRef::of).toList(),
					event.organisations().stream().map(OrganisationRef::of).toList(),
					event.topics().stream().map(TopicRef::of).toList(), event.audit());
		}

	}

}
