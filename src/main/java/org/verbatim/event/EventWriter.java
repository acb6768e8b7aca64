package org.verbatim.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.verbatim.party.Organisation;
import org.verbatim.party.PartyWriter;
import org.verbatim.party.Person;
import org.verbatim.shared.FuzzyDate;
import org.verbatim.shared.Inputs;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.Slugs;
import org.verbatim.topic.TopicWriter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes events, and resolves those a request refers to or creates inline. Runs in the
 * caller's transaction.
 */
@Service
@Transactional
public class EventWriter {

	private final EventRepository events;

	private final PartyWriter parties;

	private final TopicWriter topics;

	EventWriter(EventRepository events, PartyWriter parties, TopicWriter topics) {
		this.events = events;
		this.parties = parties;
		this.topics = topics;
	}

	public Event resolve(@Nullable EventInput input, String pointer) {
		if (input == null) {
			throw new InvalidInputException(pointer,
					"Required: an event's slug, or an object with `name` to create one.");
		}
		if (input.name() == null) {
			String slug = Inputs.required(input.slug(), pointer, 150);
			return this.events.findBySlug(slug)
				.orElseThrow(() -> new InvalidInputException(pointer, "No event has the slug '" + slug + "'. Refer to "
						+ "an existing event (GET /api/v1/events), or give `name`, `kind` and `date` to create one."));
		}
		String name = Inputs.required(input.name(), pointer + "/name", 500);
		String slug = Slugs.givenOrFrom(input.slug(), name, pointer);
		Event existing = this.events.findBySlug(slug).orElse(null);
		if (existing != null) {
			if (!existing.name().equals(name)) {
				throw new InvalidInputException(pointer + "/name", "The slug '" + slug + "' is taken by the event '"
						+ existing.name() + "'. Refer to it by slug, or give another slug.");
			}
			return existing;
		}
		Event event = new Event(slug, name, EventKind.OTHER, FuzzyDate.year(1));
		apply(event, input, pointer);
		return this.events.save(event);
	}

	void apply(Event event, EventInput input, String pointer) {
		EventKind kind = Inputs.present(input.kind(), pointer + "/kind", "one of the event kinds, e.g. SPEECH, FORUM");
		FuzzyDate date = Inputs.present(input.date(), pointer + "/date", "the date it took place, e.g. 2023-06-28")
			.toFuzzyDate(pointer + "/date");
		Set<Person> people = new LinkedHashSet<>();
		if (input.people() != null) {
			for (int i = 0; i < input.people().size(); i++) {
				people.add(this.parties.resolvePerson(input.people().get(i), pointer + "/people/" + i));
			}
		}
		Set<Organisation> organisations = new LinkedHashSet<>();
		if (input.organisations() != null) {
			for (int i = 0; i < input.organisations().size(); i++) {
				organisations.add(this.parties.resolveOrganisation(input.organisations().get(i),
						pointer + "/organisations/" + i));
			}
		}
		event.replace(Inputs.required(input.name(), pointer + "/name", 500), kind, date,
				Inputs.optional(input.place(), pointer + "/place", 300),
				Inputs.optional(input.description(), pointer + "/description", 2000), people, organisations,
				this.topics.resolveAll(input.topics(), pointer + "/topics"));
	}

}
