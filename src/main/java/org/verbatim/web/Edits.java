package org.verbatim.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.verbatim.shared.InputValidator;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.References;
import org.verbatim.shared.SlugRecord;
import org.verbatim.shared.SlugRepository;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The steps that every write of an editable record shares, so that each writer keeps only
 * what differs: how to fill its record from an input, and how to turn the record back
 * into one. The records addressed by slug get all of them at once from {@link #of}.
 */
@Component
public class Edits {

	private final MergePatch mergePatch;

	private final InputValidator validator;

	private final List<References> references;

	private final TransactionOperations transactions;

	Edits(MergePatch mergePatch, InputValidator validator, List<References> references,
			TransactionOperations transactions) {
		this.mergePatch = mergePatch;
		this.validator = validator;
		this.references = references;
		this.transactions = transactions;
	}

	/** The writes of one kind of record addressed by slug. */
	public <T extends SlugRecord, I> SlugRecords<T, I> of(SlugRecords.Kind<T, I> kind, SlugRepository<T> repository) {
		return new SlugRecords<>(kind, repository, this);
	}

	/**
	 * The record found, if {@code ifMatch} names its current version.
	 * @throws NotFoundException when there is none (404)
	 * @throws Preconditions.PreconditionException without {@code ifMatch} (428) or when
	 * it names another version (412)
	 */
	public static <T> T current(Optional<T> found, String resource, Object key, @Nullable String ifMatch,
			Function<T, @Nullable Long> version) {
		T record = found.orElseThrow(() -> new NotFoundException(resource, key));
		Preconditions.requireMatch(ifMatch, version.apply(record), resource);
		return record;
	}

	/**
	 * Refuses with 422 at {@code pointer/slug} a slug other than the record's own.
	 * @param message a format string of the record's slug
	 */
	public static void keepSlug(@Nullable String given, String slug, String pointer, String message) {
		if (given != null && !given.equals(slug)) {
			throw new InvalidInputException(pointer + "/slug", message.formatted(slug));
		}
	}

	/**
	 * Refuses with 409 a new record whose slug is taken, naming the record that has it.
	 * @param collection the path of the records' collection, e.g. /api/v1/people
	 * @param message a format string of the slug
	 */
	public static void refuseTaken(boolean taken, String slug, String collection, String message) {
		if (taken) {
			throw new ConflictException(message.formatted(slug), List.of(collection + "/" + slug));
		}
	}

	/**
	 * Refuses with 409 to delete a record that other records still refer to, naming them
	 * (see {@link References#describe}).
	 * @param message a format string of the record's slug
	 */
	public void refuseReferenced(References.Target target, SlugRecord record, String message) {
		List<String> referrers = References.describe(this.references, target, Objects.requireNonNull(record.id()));
		if (!referrers.isEmpty()) {
			throw new ConflictException(message.formatted(record.slug()), referrers);
		}
	}

	/** Refuses an input that breaks a constraint of its record: 422 naming each. */
	public void validate(Object input, String pointer) {
		this.validator.validate(input, pointer);
	}

	/** What a PATCH stores: {@code current} with the JSON merge patch applied. */
	public <I> I merge(I current, JsonNode patch, Class<I> type) {
		return this.mergePatch.apply(current, patch, type);
	}

	/** Runs a write in a transaction: the caller's, or a new one. */
	<R> R inTransaction(Supplier<R> write) {
		return Objects.requireNonNull(this.transactions.execute(status -> write.get()));
	}

	void inTransaction(Runnable write) {
		this.transactions.executeWithoutResult(status -> write.run());
	}

}
