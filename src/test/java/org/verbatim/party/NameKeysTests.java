package org.verbatim.party;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTests {

	@ParameterizedTest
	@CsvSource({ "lukashenko, lukashenko, true", "lukashenkp, lukashenko, true", "lukashnko, lukashenko, true",
			"lukkashenko, lukashenko, true", "federatoin, federation, true", "lukashenko, lukasenko, true",
			"lukashneko, lukashenko, true", "lukasenka, lukashenko, false", "putn, putin, true",
			"lukas, lukashenko, false", "abc, abd, true", "ab, ba, true", "abcd, badc, false" })
	void oneEditApart(String a, String b, boolean expected) {
		assertThat(NameKeys.withinOneEdit(a, b)).as("%s ~ %s", a, b).isEqualTo(expected);
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

}
