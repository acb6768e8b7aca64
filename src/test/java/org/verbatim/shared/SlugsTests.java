package org.verbatim.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public identifiers in URLs: made from titles and names, or given and checked. */
class SlugsTests {

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", textBlock = """
			The Only Correct Decision        => the-only-correct-decision
			  --Union State: 2025!--         => union-state-2025
			Émile Zola                       => emile-zola
			Речь о союзном государстве       => rec-o-souznom-gosudarstve
			Аляксандр Лукашэнка              => alaksandr-lukasenka
			""")
	void madeFromATitleInAsciiWordsJoinedByHyphens(String title, String slug) {
		assertThat(Slugs.from(title)).isEqualTo(slug);
		assertThat(Slugs.isSlug(slug)).isTrue();
	}

	@Test
	void aLongTitleIsCutAfterItsLastWholeWordWithinAHundredCharacters() {
		// Words of eight letters: eleven of them and their hyphens fill 98 characters,
		// the twelfth would end at 107.
		String title = "abcdefgh ".repeat(20);
		String slug = Slugs.from(title);
		assertThat(slug).isEqualTo(("abcdefgh-".repeat(11)).substring(0, 98));
		assertThat(Slugs.isSlug(slug)).isTrue();
		// Exactly a hundred characters: kept whole.
		String hundred = "a".repeat(49) + "-" + "b".repeat(50);
		assertThat(Slugs.from(hundred)).isEqualTo(hundred);
		// A hundred and one: the last word goes.
		assertThat(Slugs.from(hundred + "c")).isEqualTo("a".repeat(49));
	}

	@Test
	void aSlugIsLowerCaseWordsJoinedBySingleHyphensOfAtMostAHundredCharacters() {
		assertThat(Slugs.isSlug("aleksandr-lukashenko")).isTrue();
		assertThat(Slugs.isSlug("v2")).isTrue();
		assertThat(Slugs.isSlug("x".repeat(100))).isTrue();
		assertThat(Slugs.isSlug("x".repeat(101))).isFalse();
		assertThat(Slugs.isSlug(null)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Upper", "two--hyphens", "-leading", "trailing-", "under_score", "space d", "é" })
	void otherTextIsNoSlug(String text) {
		assertThat(Slugs.isSlug(text)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> Slugs.require(text))
			.withMessage("Not a slug (lower-case words joined by '-'): " + text);
	}

	@Test
	void requireReturnsASlug() {
		assertThat(Slugs.require("union-state")).isEqualTo("union-state");
	}

	@Test
	void aGivenSlugIsCheckedAndWinsOverTheName() {
		assertThat(Slugs.givenOrFrom("lukashenko", "Aleksandr Lukashenko", "/person")).isEqualTo("lukashenko");
		assertThat(Slugs.givenOrFrom(null, "Aleksandr Lukashenko", "/person")).isEqualTo("aleksandr-lukashenko");
		assertThatThrownBy(() -> Slugs.givenOrFrom("Lukashenko", "Aleksandr Lukashenko", "/authors/0/person"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.containsExactly(new InvalidInputException.InputError("/authors/0/person/slug",
						"'Lukashenko' is not a slug. Accepted: lower-case letters a-z and digits, in words "
								+ "joined by single hyphens, at most 100 characters, e.g. 'aleksandr-lukashenko'.")));
	}

	@Test
	void withoutASlugTheNameMustGiveOne() {
		for (String name : new String[] { null, "", "!!! ???" }) {
			assertThatThrownBy(() -> Slugs.givenOrFrom(null, name, "/topics/2")).isInstanceOfSatisfying(
					InvalidInputException.class,
					ex -> assertThat(ex.errors()).containsExactly(new InvalidInputException.InputError("/topics/2/slug",
							"No slug given and none can be made from the name; "
									+ "give a slug of lower-case words joined by hyphens.")));
		}
	}

}
