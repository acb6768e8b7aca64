package org.verbatim.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.SearchFields;

/**
 * Reads a page of hits and marks their passages: each hit's stored fields are read once,
 * and one highlighter pass covers every hit and both highlighted fields.
 * <p>
 * Hibernate Search's highlight projections read a hit's stored fields once per projection
 * (the text, the title, then the other fields: three decompressions of a speech), run the
 * highlighter one hit and one field at a time, and return fragments without their
 * positions, so the text had to be searched again for each fragment. Here the passages
 * come with their offsets. The highlighter is configured as Hibernate Search configures
 * it for {@code h.unified()}: sentence passages, the first 10,000 characters of a field,
 * three passages, no passage without a match, {@code <mark>} tags, fragments trimmed.
 * Behind {@link LuceneIndex}.
 */
final class PageHighlighter {

	private static final int PASSAGES = 3;

	private static final String[] FIELDS = { SearchFields.TEXT, SearchFields.TITLE };

	private final Analyzer analyzer;

	// How the highlighted fields are indexed (offsets or not) is fixed by the
	// mapping; the highlighter would otherwise look at every segment's field infos on
	// each page.
	private final Map<String, FieldInfo> fieldInfos = new ConcurrentHashMap<>();

	PageHighlighter(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** A marked passage, and the UTF-16 spans [start, end) of its marks in the field. */
	record Fragment(String text, List<int[]> marks) {
	}

	/** A hit read and highlighted: its stored fields and the passages of each field. */
	record Highlighted(StoredHit stored, float score, List<Fragment> text, List<Fragment> title) {
	}

	/**
	 * A hit of the search: its document number in the reader (-1 if unknown), and its
	 * type and entity id, by which it is found when the number does not hold.
	 */
	record Located(int doc, String type, Object id, float score) {
	}

	/**
	 * The user's words on the text and the title (weighing twice), as the search asks for
	 * them and the highlighter marks them: Lucene's simple query syntax restricted to
	 * words, phrases, {@code -exclusion} and {@code |}, every word required by default.
	 */
	Query query(String queryText) {
		// Text before title, as Hibernate Search's simpleQueryString ordered them.
		Map<String, Float> weights = new LinkedHashMap<>();
		weights.put(SearchFields.TEXT, 1f);
		weights.put(SearchFields.TITLE, 2f);
		SimpleQueryParser parser = new SimpleQueryParser(this.analyzer, weights,
				SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.NOT_OPERATOR
						| SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR);
		parser.setDefaultOperator(BooleanClause.Occur.MUST);
		return parser.parse(queryText);
	}

	/**
	 * The document number of an entity in {@code reader}, found by its id term and its
	 * type; -1 if it is no longer there. For a reader other than the one the search ran
	 * on, whose document numbers may differ.
	 */
	static int find(IndexReader reader, String type, Object id) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		StoredFields stored = reader.storedFields();
		for (ScoreDoc candidate : searcher.search(new TermQuery(new Term(LuceneIndex.ID_FIELD, id.toString())),
				3).scoreDocs) {
			if (type.equals(StoredHit.read(stored, candidate.doc).type())) {
				return candidate.doc;
			}
		}
		return -1;
	}

	/**
	 * Reads and highlights the {@code hits} in {@code reader}, in their order; a hit
	 * deleted since the search is left out.
	 */
	List<Highlighted> highlight(IndexReader reader, Query query, List<Located> hits) throws IOException {
		StoredFields storedFields = reader.storedFields();
		Map<Integer, StoredHit> stored = new HashMap<>();
		List<Located> found = new ArrayList<>(hits.size());
		for (Located hit : hits) {
			int doc = hit.doc();
			StoredHit fields = (doc >= 0) ? StoredHit.read(storedFields, doc) : null;
			if (fields == null || !hit.type().equals(fields.type())) {
				// Not the reader the search ran on: look the hit up by its id.
				doc = find(reader, hit.type(), hit.id());
				fields = (doc >= 0) ? StoredHit.read(storedFields, doc) : null;
			}
			if (fields != null) {
				// Deleted since the search otherwise: nothing left to show.
				stored.put(doc, fields);
				found.add(new Located(doc, hit.type(), hit.id(), hit.score()));
			}
		}
		// Only documents' texts keep their offsets in the index (decision 0007); quotes
		// and events are short and analysed again, so each kind gets its own pass.
		Map<Integer, Object[]> byDoc = new HashMap<>();
		for (boolean documents : new boolean[] { true, false }) {
			int[] numbers = found.stream()
				.filter(hit -> hit.type().equals("document") == documents)
				.mapToInt(Located::doc)
				.toArray();
			if (numbers.length == 0) {
				continue;
			}
			Map<String, Object[]> passages = new Highlighter(new IndexSearcher(reader), this.analyzer, stored,
					this.fieldInfos, documents)
				.passages(query, numbers);
			for (int i = 0; i < numbers.length; i++) {
				byDoc.put(numbers[i],
						new Object[] { passages.get(SearchFields.TEXT)[i], passages.get(SearchFields.TITLE)[i] });
			}
		}
		List<Highlighted> page = new ArrayList<>(found.size());
		for (Located hit : found) {
			Object[] passages = byDoc.get(hit.doc());
			page.add(new Highlighted(stored.get(hit.doc()), hit.score(), fragments(passages[0]),
					fragments(passages[1])));
		}
		return page;
	}

