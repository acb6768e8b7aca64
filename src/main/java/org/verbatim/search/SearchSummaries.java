package org.verbatim.search;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.verbatim.search.LuceneIndex.Counted;
import org.verbatim.search.LuceneIndex.State;
import org.verbatim.search.SearchService.SpeakerFilter;
import org.verbatim.shared.DateRange;

/**
 * Totals and facets of recent searches. Counting facets visits every hit (hundreds of
 * thousands for a common word in a large archive) while a page needs only its best hits;
 * the next pages of a search, and the same search asked again, reuse the counts as long
 * as the index is exactly as it was (decision 0010). Bounded: starts afresh when full.
 */
final class SearchSummaries {

	/** What identifies a search's hits: its parsed query and its resolved filters. */
	record Key(String query, List<String> types, DateRange dates, @Nullable String kind, @Nullable Set<String> topics,
			@Nullable SpeakerFilter speaker, @Nullable String document) {
	}

	private record Entry(State state, Counted counted) {
	}

	// An entry holds up to five facets of 50 values (some 20 KB), and its key
	// a speaker filter's documents (at most MAX_KEY_DOCUMENTS ids, some 20 KB):
	// about 20 MB in all.
	private static final int MAX_ENTRIES = 500;

	private static final int MAX_KEY_DOCUMENTS = 1_000;

	private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

	@Nullable Counted find(Key key, State state) {
		Entry entry = this.entries.get(key);
		return (entry != null && entry.state().equals(state)) ? entry.counted() : null;
	}

	void remember(Key key, State state, Counted counted) {
		if (key.speaker() != null && key.speaker().quotingDocuments().size() > MAX_KEY_DOCUMENTS) {
			// A prolific speaker's key is large: such searches count every time.
			return;
		}
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(key, new Entry(state, counted));
	}

}
