package org.verbatim.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers, for the current transaction, the records already looked up or created by
 * slug, so that a document whose ten quotes name the same speaker, topics and event asks
 * the database once for each (and does not flush its pending inserts before every query).
 * The records are managed by the transaction's persistence context anyway; this only
 * finds them without a query. Outside a transaction it just runs the lookup.
 */
public final class SlugLookups {

	private static final Object KEY = SlugLookups.class;

	/** Remembered for a slug looked up in bulk and not found. */
	private static final Object ABSENT = new Object();

	/** Slugs per bulk query: well within what both databases take as parameters. */
	private static final int PREFETCH_BATCH = 500;

	private SlugLookups() {
	}

	private record Key(Class<?> type, String slug) {
	}

	/**
	 * The record of this type and slug: remembered, or looked up (and then remembered).
	 */
	public static <T> Optional<T> find(Class<T> type, String slug, Supplier<Optional<T>> lookup) {
		Map<Key, Object> known = known();
		if (known == null) {
			return lookup.get();
		}
		Object found = known.get(new Key(type, slug));
		if (found == ABSENT) {
			return Optional.empty();
		}
		if (found != null) {
			return Optional.of(type.cast(found));
		}
		Optional<T> looked = lookup.get();
		looked.ifPresent(record -> known.put(new Key(type, slug), record));
		return looked;
	}

	/**
	 * Looks these slugs up in bulk ({@code lookup} takes a batch of slugs), so that
	 * {@link #find} needs no query for any of them: it knows the records found, and that
	 * the others do not exist (until {@link #created}). Outside a transaction this does
	 * nothing.
	 */
	public static <T> void prefetch(Class<T> type, Collection<String> slugs,
			Function<Collection<String>, List<T>> lookup, Function<T, String> slugOf) {
		Map<Key, Object> known = known();
		if (known == null) {
			return;
		}
		List<String> unknown = slugs.stream()
			.distinct()
			.filter(slug -> !known.containsKey(new Key(type, slug)))
			.toList();
		for (int from = 0; from < unknown.size(); from += PREFETCH_BATCH) {
			List<String> batch = unknown.subList(from, Math.min(unknown.size(), from + PREFETCH_BATCH));
			for (T record : lookup.apply(batch)) {
				known.putIfAbsent(new Key(type, slugOf.apply(record)), record);
			}
			for (String slug : batch) {
				known.putIfAbsent(new Key(type, slug), ABSENT);
			}
		}
	}

	/** Remembers a record just created in this transaction; returns it. */
	public static <T> T created(Class<T> type, String slug, T record) {
		Map<Key, Object> known = known();
		if (known != null) {
			known.put(new Key(type, slug), record);
		}
		return record;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Map<Key, Object> known() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		Map<Key, Object> known = (Map<Key, Object>) TransactionSynchronizationManager.getResource(KEY);
		if (known == null) {
			known = new HashMap<>();
			TransactionSynchronizationManager.bindResource(KEY, known);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}
			});
		}
		return known;
	}

}