	@SuppressWarnings("unchecked")
	private static List<Fragment> fragments(@Nullable Object passages) {
		return (passages != null) ? (List<Fragment>) passages : List.of();
	}

	/**
	 * The unified highlighter over stored values already read, formatting each passage
	 * with its marks' positions.
	 */
	private static final class Highlighter extends UnifiedHighlighter {

		private final Map<Integer, StoredHit> stored;

		private final Map<String, FieldInfo> fieldInfos;

		private final boolean indexedOffsets;

		/**
		 * @param indexedOffsets whether the hits' texts have their offsets in the index
		 * (documents): otherwise they are analysed again, as the fields' merged
		 * information across the indexes would promise offsets that quotes and events do
		 * not have
		 */
		Highlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, StoredHit> stored,
				Map<String, FieldInfo> fieldInfos, boolean indexedOffsets) {
			super(UnifiedHighlighter.builder(searcher, analyzer)
				.withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
				.withMaxNoHighlightPassages(0)
				.withScorer(new PassageScores())
				.withFormatter(new PassageFragments()));
			this.stored = stored;
			this.fieldInfos = fieldInfos;
			this.indexedOffsets = indexedOffsets;
		}

		@Override
		protected OffsetSource getOffsetSource(String field) {
			return this.indexedOffsets ? super.getOffsetSource(field) : OffsetSource.ANALYSIS;
		}

		/**
		 * The field as an index that keeps its offsets has it, else as any has it. Not
		 * merged across the indexes, as the highlighter would: the text's options differ
		 * between them (only documents keep offsets), which merging refuses.
		 */
		@Override
		protected @Nullable FieldInfo getFieldInfo(String field) {
			FieldInfo info = this.fieldInfos.get(field);
			if (info != null) {
				return info;
			}
			for (LeafReaderContext leaf : getIndexSearcher().getIndexReader().leaves()) {
				FieldInfo candidate = leaf.reader().getFieldInfos().fieldInfo(field);
				if (candidate != null && (info == null || hasOffsets(candidate))) {
					info = candidate;
				}
			}
			if (info != null && hasOffsets(info)) {
				// Kept only then: a reader without the documents' index has the field
				// without offsets, which must not stand for the documents' later.
				this.fieldInfos.put(field, info);
			}
			return info;
		}

		private static boolean hasOffsets(FieldInfo info) {
			return info.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
		}

		Map<String, Object[]> passages(Query query, int[] docs) throws IOException {
			int[] max = new int[FIELDS.length];
			Arrays.fill(max, PASSAGES);
			return highlightFieldsAsObjects(FIELDS, query, docs, max);
		}

		@Override
		protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
				int cacheCharsThreshold) throws IOException {
			List<CharSequence[]> values = new ArrayList<>();
			for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
				StoredHit hit = this.stored.get(doc);
				CharSequence[] row = new CharSequence[fields.length];
				for (int f = 0; f < fields.length; f++) {
					String value = switch (fields[f]) {
						case SearchFields.TEXT -> hit.text();
						case SearchFields.TITLE -> hit.title();
						default -> null;
					};
					// As the highlighter reads stored values: cut at its maximum length.
					row[f] = (value == null) ? null
							: (value.length() > getMaxLength()) ? value.substring(0, getMaxLength()) : value;
				}
				values.add(row);
			}
			return values;
		}

	}

}
