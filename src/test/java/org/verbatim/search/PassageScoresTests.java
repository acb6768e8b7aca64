package org.verbatim.search;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The passages a search shows are chosen by their scores: the leaner scorer must give
 * each passage exactly Lucene's score, or another sentence would be shown.
 */
class PassageScoresTests {

	@Test
	void scoresEveryPassageExactlyAsLuceneDoes() {
		PassageScorer lucene = new PassageScorer();
		PassageScorer lean = new PassageScores();
		Random random = new Random(42);
		String[] words = { "union", "state", "belarus", "russia", "союз", "государство", "peace", "integration" };
		for (int run = 0; run < 20_000; run++) {
			Passage passage = new Passage();
			int start = random.nextInt(5_000);
			int length = 20 + random.nextInt(400);
			passage.setStartOffset(start);
			passage.setEndOffset(start + length);
			int matches = 1 + random.nextInt(12);
			int vocabulary = 1 + random.nextInt(words.length);
			for (int i = 0; i < matches; i++) {
				String word = words[random.nextInt(vocabulary)];
				int at = start + random.nextInt(length - 5);
				// A new BytesRef for every match, as the highlighter hands them over.
				passage.addMatch(at, at + 5, new BytesRef(word), 1 + random.nextInt(50));
			}
			int contentLength = start + length + random.nextInt(50_000);
			assertThat(Float.floatToIntBits(lean.score(passage, contentLength))).as("%s", passage)
				.isEqualTo(Float.floatToIntBits(lucene.score(passage, contentLength)));
		}
	}

}
