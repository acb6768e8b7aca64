package org.verbatim.curation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.verbatim.annotation.AnnotationInput;
import org.verbatim.document.DocumentInput.AuthorInput;
import org.verbatim.event.EventInput;
import org.verbatim.party.PartyInputs.OrganisationInput;
import org.verbatim.party.PartyInputs.PersonInput;
import org.verbatim.party.PartyInputs.RoleInput;
import org.verbatim.quote.QuoteInput;
import org.verbatim.shared.Slugs;
import org.verbatim.topic.TopicInput;

/**
 * The records that import lines name by slug, and those they may create: two groups of
 * lines that share none of the latter can be stored side by side and fare as if stored
 * one after the other. A line's outcome depends on the database only through the records
 * it names (found, or absent and then created, or refused), and the records a line
 * creates are those it gives a name or label for, and its document; whatever else it
 * writes (quotes, annotations, authors) belongs to its own document.
 */
final class ImportKeys {

	/** Type-prefixed slugs of every record the lines name, created ones included. */
	private final Set<String> named = new HashSet<>();

	/** Type-prefixed slugs of the records the lines may create. */
	private final Set<String> created = new HashSet<>();

	/**
	 * Set when a line's slugs could not be told: it then clashes with any other group.
	 */
	private boolean unknown;

	/** Adds what this line names. */
	void add(NewDocument line) {
		try {
			visit(line, (type, slug, creates) -> {
				this.named.add(type + slug);
				if (creates) {
					this.created.add(type + slug);
				}
			});
		}
		catch (RuntimeException ex) {
			// A name no slug can be made of: the line will be refused, but stays apart.
			this.unknown = true;
		}
	}

	/** Whether the two groups may touch a record in common that one of them creates. */
	boolean clashes(ImportKeys other) {
		return this.unknown || other.unknown || intersect(this.created, other.named)
				|| intersect(other.created, this.named);
	}

	/** A slug the line names, with the type of record it names. */
	interface SlugVisitor {

		/**
		 * @param type {@link #DOCUMENT}, {@link #PERSON}, {@link #ORGANISATION},
		 * {@link #EVENT} or {@link #TOPIC}
		 * @param creates whether the line may create the record (it gives its name or
		 * label, or it is the line's document)
		 */
		void slug(String type, String slug, boolean creates);

	}

	static final String DOCUMENT = "d:";

	static final String PERSON = "p:";

	static final String ORGANISATION = "o:";

	static final String EVENT = "e:";

	static final String TOPIC = "t:";

	/**
	 * Every record the line names by slug, nested ones included, with the slug the
	 * writers use: the one given, else one made from the name.
	 */
	static void visit(NewDocument line, SlugVisitor visitor) {
		record(visitor, DOCUMENT, line.slug(), line.title(), true);
		for (AuthorInput author : listOf(line.authors())) {
			if (author != null) {
				person(visitor, author.person());
			}
		}
		topics(visitor, line.topics());
		for (QuoteInput quote : listOf(line.quotes())) {
			if (quote == null) {
				continue;
			}
			if (quote.speaker() != null) {
				person(visitor, quote.speaker().person());
				organisation(visitor, quote.speaker().organisation());
			}
			event(visitor, quote.event());
			topics(visitor, quote.topics());
		}
		for (AnnotationInput annotation : listOf(line.annotations())) {
			if (annotation != null && annotation.topic() != null) {
				topics(visitor, List.of(annotation.topic()));
			}
		}
	}

	private static void person(SlugVisitor visitor, @Nullable PersonInput person) {
		if (person == null) {
			return;
		}
		record(visitor, PERSON, person.slug(), person.name(), person.name() != null);
		for (RoleInput role : listOf(person.roles())) {
			if (role != null && role.organisation() != null) {
				record(visitor, ORGANISATION, role.organisation(), null, false);
			}
		}
	}

	private static void organisation(SlugVisitor visitor, @Nullable OrganisationInput organisation) {
		if (organisation != null) {
			record(visitor, ORGANISATION, organisation.slug(), organisation.name(), organisation.name() != null);
		}
	}

	private static void event(SlugVisitor visitor, @Nullable EventInput event) {
		if (event == null) {
			return;
		}
		record(visitor, EVENT, event.slug(), event.name(), event.name() != null);
		for (PersonInput person : listOf(event.people())) {
			person(visitor, person);
		}
		for (OrganisationInput organisation : listOf(event.organisations())) {
			organisation(visitor, organisation);
		}
		topics(visitor, event.topics());
	}

	private static void topics(SlugVisitor visitor, @Nullable List<TopicInput> topics) {
		for (TopicInput topic : listOf(topics)) {
			if (topic != null) {
				record(visitor, TOPIC, topic.slug(), topic.label(), topic.label() != null);
				if (topic.parent() != null) {
					record(visitor, TOPIC, topic.parent(), null, false);
				}
			}
		}
	}

	private static void record(SlugVisitor visitor, String type, @Nullable String slug, @Nullable String name,
			boolean creates) {
		String key = (slug != null) ? slug : (name != null) ? Slugs.from(name) : "";
		if (!key.isEmpty()) {
			visitor.slug(type, key, creates);
		}
	}

	private static boolean intersect(Set<String> a, Set<String> b) {
		Set<String> smaller = (a.size() <= b.size()) ? a : b;
		Set<String> larger = (smaller == a) ? b : a;
		for (String key : smaller) {
			if (larger.contains(key)) {
				return true;
			}
		}
		return false;
	}

	private static <T> List<T> listOf(@Nullable List<T> list) {
		return (list != null) ? list : List.of();
	}

}
