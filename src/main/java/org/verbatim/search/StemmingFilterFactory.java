package org.verbatim.search;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The English and then the Russian Snowball stemmer, as two {@code SnowballPorterFilter}s
 * in a row would apply them, with each word's stem remembered. Stemming was 40% of the
 * import's CPU (docs/PERFORMANCE.md), and a text repeats a small vocabulary: most words
 * are looked up instead of stemmed again. The output is the same token for token
 * ({@code SearchAnalysisTests} compares it with the two Lucene filters), so indexes built
 * before stay valid.
 */
public class StemmingFilterFactory extends TokenFilterFactory {

	/** The SPI name Lucene asks of every factory; this one is only used by class. */
	public static final String NAME = "verbatimStemming";

	/**
	 * Words remembered per filter (one per analysing thread); the map is emptied when
	 * full, which costs a little stemming, never a wrong stem. At this size it holds a
	 * few megabytes.
	 */
	static final int CACHE_SIZE = 20_000;

	public StemmingFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	/** For Lucene's SPI loader; not used. */
	public StemmingFilterFactory() {
		throw defaultCtorException();
	}

	@Override
	public TokenStream create(TokenStream input) {
		return new StemmingFilter(input);
	}

	static final class StemmingFilter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

		private final SnowballStemmer english = new EnglishStemmer();

		private final SnowballStemmer russian = new RussianStemmer();

		private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);

		StemmingFilter(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			if (this.keyword.isKeyword()) {
				return true;
			}
			char[] buffer = this.term.buffer();
			int length = this.term.length();
			char[] stem = this.stems.get(buffer, 0, length);
			if (stem == null) {
				char[] word = new char[length];
				System.arraycopy(buffer, 0, word, 0, length);
				stem = stem(this.russian, stem(this.english, word));
				if (this.stems.size() >= CACHE_SIZE) {
					this.stems.clear();
				}
				this.stems.put(word, stem);
			}
			this.term.copyBuffer(stem, 0, stem.length);
			return true;
		}

		private static char[] stem(SnowballStemmer stemmer, char[] word) {
			// The stemmer works in the array it is given: give it a copy, the word is a
			// key.
			stemmer.setCurrent(word.clone(), word.length);
			stemmer.stem();
			char[] stemmed = new char[stemmer.getCurrentBufferLength()];
			System.arraycopy(stemmer.getCurrentBuffer(), 0, stemmed, 0, stemmed.length);
			return stemmed;
		}

	}

}
