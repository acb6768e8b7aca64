package org.verbatim.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Request fields checked with the pointer to name and what is accepted. */
class InputsTests {

	private static void assertRefused(Runnable check, String pointer, String detail) {
		assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.errors()).containsExactly(new InvalidInputException.InputError(pointer, detail)));
	}

	@Test
	void aRequiredTextIsNotBlankAndAtMostItsLengthInCodePoints() {
		assertThat(Inputs.required("Minsk", "/title", 5)).isEqualTo("Minsk");
		// Two emoji are two characters, not four UTF-16 units.
		assertThat(Inputs.required("😀😀", "/title", 2)).isEqualTo("😀😀");
		for (String blank : new String[] { null, "", "  " }) {
			assertRefused(() -> Inputs.required(blank, "/title", 5), "/title",
					"Required: a non-blank text of at most 5 characters.");
		}
		assertRefused(() -> Inputs.required("Minsk!", "/title", 5), "/title",
				"Too long: 6 characters where at most 5 are accepted.");
	}

	@Test
	void anOptionalBlankTextIsAbsent() {
		assertThat(Inputs.optional(null, "/subtitle", 5)).isNull();
		assertThat(Inputs.optional(" ", "/subtitle", 5)).isNull();
		assertThat(Inputs.optional("Brest", "/subtitle", 5)).isEqualTo("Brest");
		assertRefused(() -> Inputs.optional("Vitebsk", "/subtitle", 5), "/subtitle",
				"Too long: 7 characters where at most 5 are accepted.");
	}

	@Test
	void aLanguageIsAWellFormedTag() {
		assertThat(Inputs.languageTag("be-Latn", "/language")).isEqualTo("be-Latn");
		assertRefused(() -> Inputs.languageTag("english!", "/language"), "/language",
				"'english!' is not a BCP 47 language tag. Accepted: e.g. en, ru, be, ru-Cyrl, be-Latn.");
		assertRefused(() -> Inputs.languageTag(null, "/language"), "/language",
				"Required: a non-blank text of at most 35 characters.");
	}

	@Test
	void aPresentValueIsReturnedAndAMissingOneNamed() {
		assertThat(Inputs.present(7, "/kind", "a kind")).isEqualTo(7);
		assertRefused(() -> Inputs.present(null, "/kind", "one of speech, article"), "/kind",
				"Required: one of speech, article.");
	}

}
