package org.verbatim.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.web.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTextTests {

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", textBlock = """
			electricity                        => electricity
			integration  economy               => integration economy
			"Union State"                      => "Union State"
			union -"Union State"               => union -"Union State"
			electricity -agreement             => electricity -agreement
			electricity OR oil                 => electricity | oil
			OR electricity OR                  => electricity
			a OR OR b                          => a | b
			a|b*                               => a b
			co-operation                       => co-operation
			x - y                              => x y
			-x y                               => -x y
			""")
	void readsTheDocumentedLanguage(String q, String expected) {
		assertThat(SearchQueryText.parse(q)).isEqualTo(expected.strip());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "\"unbalanced", "-excluded", "-\"a phrase\"", "-a -b", "OR", "\"\"", "- -" })
	void refusesWhatFindsNothingPositive(String q) {
		assertThatThrownBy(() -> SearchQueryText.parse(q)).isInstanceOfSatisfying(InvalidParameterException.class,
				ex -> assertThat(ex.parameter()).isEqualTo("q"));
	}

	@Test
	void aQueryHasAtMostFiveHundredCharactersBesideTheSpaceAroundIt() {
		String longest = "a".repeat(SearchQueryText.MAX_LENGTH - 2) + " b";
		assertThat(SearchQueryText.MAX_LENGTH).isEqualTo(500);
		assertThat(SearchQueryText.parse("  " + longest + "\n")).isEqualTo(longest);
		assertThatThrownBy(() -> SearchQueryText.parse(longest + "c")).isInstanceOfSatisfying(
				InvalidParameterException.class,
				ex -> assertThat(ex.accepted()).isEqualTo(SearchQueryText.ACCEPTED).contains("at most 500 characters"));
	}

}
