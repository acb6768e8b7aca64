package org.verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text analyzer's own filters ({@link MissingSpaceCharFilterFactory},
 * {@link StemmingFilterFactory}) replaced Lucene's pattern filter and two Snowball
 * filters to save CPU, on the promise of the same tokens, positions and offsets (indexes
 * built before are kept). Checked here against those Lucene filters, on the seed, on edge
 * cases and on generated text in both scripts.
 */
class SearchAnalysisTests extends ApiTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	/** The analyzer as it was before, from Lucene's own factories. */
	private static Analyzer reference() throws IOException {
		return CustomAnalyzer.builder()
			.withTokenizer(StandardTokenizerFactory.class)
			.addCharFilter(PatternReplaceCharFilterFactory.class, "pattern", "(\\p{Ll})\\.(\\p{Lu})", "replacement",
					"$1. $2")
			.addTokenFilter(EnglishPossessiveFilterFactory.class)
			.addTokenFilter(ICUFoldingFilterFactory.class)
			.addTokenFilter(SnowballPorterFilterFactory.class, "language", "English")
			.addTokenFilter(SnowballPorterFilterFactory.class, "language", "Russian")
			.build();
	}

	private Analyzer text() {
		return Search.mapping(this.entityManagerFactory)
			.backend()
			.unwrap(LuceneBackend.class)
			.analyzer(SearchAnalysis.TEXT)
			.orElseThrow();
	}

	/** Every token as term, start and end offset and position increment. */
	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+"
						+ increment.getPositionIncrement());
			}
			stream.end();
			tokens.add("end@" + stream.getAttribute(OffsetAttribute.class).endOffset());
		}
		return tokens;
	}

	private void assertSameAsReference(List<String> texts) throws IOException {
		Analyzer text = text();
		try (Analyzer reference = reference()) {
			for (String sample : texts) {
				assertThat(tokens(text, sample)).as("tokens of %s", abbreviate(sample))
					.isEqualTo(tokens(reference, sample));
			}
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "..." : text;
	}

	@Test
	void analysesTheSeedAsLucenesFiltersDid() throws IOException {
		String seed = get("/api/v1/documents/" + SearchApiTests.SLUG + "/text").body();
		assertThat(seed).hasSizeGreaterThan(5_000);
		assertThat(tokens(text(), seed)).hasSizeGreaterThan(500);
		assertSameAsReference(List.of(seed));
	}

	@Test
	void analysesEdgeCasesAsLucenesFiltersDid() throws IOException {
		assertSameAsReference(List.of("", ".", "a.B", ".a.B.", "Rosatom.Along the river", "x.Y.Z and a.b.C",
				"ends with a stop.", "Lukashenko's plants' running runners",
				"Лукашенко.Россия и белорусская атомная станция", "станции.Станция", "mixed Минск.Minsk a.Б",
				// Letters outside the basic plane: Deseret small and capital, bold maths.
				"\uD801\uDC28.\uD801\uDC00 word \uD835\uDC1A.\uD835\uDC00 и.\uD801\uDC00",
				"numbers 3.14 and v2.0.Beta, e.g. U.S.A. and U.S.Army", "tab\t.\nnew.Line", "a..B a. B"));
	}

	/**
	 * Generated text in both scripts, through one analyzer instance (its stem cache kept
	 * from text to text), with more distinct words than the cache holds so that it is
	 * emptied on the way.
	 */
	@Test
	void analysesGeneratedTextAsLucenesFiltersDid() throws IOException {
		String[] words = { "nuclear", "power", "plants", "running", "electricity", "agreement's", "states", "атомная",
				"электростанции", "белорусской", "соглашения", "Рэспубліка", "Беларусі", "Минск", "Lukashenko", "Путин",
				"COVID-19", "2011", "Rosatom" };
		Random random = new Random(42);
		List<String> texts = new ArrayList<>();
		for (int t = 0; t < 40; t++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 1_500; w++) {
				if (random.nextInt(3) == 0) {
					text.append(words[random.nextInt(words.length)]);
				}
				else {
					// A made-up word, so that the number of distinct words passes the
					// cache's size.
					boolean cyrillic = random.nextBoolean();
					int length = 2 + random.nextInt(9);
					for (int c = 0; c < length; c++) {
						text.append((char) ((cyrillic ? 'а' : 'a') + random.nextInt(26)));
					}
					if (random.nextInt(4) == 0) {
						text.append(cyrillic ? "ами" : "ing");
					}
				}
				text.append(switch (random.nextInt(12)) {
					case 0 -> ".";
					case 1 -> ", ";
					case 2 -> ". ";
					default -> " ";
				});
				if (random.nextInt(10) == 0) {
					// A stop with no space after it before a capital: "word.Word".
					text.setCharAt(text.length() - 1, '.');
					text.append(Character.toUpperCase(words[random.nextInt(words.length)].charAt(0)));
				}
			}
			texts.add(text.toString());
		}
		int distinct = (int) texts.stream()
			.flatMap(text -> List.of(text.split("[^\\p{L}]+")).stream())
			.distinct()
			.count();
		assertThat(distinct).isGreaterThan(StemmingFilterFactory.CACHE_SIZE);
		assertSameAsReference(texts);
	}

}
