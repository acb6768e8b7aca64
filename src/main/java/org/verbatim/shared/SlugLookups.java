package org.verbatim.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
		if (found != null) {
			return Optional.of(type.cast(found));
		}
		Optional<T> looked = lookup.get();
		looked.ifPresent(record -> known.put(new Key(type, slug), record));
		return looked;
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
