package org.verbatim.party;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTests {

	@ParameterizedTest
	@CsvSource({ "lukashenko, lukashenko, true", "lukashenkp, lukashenko, true", "lukashnko, lukashenko, true",
			"lukkashenko, lukashenko, true", "federatoin, federation, true", "lukashenko, lukasenko, true",
			"lukashneko, lukashenko, true", "lukasenka, lukashenko, false", "putn, putin, true",
			"lukas, lukashenko, false", "abc, abd, true", "ab, ba, true", "abcd, badc, false",
			// A last letter dropped or added, and two changes at the end.
			"lukashenk, lukashenko, true", "lukashenko, lukashenk, true", "lukashenkoo, lukashenko, true",
			"lukashenka, lukashenkoo, false", "lukashenxy, lukashenko, false", "lukashenok, lukashenko, true",
			"ab, abcd, false", "abcd, ab, false", "'', a, true", "a, '', true", "ba, ab, true", "abc, acb, true",
			"abc, cab, false", "abcde, abdcf, false", "abcd, abdc, true" })
	void oneEditApart(String a, String b, boolean expected) {
		assertThat(NameKeys.withinOneEdit(a, b)).as("%s ~ %s", a, b).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "putin, putn, true", "putin, pution, true", "putn, putin, false", "lenin, lenon, true",
			"leni, lena, false", "lenin, lenin, true", "lena, lena, true" })
	void fromFiveLettersAQueryWordMatchesWithOneEdit(String query, String word, boolean expected) {
		assertThat(NameKeys.wordMatches(query, word)).as("%s ~ %s", query, word).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", textBlock = """
			Лукашенко            => lukasenko
			Лукашэнка            => lukasenka
			Аляксандр Шпакоўскі  => alaksandr spakouski
			Alyaksandr Lukashenka => alyaksandr lukashenka
			""")
	void transliteratesToLatinWords(String name, String words) {
		assertThat(NameKeys.words(name)).isEqualTo(List.of(words.split(" ")));
	}

	@ParameterizedTest
	@CsvSource({ "Lukashenkp, Aleksandr Lukashenko, true", "Putn, Vladimir Putin, false", "Лукашенко, Lukashenko, true",
			"Smith, Aleksandr Lukashenko, false" })
	void aQueryMatchesANameWhenEveryWordMatches(String query, String name, boolean expected) {
		assertThat(NameKeys.matches(NameKeys.words(query), NameKeys.words(name))).isEqualTo(expected);
	}

	@Test
	void aQueryWithoutWordsMatchesNothing() {
		assertThat(NameKeys.words(" -- ")).isEmpty();
		assertThat(NameKeys.matches(List.of(), NameKeys.words("Aleksandr Lukashenko"))).isFalse();
		assertThat(NameKeys.matches(NameKeys.words("Lukashenko"), List.of())).isFalse();
	}

}
