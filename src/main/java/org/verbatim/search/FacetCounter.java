package org.verbatim.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.verbatim.search.LuceneIndex.Counted;
import org.verbatim.search.SearchService.Filters;
import org.verbatim.search.SearchService.Request;
import org.verbatim.search.SearchService.SpeakerFilter;
import org.verbatim.search.SearchViews.FacetCount;
import org.verbatim.search.SearchViews.Facets;
import org.verbatim.shared.SearchFields;

/**
 * The number of hits of a query and the values of their facets, counted in one pass over
 * the matching documents.
 * <p>
 * Hibernate Search's terms aggregations give the same counts but, at the end of every
 * segment, look each value found there up in the terms of all segments (a binary search
 * that decompresses a block of terms per step): with thousands of speakers and a score of
 * segments that was most of a search's time. Here each segment counts into an array by
 * its own ordinals and names the values it found once, in order (a block decompressed
 * once); values are merged across segments by their bytes. The answer is theirs: the
 * values with the most hits, ties in the order of the values' bytes (numbers in their
 * order), at most {@code size} of each. Behind {@link LuceneIndex}.
 */
final class FacetCounter {

	/** Keyword facets, by the field that holds them: type, kind, speaker, topic. */
	private static final String[] TERM_FIELDS = { SearchFields.TYPE, SearchFields.KIND, SearchFields.SPEAKERS,
			SearchFields.TOPICS };

	private FacetCounter() {
	}

	static Counted count(IndexReader reader, Query query, int size) throws IOException {
		List<Counts> all = new IndexSearcher(reader).search(query, new CollectorManager<Counts, List<Counts>>() {

			@Override
			public Counts newCollector() {
				return new Counts();
			}

			@Override
			public List<Counts> reduce(Collection<Counts> collectors) {
				return List.copyOf(collectors);
			}

		});
		Counts merged = new Counts();
		for (Counts counts : all) {
			counts.finishSegment();
			merged.total += counts.total;
			for (int f = 0; f < TERM_FIELDS.length; f++) {
				int field = f;
				counts.terms.get(f).forEach((term, n) -> add(merged.terms.get(field), term, n[0]));
			}
			counts.years.forEach((year, n) -> add(merged.years, year, n[0]));
		}
		List<List<FacetCount>> terms = new ArrayList<>();
		for (Map<BytesRef, long[]> values : merged.terms) {
			terms.add(top(values, Comparator.naturalOrder(), BytesRef::utf8ToString, size));
		}
		return new Counted(merged.total, new Facets(terms.get(0), terms.get(1), terms.get(2), terms.get(3),
				top(merged.years, Comparator.naturalOrder(), String::valueOf, size)));
	}

	/**
	 * The query of {@link SearchService#predicate} in Lucene's terms, to count its hits:
	 * the words, and each filter as Hibernate Search indexes its field and queries it:
	 * keywords as terms, dates as days since the epoch in points, ids as terms of its id
	 * field. Not public API of Hibernate Search: FacetCounterTests counts every filter
	 * both ways and fails if they differ.
	 */
	static Query query(Query words, Request request, Filters filters) {
		BooleanQuery.Builder bool = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
		LocalDate from = request.dates().from();
		LocalDate to = request.dates().to();
		if (to != null) {
			bool.add(LongPoint.newRangeQuery(SearchFields.DATE_EARLIEST, Long.MIN_VALUE, to.toEpochDay()),
					BooleanClause.Occur.FILTER);
		}
		if (from != null) {
			bool.add(LongPoint.newRangeQuery(SearchFields.DATE_LATEST, from.toEpochDay(), Long.MAX_VALUE),
					BooleanClause.Occur.FILTER);
		}
		if (request.kind() != null) {
			bool.add(new TermQuery(new Term(SearchFields.KIND, request.kind())), BooleanClause.Occur.FILTER);
		}
		if (filters.topicSlugs() != null) {
			bool.add(new TermInSetQuery(SearchFields.TOPICS, filters.topicSlugs().stream().map(BytesRef::new).toList()),
					BooleanClause.Occur.FILTER);
		}
		if (request.document() != null) {
			bool.add(new TermQuery(new Term(SearchFields.DOCUMENT, request.document())), BooleanClause.Occur.FILTER);
		}
		SpeakerFilter speaker = filters.speaker();
		if (speaker != null) {
			// As given: the terms predicate neither analyses nor normalises them.
			BooleanQuery.Builder anyOf = new BooleanQuery.Builder().add(
					new TermInSetQuery(SearchFields.SPEAKERS, speaker.values().stream().map(BytesRef::new).toList()),
					BooleanClause.Occur.SHOULD);
			if (!speaker.quotingDocuments().isEmpty()) {
				anyOf.add(new BooleanQuery.Builder()
					.add(new TermQuery(new Term(SearchFields.TYPE, "document")), BooleanClause.Occur.FILTER)
					.add(new TermInSetQuery(LuceneIndex.ID_FIELD,
							speaker.quotingDocuments().stream().map(id -> new BytesRef(id.toString())).toList()),
							BooleanClause.Occur.FILTER)
					.build(), BooleanClause.Occur.SHOULD);
			}
			bool.add(anyOf.build(), BooleanClause.Occur.FILTER);
		}
		return bool.build();
	}

