package org.verbatim.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.apache.lucene.analysis.icu.ICUTransformFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.jspecify.annotations.Nullable;

/**
 * The analyzers of the index, named in the entities' mapping.
 * <ul>
 * <li>{@value #TEXT}: words of English, Russian and Belarusian text, folded (case,
 * accents, ICU) and stemmed. The English stemmer only touches Latin words and the Russian
 * one only Cyrillic words, so one analyzer serves texts in either script and queries in
 * either script.</li>
 * <li>{@value #NAME}: names transliterated to Latin with ICU
 * ({@code Any-Latin; Latin-ASCII}), lower case, so that "Лукашенко" and "Lukashenko"
 * meet.</li>
 * <li>{@value #FOLDED}: a normaliser for keyword facets and filters (speaker slugs, group
 * wording).</li>
 * </ul>
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	/**
	 * Bump when an analyzer changes: the index records the version it was built with and
	 * is rebuilt at start-up when it differs.
	 */
	public static final int VERSION = 4;

	public static final String TEXT = "text";

	public static final String NAME = "name";

	public static final String FOLDED = "folded";

	/** The ICU transform names go through, at index and at query time alike. */
	public static final String TRANSLITERATION = "Any-Latin; Latin-ASCII; Lower";

	private static volatile @Nullable Analyzer text;

	/**
	 * The {@value #TEXT} analyzer. Shared by every search mapping of the process (tests
	 * start several): an analyzer is safe across threads, and Hibernate Search does not
	 * close the instances it is given.
	 */
	static Analyzer text() {
		Analyzer analyzer = text;
		if (analyzer == null) {
			synchronized (SearchAnalysis.class) {
				analyzer = text;
				if (analyzer == null) {
					analyzer = newTextAnalyzer();
					text = analyzer;
				}
			}
		}
		return analyzer;
	}

	private static Analyzer newTextAnalyzer() {
		try {
			return CustomAnalyzer.builder()
				.withTokenizer(StandardTokenizerFactory.class)
				// "Rosatom.Along": texts lose the space after a full stop, and
				// Unicode word rules then read one word.
				.addCharFilter(MissingSpaceCharFilterFactory.class)
				.addTokenFilter(EnglishPossessiveFilterFactory.class)
				.addTokenFilter(ICUFoldingFilterFactory.class)
				// English, then Russian, as two Snowball filters would.
				.addTokenFilter(StemmingFilterFactory.class)
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		// One instance for the index's text fields and for documents' texts, which
		// TextWithOffsets analyses itself.
		context.analyzer(TEXT).instance(text());
		context.analyzer(NAME)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(ICUTransformFilterFactory.class)
			.param("id", TRANSLITERATION)
			.tokenFilter(ICUFoldingFilterFactory.class);
		context.normalizer(FOLDED).custom().tokenFilter(ICUFoldingFilterFactory.class);
	}

}
