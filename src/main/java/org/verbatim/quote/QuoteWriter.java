package org.verbatim.quote;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.verbatim.document.Document;
import org.verbatim.document.DocumentParts;
import org.verbatim.document.DocumentWriter;
import org.verbatim.event.Event;
import org.verbatim.event.EventInput;
import org.verbatim.event.EventWriter;
import org.verbatim.party.Organisation;
import org.verbatim.party.PartyInputs.OrganisationInput;
import org.verbatim.party.PartyInputs.PersonInput;
import org.verbatim.party.PartyWriter;
import org.verbatim.party.Person;
import org.verbatim.quote.QuoteInput.SpeakerInput;
import org.verbatim.shared.Anchoring;
import org.verbatim.shared.Inputs;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.Limits;
import org.verbatim.shared.Span;
import org.verbatim.topic.Topic;
import org.verbatim.topic.TopicInput;
import org.verbatim.topic.TopicWriter;
import org.verbatim.web.Edits;
import org.verbatim.web.SlugRecords;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes quotes, resolving their anchors against the document's
 * text. Runs in the caller's transaction.
 */
@Service
@Transactional
public class QuoteWriter implements DocumentParts {

	private final QuoteRepository quotes;

	private final SlugRecords<Person, PersonInput> people;

	private final SlugRecords<Organisation, OrganisationInput> organisations;

	private final SlugRecords<Event, EventInput> events;

	private final SlugRecords<Topic, TopicInput> topics;

	private final DocumentWriter documents;

	private final Edits edits;

	private final EntityManager entityManager;

	QuoteWriter(QuoteRepository quotes, PartyWriter parties, EventWriter events, TopicWriter topics,
			DocumentWriter documents, Edits edits, EntityManager entityManager) {
		this.quotes = quotes;
		this.people = parties.people();
		this.organisations = parties.organisations();
		this.events = events.events();
		this.topics = topics.topics();
		this.documents = documents;
		this.edits = edits;
		this.entityManager = entityManager;
	}

	/** Stores a new quote in the document; returns its id. */
	public long create(Document document, Anchoring text, QuoteInput input, String pointer) {
		Quote quote = new Quote(document);
		apply(quote, text, input, pointer);
		// persist, not save: save asks whether the quote is new by reading its version
		// through a bean wrapper, which throws and catches an exception per quote (the
		// accessor is version(), not getVersion()).
		this.entityManager.persist(quote);
		return quote.id();
	}

	/** POST: a new quote in an existing document; returns its id. */
	public long createIn(String slug, QuoteInput input) {
		Document document = this.documents.bySlug(slug);
		this.documents.partChanging(document);
		return create(document, this.documents.anchoring(document), input, "");
	}

	/** PUT: replaces the quote if {@code ifMatch} names its current version. */
	public void replace(long id, @Nullable String ifMatch, QuoteInput input) {
		store(current(id, ifMatch), input);
	}

	/**
	 * PATCH: merges a JSON Merge Patch into the quote as stored, then stores it as PUT.
	 */
	public void patch(long id, @Nullable String ifMatch, JsonNode patch) {
		Quote quote = current(id, ifMatch);
		store(quote, this.edits.merge(QuoteInput.of(quote), patch, QuoteInput.class));
	}

	public void delete(long id, @Nullable String ifMatch) {
		Quote quote = current(id, ifMatch);
		this.documents.partChanging(quote.document());
		this.quotes.delete(quote);
	}

	private Quote current(long id, @Nullable String ifMatch) {
		return Edits.current(this.quotes.findById(id), "quote", id, ifMatch, Quote::version);
	}

	private void store(Quote quote, QuoteInput input) {
		this.documents.partChanging(quote.document());
		apply(quote, this.documents.anchoring(quote.document()), input, "");
	}

	void apply(Quote quote, Anchoring text, QuoteInput input, String pointer) {
		List<Span> occurrences = occurrences(text, input, pointer);
		String words = text.cut(occurrences.get(0));
		if (input.text() != null && !input.text().equals(words)) {
			throw new InvalidInputException(pointer + "/text", "The target selects '" + words
					+ "', not the words given in `text`. Leave `text` out to take the selected words.");
		}
		Inputs.required(words, pointer + "/target", Limits.QUOTE_TEXT);
		this.edits.validate(input, pointer);
		SpeakerInput speaker = input.speaker();
		SpeakerKind kind = SpeakerKind.UNATTRIBUTED;
		var person = (speaker != null && speaker.person() != null)
				? this.people.resolve(speaker.person(), pointer + "/speaker/person") : null;
		var organisation = (speaker != null && speaker.organisation() != null)
				? this.organisations.resolve(speaker.organisation(), pointer + "/speaker/organisation") : null;
		String group = (speaker != null) ? Inputs.optional(speaker.group()) : null;
		int named = ((person != null) ? 1 : 0) + ((organisation != null) ? 1 : 0) + ((group != null) ? 1 : 0);
		if (named > 1) {
			throw new InvalidInputException(pointer + "/speaker",
					"A quote has one speaker: give one of `person`, `organisation` and `group`.");
		}
		if (person != null) {
			kind = SpeakerKind.PERSON;
		}
		else if (organisation != null) {
			kind = SpeakerKind.ORGANISATION;
		}
		else if (group != null) {
			kind = SpeakerKind.GROUP;
		}
		quote.replace(words, (input.kind() != null) ? input.kind() : QuoteKind.DIRECT, kind, person, organisation,
				group, Inputs.optional(input.attribution()),
				(input.event() != null) ? this.events.resolve(input.event(), pointer + "/event") : null,
				(input.date() != null) ? input.date().toFuzzyDate(pointer + "/date") : null, occurrences,
				this.topics.resolveAll(input.topics(), pointer + "/topics"));
	}

	private static List<Span> occurrences(Anchoring text, QuoteInput input, String pointer) {
		if (input.target() == null || input.target().isEmpty()) {
			throw new InvalidInputException(pointer + "/target",
					"Required: where the words stand, as a target with a TextQuoteSelector and/or a TextPositionSelector.");
		}
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < input.target().size(); i++) {
			String at = pointer + "/target/" + i;
			Span span = text.resolve(input.target().get(i), at);
			if (spans.contains(span)) {
				throw new InvalidInputException(at, "This target selects the same place as an earlier one.");
			}
			if (!spans.isEmpty() && !text.cut(span).equals(text.cut(spans.get(0)))) {
				throw new InvalidInputException(at, "Each target of a quote must select the same words: this one "
						+ "selects '" + text.cut(span) + "', the first '" + text.cut(spans.get(0)) + "'.");
			}
			spans.add(span);
		}
		spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return spans;
	}

	@Override
	public void reanchor(Document document, Anchoring oldText, Anchoring newText) {
		DocumentParts.relocateEach(this.quotes.findByDocumentId(document.id()),
				quote -> newText.relocate(oldText, quote.text(), quote.occurrences()), Quote::occurrences,
				(quote, moved) -> {
					quote.moveTo(moved);
					quote.touch();
				},
				quote -> "Quote " + quote.id() + " ('" + quote.text()
						+ "') cannot be placed in the new text: its words stand there "
						+ newText.findAll(quote.text()).size() + " time(s) where the quote has "
						+ quote.occurrences().size() + " occurrence(s) in the changed part; correct or delete the "
						+ "quote first.");
	}

	@Override
	public void deleteAllIn(Document document) {
		this.quotes.findByDocumentId(document.id()).forEach(this.quotes::delete);
	}

}