	/**
	 * Adds to a count; a new key is stored as it is, so it must not change afterwards.
	 */
	private static <K> void add(Map<K, long[]> counts, K key, long n) {
		counts.computeIfAbsent(key, k -> new long[1])[0] += n;
	}

	private static <K> List<FacetCount> top(Map<K, long[]> counts, Comparator<K> valueOrder, Function<K, String> name,
			int size) {
		Comparator<Map.Entry<K, long[]>> byCount = Comparator.comparingLong(e -> -e.getValue()[0]);
		return counts.entrySet()
			.stream()
			.sorted(byCount.thenComparing(Map.Entry.comparingByKey(valueOrder)))
			.limit(size)
			.map(e -> new FacetCount(name.apply(e.getKey()), e.getValue()[0]))
			.toList();
	}

	/** Counts of one slice of segments, one segment at a time. */
	private static final class Counts extends SimpleCollector {

		private long total;

		private final List<Map<BytesRef, long[]>> terms = new ArrayList<>();

		private final Map<Long, long[]> years = new HashMap<>();

		// The current segment's values and counts by its own ordinals.
		private final SortedSetDocValues[] values = new SortedSetDocValues[TERM_FIELDS.length];

		private final int[][] byOrdinal = new int[TERM_FIELDS.length][];

		private SortedNumericDocValues yearValues;

		Counts() {
			for (int f = 0; f < TERM_FIELDS.length; f++) {
				this.terms.add(new HashMap<>());
			}
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			finishSegment();
			for (int f = 0; f < TERM_FIELDS.length; f++) {
				SortedSetDocValues docValues = DocValues.getSortedSet(context.reader(), TERM_FIELDS[f]);
				this.values[f] = docValues;
				this.byOrdinal[f] = new int[Math.toIntExact(docValues.getValueCount())];
			}
			this.yearValues = DocValues.getSortedNumeric(context.reader(), SearchFields.YEAR);
		}

		@Override
		public void collect(int doc) throws IOException {
			this.total++;
			for (int f = 0; f < TERM_FIELDS.length; f++) {
				SortedSetDocValues docValues = this.values[f];
				if (docValues.advanceExact(doc)) {
					// A document's ordinals are distinct: each value counts once.
					int[] counts = this.byOrdinal[f];
					for (int i = 0, n = docValues.docValueCount(); i < n; i++) {
						counts[(int) docValues.nextOrd()]++;
					}
				}
			}
			if (this.yearValues.advanceExact(doc)) {
				long previous = 0;
				for (int i = 0, n = this.yearValues.docValueCount(); i < n; i++) {
					// Sorted: a value repeated in a document comes in a row.
					long year = this.yearValues.nextValue();
					if (i == 0 || year != previous) {
						add(this.years, year, 1);
					}
					previous = year;
				}
			}
		}

		/** Names the current segment's counted values and adds them to the totals. */
		void finishSegment() throws IOException {
			for (int f = 0; f < TERM_FIELDS.length; f++) {
				int[] counts = this.byOrdinal[f];
				if (counts == null) {
					continue;
				}
				Map<BytesRef, long[]> total = this.terms.get(f);
				// Ordinals in ascending order: each block of terms is read once.
				for (int ord = 0; ord < counts.length; ord++) {
					if (counts[ord] > 0) {
						// The doc values reuse the BytesRef they return: a new key is a
						// copy.
						BytesRef term = this.values[f].lookupOrd(ord);
						long[] n = total.get(term);
						if (n == null) {
							n = new long[1];
							total.put(BytesRef.deepCopyOf(term), n);
						}
						n[0] += counts[ord];
					}
				}
				this.byOrdinal[f] = null;
				this.values[f] = null;
			}
			this.yearValues = null;
		}

	}

}
