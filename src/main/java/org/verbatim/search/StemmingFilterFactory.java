package org.verbatim.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The English and then the Russian Snowball stemmer, as two Lucene
 * {@code SnowballFilter}s in a row (from {@code SnowballPorterFilterFactory}) would apply
 * them, with each word's stem remembered. The two stemmers took much of an import's time
 * in a profile (docs/PERFORMANCE.md), and texts repeat a small vocabulary: most words are
 * looked up instead of stemmed again. The output is the same token for token
 * ({@code SearchAnalysisTests} compares it with the two Lucene filters), so indexes built
 * before stay valid.
 */
public class StemmingFilterFactory extends TokenFilterFactory {

	/** The SPI name Lucene asks of every factory; this one is only used by class. */
	public static final String NAME = "verbatimStemming";

	/**
	 * Words remembered, for every thread that analyses with this factory's analyzer (one
	 * map, so that request threads analysing queries add no memory of their own); the map
	 * is emptied when full, which costs a little stemming, never a wrong stem. A few
	 * megabytes of ordinary words, 20 MB at worst (tokens are 255 characters at most).
	 */
	static final int CACHE_SIZE = 20_000;

	private final Map<String, String> stems = new ConcurrentHashMap<>();

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
		return new StemmingFilter(input, this.stems);
	}

	static final class StemmingFilter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

		// A stemmer works in a buffer of its own: one pair per filter, so per thread.
		private final SnowballStemmer english = new EnglishStemmer();

		private final SnowballStemmer russian = new RussianStemmer();

		private final Map<String, String> stems;

		StemmingFilter(TokenStream input, Map<String, String> stems) {
			super(input);
			this.stems = stems;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			if (this.keyword.isKeyword()) {
				return true;
			}
			String word = this.term.toString();
			String stem = this.stems.get(word);
			if (stem == null) {
				stem = stem(this.russian, stem(this.english, word));
				if (this.stems.size() >= CACHE_SIZE) {
					this.stems.clear();
				}
				this.stems.put(word, stem);
			}
			this.term.setEmpty().append(stem);
			return true;
		}

		private static String stem(SnowballStemmer stemmer, String word) {
			stemmer.setCurrent(word);
			stemmer.stem();
			return stemmer.getCurrent();
		}

	}

}
