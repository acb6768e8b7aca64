package org.verbatim.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.verbatim.shared.Inputs;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.References;
import org.verbatim.shared.SlugLookups;
import org.verbatim.shared.SlugRecord;
import org.verbatim.shared.SlugRepository;
import org.verbatim.shared.Slugs;
import tools.jackson.databind.JsonNode;

/**
 * The writes of a kind of record that is addressed by slug and may be created on its own
 * or inline where a request refers to it (people, organisations, events, topics): create,
 * replace, patch and delete for its endpoints, each in a transaction, and resolve for the
 * requests that refer to it, in theirs. An input is validated right before it fills a
 * record. What differs between the kinds is their {@link Kind}; see {@link Edits#of}.
 */
public final class SlugRecords<T extends SlugRecord, I> {

	private final Kind<T, I> kind;

	private final Texts texts;

	private final SlugRepository<T> repository;

	private final Edits edits;

	SlugRecords(Kind<T, I> kind, SlugRepository<T> repository, Edits edits) {
		this.kind = kind;
		this.texts = kind.texts();
		this.repository = repository;
		this.edits = edits;
	}

	/**
	 * Looks up at once the records that the coming {@link #resolve} calls of this
	 * transaction will name, so that those need no query each (see {@link SlugLookups}).
	 */
	public void prefetch(Collection<String> slugs) {
		SlugLookups.prefetch(this.kind.type(), slugs, this.repository::findBySlugIn, SlugRecord::slug);
	}

	/**
	 * The record an input refers to: without a name, the record of its slug; with one,
	 * the record of that slug and name, created (and validated) if no record has the
	 * slug. 422 at {@code pointer} when there is none, or when the slug belongs to a
	 * record of another name.
	 */
	public T resolve(@Nullable I input, String pointer) {
		if (input == null) {
			throw new InvalidInputException(pointer, this.texts.required());
		}
		String name = this.kind.name().apply(input);
		if (name == null) {
			String slug = Inputs.required(this.kind.slug().apply(input), pointer, this.texts.slugLimit());
			return find(slug)
				.orElseThrow(() -> new InvalidInputException(pointer, this.texts.unknown().formatted(slug)));
		}
		String at = pointer + "/" + this.texts.nameField();
		name = Inputs.required(name, at, this.texts.nameLimit());
		String slug = Slugs.givenOrFrom(this.kind.slug().apply(input), name, pointer);
		T existing = find(slug).orElse(null);
		if (existing != null) {
			String existingName = this.kind.nameOf().apply(existing);
			if (!existingName.equals(name)) {
				throw new InvalidInputException(at, this.texts.takenBy().formatted(slug, existingName));
			}
			return existing;
		}
		return SlugLookups.created(this.kind.type(), slug, fillNew(slug, name, input, pointer));
	}

	/** The records referred to or created by {@code inputs}, in their order. */
	public Set<T> resolveAll(@Nullable List<I> inputs, String pointer) {
		Set<T> resolved = new LinkedHashSet<>();
		for (int i = 0; inputs != null && i < inputs.size(); i++) {
			resolved.add(resolve(inputs.get(i), pointer + "/" + i));
		}
		return resolved;
	}

	/** A new record; 409 when its slug is taken, even by a record of the same name. */
	public T create(I input) {
		return this.edits.inTransaction(() -> {
			String name = Inputs.required(this.kind.name().apply(input), "/" + this.texts.nameField(),
					this.texts.nameLimit());
			String slug = Slugs.givenOrFrom(this.kind.slug().apply(input), name, "");
			Edits.refuseTaken(this.repository.existsBySlug(slug), slug, this.texts.collection(), this.texts.taken());
			return fillNew(slug, name, input, "");
		});
	}

	/** Replaces everything but the slug, if {@code ifMatch} names the current version. */
	public T replace(String slug, @Nullable String ifMatch, I input) {
		return this.edits.inTransaction(() -> fill(current(slug, ifMatch), input));
	}

