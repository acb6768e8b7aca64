package org.verbatim.shared;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Remembers what was read from the archive until the next write through this process
 * ({@link ArchiveWrites}), or for a bounded time so that writes made by another instance
 * on the same database are seen too. Reads dominate an archive by far: a speaker name
 * resolved once, the topic tree or a document's version serve many requests before the
 * next write.
 * <p>
 * Bounded: when full it starts afresh rather than tracking use, which keeps it simple and
 * costs only a reload of what is asked for again.
 */
public final class WriteAwareCache<K, V> {

	private record Entry<V>(V value, long generation, long loadedAt) {
	}

	private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

	private final int maxEntries;

	private final long maxAgeNanos;

	public WriteAwareCache(int maxEntries, Duration maxAge) {
		this.maxEntries = maxEntries;
		this.maxAgeNanos = maxAge.toNanos();
	}

	/**
	 * The value remembered for this key if it is still current, else {@code null}; never
	 * reads the archive.
	 */
	public @Nullable V remembered(K key) {
		Entry<V> entry = this.entries.get(key);
		return current(entry, ArchiveWrites.generation(), System.nanoTime()) ? entry.value() : null;
	}

	private boolean current(@Nullable Entry<V> entry, long generation, long now) {
		return entry != null && entry.generation() == generation && now - entry.loadedAt() < this.maxAgeNanos;
	}

	/**
	 * The value remembered for this key, or what {@code loader} reads now (its exceptions
	 * pass through and nothing is remembered).
	 */
	public V get(K key, Function<? super K, ? extends V> loader) {
		// Read before loading: a write during the load leaves the entry already outdated.
		long generation = ArchiveWrites.generation();
		long now = System.nanoTime();
		Entry<V> entry = this.entries.get(key);
		if (current(entry, generation, now)) {
			return entry.value();
		}
		V value = loader.apply(key);
		if (this.entries.size() >= this.maxEntries) {
			this.entries.clear();
		}
		this.entries.put(key, new Entry<>(value, generation, now));
		return value;
	}

}
