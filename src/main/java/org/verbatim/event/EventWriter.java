package org.verbatim.event;

import java.util.Set;

import org.verbatim.party.Organisation;
import org.verbatim.party.PartyInputs.OrganisationInput;
import org.verbatim.party.PartyInputs.PersonInput;
import org.verbatim.party.PartyWriter;
import org.verbatim.party.Person;
import org.verbatim.shared.DateInput;
import org.verbatim.shared.FuzzyDate;
import org.verbatim.shared.Inputs;
import org.verbatim.shared.Limits;
import org.verbatim.shared.References;
import org.verbatim.topic.TopicInput;
import org.verbatim.topic.TopicWriter;
import org.verbatim.web.Edits;
import org.verbatim.web.SlugRecords;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes events: fills them from their inputs and turns them back into inputs, for the
 * writes every record addressed by slug shares ({@link SlugRecords}). Runs in the
 * caller's transaction.
 */
@Service
@Transactional
public class EventWriter {

	static final SlugRecords.Texts EVENT = new SlugRecords.Texts("event", "/api/v1/events", "name", Limits.EVENT_NAME,
			Limits.EVENT_SLUG,
			"An event with the slug '%1$s' exists already. Change it with PUT /api/v1/events/%1$s, or give this one "
					+ "another slug.",
			"An event's slug cannot change: quotes and links refer to it. Send '%s' or leave the slug out.",
			"The event '%s' cannot be deleted while other records refer to it (see `conflicts`). Change or delete "
					+ "those first.",
			"Required: an event's slug, or an object with `name` to create one.",
			"No event has the slug '%s'. Refer to an existing event (GET /api/v1/events), or give `name`, `kind` and "
					+ "`date` to create one.",
			"The slug '%s' is taken by the event '%s'. Refer to it by slug, or give another slug.");

	private final SlugRecords<Event, EventInput> events;

	private final PartyWriter parties;

	private final TopicWriter topics;

	EventWriter(EventRepository events, PartyWriter parties, TopicWriter topics, Edits edits) {
		this.parties = parties;
		this.topics = topics;
		this.events = edits.of(new SlugRecords.Kind<>(Event.class, EventInput.class, References.Target.EVENT, EVENT,
				EventInput::slug, EventInput::name, Event::name,
				(slug, name) -> new Event(slug, name, EventKind.OTHER, FuzzyDate.year(1)), this::fill,
				EventWriter::inputOf), events);
	}

	/** Events: the API's writes, and the events that requests refer to or create. */
	public SlugRecords<Event, EventInput> events() {
		return this.events;
	}

	private void fill(Event event, EventInput input, String pointer) {
		EventKind kind = Inputs.present(input.kind(), pointer + "/kind", "one of the event kinds, e.g. SPEECH, FORUM");
		FuzzyDate date = Inputs.present(input.date(), pointer + "/date", "the date it took place, e.g. 2023-06-28")
			.toFuzzyDate(pointer + "/date");
		Set<Person> people = this.parties.people().resolveAll(input.people(), pointer + "/people");
		Set<Organisation> organisations = this.parties.organisations()
			.resolveAll(input.organisations(), pointer + "/organisations");
		event.replace(Inputs.required(input.name(), pointer + "/name", Limits.EVENT_NAME), kind, date,
				Inputs.optional(input.place()), Inputs.optional(input.description()), people, organisations,
				this.topics.topics().resolveAll(input.topics(), pointer + "/topics"));
	}

	/**
	 * The input that would recreate the event as stored, participants and topics by slug:
	 * what a merge patch applies to.
	 */
	static EventInput inputOf(Event event) {
		return new EventInput(event.slug(), event.name(), event.kind(), DateInput.from(event.date()), event.place(),
				event.description(), event.people().stream().map(person -> PersonInput.ref(person.slug())).toList(),
				event.organisations().stream().map(organisation -> OrganisationInput.ref(organisation.slug())).toList(),
				event.topics().stream().map(topic -> TopicInput.ref(topic.slug())).toList());
	}

}
