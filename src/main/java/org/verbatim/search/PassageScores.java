package org.verbatim.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score (BM25 over the passage's terms, times the norm of its
 * position), computed without a {@code BytesRefHash} per passage. Lucene 9.12 builds one
 * for every passage it scores, a 32 KB block each: much of what a search allocated
 * (docs/PERFORMANCE.md). The distinct terms are found by comparing bytes (a passage holds
 * a few matches) and summed in the same order, first occurrence first, so every score is
 * the same float as Lucene's.
 */
final class PassageScores extends PassageScorer {

	@Override
	public float score(Passage passage, int contentLength) {
		int matches = passage.getNumMatches();
		BytesRef[] terms = passage.getMatchTerms();
		int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
		// For each distinct term: the match where it first occurs, and its count here.
		int[] first = new int[matches];
		int[] inPassage = new int[matches];
		int distinct = 0;
		for (int i = 0; i < matches; i++) {
			int term = 0;
			while (term < distinct && !terms[first[term]].bytesEquals(terms[i])) {
				term++;
			}
			if (term == distinct) {
				first[distinct++] = i;
			}
			inPassage[term]++;
		}
		double score = 0;
		for (int term = 0; term < distinct; term++) {
			score += tf(inPassage[term], passage.getLength()) * weight(contentLength, freqsInDoc[first[term]]);
		}
		score *= norm(passage.getStartOffset());
		return (float) score;
	}

}