	/**
	 * Applies a JSON merge patch to the input that recreates the record, and stores the
	 * result as {@link #replace} does.
	 */
	public T patch(String slug, @Nullable String ifMatch, JsonNode patch) {
		return this.edits.inTransaction(() -> {
			T record = current(slug, ifMatch);
			return fill(record, this.edits.merge(this.kind.inputOf().apply(record), patch, this.kind.inputType()));
		});
	}

	/** Deletes the record; 409 naming what still refers to it. */
	public void delete(String slug, @Nullable String ifMatch) {
		this.edits.inTransaction(() -> {
			T record = current(slug, ifMatch);
			this.edits.refuseReferenced(this.kind.target(), record, this.texts.referenced());
			this.repository.delete(record);
		});
	}

	private Optional<T> find(String slug) {
		return SlugLookups.find(this.kind.type(), slug, () -> this.repository.findBySlug(slug));
	}

	private T current(String slug, @Nullable String ifMatch) {
		return Edits.current(this.repository.findBySlug(slug), this.texts.resource(), slug, ifMatch,
				SlugRecord::version);
	}

	private T fill(T record, I input) {
		Edits.keepSlug(this.kind.slug().apply(input), record.slug(), "", this.texts.slugFixed());
		this.edits.validate(input, "");
		this.kind.fill().fill(record, input, "");
		return record;
	}

	private T fillNew(String slug, String name, I input, String pointer) {
		T record = this.kind.create().apply(slug, name);
		this.edits.validate(input, pointer);
		this.kind.fill().fill(record, input, pointer);
		return this.repository.save(record);
	}

	/**
	 * What differs between the kinds of record addressed by slug.
	 *
	 * @param type the record's class
	 * @param inputType the class of its input, which a merge patch is read as
	 * @param target what {@link References} calls it
	 * @param texts what the answers say about it
	 * @param slug the slug an input gives, if any
	 * @param name the name (or label) an input gives; without one, an input refers to a
	 * record by slug
	 * @param nameOf the name of a stored record, which an inline input must repeat to use
	 * it
	 * @param create a new record of this slug and name, not yet filled or stored
	 * @param fill stores an input's fields in a record, naming the fields it refuses
	 * under a JSON Pointer
	 * @param inputOf the input that would recreate a record: what a merge patch applies
	 * to
	 */
	public record Kind<T, I>(Class<T> type, Class<I> inputType, References.Target target, Texts texts,
			Function<I, @Nullable String> slug, Function<I, @Nullable String> name, Function<T, String> nameOf,
			BiFunction<String, String, T> create, Fill<T, I> fill, Function<T, I> inputOf) {
	}

	/** Stores an input's fields in a record, naming refused fields below a pointer. */
	@FunctionalInterface
	public interface Fill<T, I> {

		void fill(T record, I input, String pointer);

	}

	/**
	 * What the answers say about a kind of record. Each message is a format string of the
	 * slug ({@code takenBy}: of the slug and the name that has it).
	 *
	 * @param resource its name in 404 and 412 answers, e.g. "person"
	 * @param collection the path of its collection, e.g. /api/v1/people
	 * @param nameField the input's field of the name, e.g. "name"
	 * @param nameLimit the most characters of a name (a
	 * {@link org.verbatim.shared.Limits} constant)
	 * @param slugLimit the most characters of a slug that refers to a record
	 * @param taken 409: a new record's slug is taken
	 * @param slugFixed 422: a change of the slug
	 * @param referenced 409: a record to delete is still referred to
	 * @param required 422: a reference that is null
	 * @param unknown 422: a reference to no record
	 * @param takenBy 422: an inline record whose slug a record of another name has
	 */
	public record Texts(String resource, String collection, String nameField, int nameLimit, int slugLimit,
			String taken, String slugFixed, String referenced, String required, String unknown, String takenBy) {
	}

}
