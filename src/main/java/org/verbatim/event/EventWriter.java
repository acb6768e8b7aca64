package org.verbatim.event;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import org.verbatim.party.Organisation;
import org.verbatim.party.PartyInputs.OrganisationInput;
import org.verbatim.party.PartyInputs.PersonInput;
import org.verbatim.party.PartyWriter;
import org.verbatim.party.Person;
import org.verbatim.shared.DateInput;
import org.verbatim.shared.FuzzyDate;
import org.verbatim.shared.Inputs;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.References;
import org.verbatim.shared.SlugLookups;
import org.verbatim.shared.Slugs;
import org.verbatim.topic.TopicInput;
import org.verbatim.topic.TopicWriter;
import org.verbatim.web.ConflictException;
import org.verbatim.web.MergePatch;
import org.verbatim.web.NotFoundException;
import org.verbatim.web.Preconditions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes events: creates, replaces, patches and deletes them for the API, and resolves
 * those a request refers to or creates inline. Runs in the caller's transaction.
 */
@Service
@Transactional
public class EventWriter {

	private final EventRepository events;

	private final PartyWriter parties;

	private final TopicWriter topics;

	private final MergePatch mergePatch;

	private final List<References> references;

	EventWriter(EventRepository events, PartyWriter parties, TopicWriter topics, MergePatch mergePatch,
			List<References> references) {
		this.events = events;
		this.parties = parties;
		this.topics = topics;
		this.mergePatch = mergePatch;
		this.references = references;
	}

	/**
	 * Looks up at once the events that the coming {@link #resolve} calls of this
	 * transaction will name, so that those need no query each.
	 */
	public void prefetch(Collection<String> slugs) {
		SlugLookups.prefetch(Event.class, slugs, this.events::findBySlugIn, Event::slug);
	}

	public Event resolve(@Nullable EventInput input, String pointer) {
		if (input == null) {
			throw new InvalidInputException(pointer,
					"Required: an event's slug, or an object with `name` to create one.");
		}
		if (input.name() == null) {
			String slug = Inputs.required(input.slug(), pointer, 150);
			return SlugLookups.find(Event.class, slug, () -> this.events.findBySlug(slug))
				.orElseThrow(() -> new InvalidInputException(pointer, "No event has the slug '" + slug + "'. Refer to "
						+ "an existing event (GET /api/v1/events), or give `name`, `kind` and `date` to create one."));
		}
		String name = Inputs.required(input.name(), pointer + "/name", 500);
		String slug = Slugs.givenOrFrom(input.slug(), name, pointer);
		Event existing = SlugLookups.find(Event.class, slug, () -> this.events.findBySlug(slug)).orElse(null);
		if (existing != null) {
			if (!existing.name().equals(name)) {
				throw new InvalidInputException(pointer + "/name", "The slug '" + slug + "' is taken by the event '"
						+ existing.name() + "'. Refer to it by slug, or give another slug.");
			}
			return existing;
		}
		Event event = new Event(slug, name, EventKind.OTHER, FuzzyDate.year(1));
		apply(event, input, pointer);
		return SlugLookups.created(Event.class, slug, this.events.save(event));
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

	/** A new event; 409 when the slug is taken, even by an event of the same name. */
	Event create(EventInput input) {
		String name = Inputs.required(input.name(), "/name", 500);
		String slug = Slugs.givenOrFrom(input.slug(), name, "");
		if (this.events.existsBySlug(slug)) {
			throw new ConflictException("An event with the slug '" + slug + "' exists already. Change it with "
					+ "PUT /api/v1/events/" + slug + ", or give this one another slug.",
					List.of("/api/v1/events/" + slug));
		}
		Event event = new Event(slug, name, EventKind.OTHER, FuzzyDate.year(1));
		apply(event, input, "");
		return this.events.save(event);
	}

	/** Replaces everything but the slug, if {@code ifMatch} names the current version. */
	Event replace(String slug, @Nullable String ifMatch, EventInput input) {
		Event event = event(slug, ifMatch);
		keepSlug(slug, input.slug());
		apply(event, input, "");
		return event;
	}

	/**
	 * Applies a JSON merge patch to the input that recreates the event, and stores the
	 * result as {@link #replace} does.
	 */
	Event patch(String slug, @Nullable String ifMatch, JsonNode patch) {
		Event event = event(slug, ifMatch);
		EventInput input = this.mergePatch.apply(inputOf(event), patch, EventInput.class);
		keepSlug(slug, input.slug());
		apply(event, input, "");
		return event;
	}

	/** Deletes the event; 409 naming what still refers to it. */
	void delete(String slug, @Nullable String ifMatch) {
		Event event = event(slug, ifMatch);
		Long id = event.id();
		List<String> referrers = (id != null) ? References.describe(this.references, References.Target.EVENT, id)
				: List.of();
		if (!referrers.isEmpty()) {
			throw new ConflictException("The event '" + slug + "' cannot be deleted while other records refer to it "
					+ "(see `conflicts`). Change or delete those first.", referrers);
		}
		this.events.delete(event);
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

	private Event event(String slug, @Nullable String ifMatch) {
		Event event = this.events.findBySlug(slug).orElseThrow(() -> new NotFoundException("event", slug));
		Preconditions.requireMatch(ifMatch, event.version(), "event");
		return event;
	}

	private static void keepSlug(String slug, @Nullable String given) {
		if (given != null && !given.equals(slug)) {
			throw new InvalidInputException("/slug", "An event's slug cannot change: quotes and links refer to it. "
					+ "Send '" + slug + "' or leave the slug out.");
		}
	}

}
