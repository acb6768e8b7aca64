package org.verbatim.shared;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Request fields checked with the pointer to name and what is accepted: the rules of
 * {@link Inputs} and the {@link Text} and {@link LanguageTag} constraints, through a
 * plain Bean Validation validator (no Spring).
 */
class InputsTests {

	private static ValidatorFactory factory;

	private static InputValidator validator;

	@BeforeAll
	static void validator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = new InputValidator(factory.getValidator());
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	private static void assertRefused(Runnable check, InvalidInputException.InputError... errors) {
		assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.errors()).containsExactly(errors));
	}

	private static InvalidInputException.InputError error(String pointer, String detail) {
		return new InvalidInputException.InputError(pointer, detail);
	}

	record Item(@Text(max = 5, required = true) @Nullable String title, @Text(max = 5) @Nullable String subtitle,
			@LanguageTag @Nullable String language) {
	}

	record Items(@Valid @Nullable List<Item> items) {
	}

	@Test
	void aRequiredTextIsNotBlankAndAtMostItsLengthInCodePoints() {
		assertThat(Inputs.required("Minsk", "/title", 5)).isEqualTo("Minsk");
		// Two emoji are two characters, not four UTF-16 units.
		assertThat(Inputs.required("😀😀", "/title", 2)).isEqualTo("😀😀");
		for (String blank : new String[] { null, "", "  " }) {
			assertRefused(() -> Inputs.required(blank, "/title", 5),
					error("/title", "Required: a non-blank text of at most 5 characters."));
		}
		assertRefused(() -> Inputs.required("Minsk!", "/title", 5),
				error("/title", "Too long: 6 characters where at most 5 are accepted."));
	}

	@Test
	void anOptionalBlankTextIsAbsent() {
		assertThat(Inputs.optional(null)).isNull();
		assertThat(Inputs.optional(" ")).isNull();
		assertThat(Inputs.optional("Brest")).isEqualTo("Brest");
	}

	@Test
	void aPresentValueIsReturnedAndAMissingOneNamed() {
		assertThat(Inputs.present(7, "/kind", "a kind")).isEqualTo(7);
		assertRefused(() -> Inputs.present(null, "/kind", "one of speech, article"),
				error("/kind", "Required: one of speech, article."));
	}

	@Test
	void textConstraintsCountCodePointsAndTreatBlankAsAbsent() {
		validator.validate(new Item("😀😀😀😀😀", " ", "be-Latn"), "");
		validator.validate(new Item("Minsk", null, "en"), "");
		assertRefused(() -> validator.validate(new Item(" ", "Vitebsk", "en"), ""),
				error("/subtitle", "Too long: 7 characters where at most 5 are accepted."),
				error("/title", "Required: a non-blank text of at most 5 characters."));
	}

	@Test
	void aLanguageIsARequiredWellFormedTag() {
		assertRefused(() -> validator.validate(new Item("Minsk", null, "english!"), ""), error("/language",
				"'english!' is not a BCP 47 language tag. Accepted: e.g. en, ru, be, ru-Cyrl, be-Latn."));
		assertRefused(() -> validator.validate(new Item("Minsk", null, null), ""),
				error("/language", "Required: a non-blank text of at most 35 characters."));
		assertRefused(() -> validator.validate(new Item("Minsk", null, "x".repeat(36)), ""),
				error("/language", "Too long: 36 characters where at most 35 are accepted."));
	}

	@Test
	void violationsAreNamedByJsonPointerInBodyOrder() {
		List<Item> items = new java.util.ArrayList<>();
		for (int i = 0; i < 11; i++) {
			items.add(new Item("ok", null, "en"));
		}
		items.set(2, new Item("toolong", null, "en"));
		items.set(10, new Item(null, null, "en"));
		// Item 10 after item 2, as numbers rather than text; the prefix says where the
		// input stands in the body.
		assertRefused(() -> validator.validate(new Items(items), "/quotes/0"),
				error("/quotes/0/items/2/title", "Too long: 7 characters where at most 5 are accepted."),
				error("/quotes/0/items/10/title", "Required: a non-blank text of at most 5 characters."));
	}

	@Test
	void aMessageIsTakenWordForWordNotAsAnExpression() {
		// A value with an expression in it must be reported as given, not evaluated.
		assertRefused(() -> validator.validate(new Item("Minsk", null, "${1+1}"), ""), error("/language",
				"'${1+1}' is not a BCP 47 language tag. Accepted: e.g. en, ru, be, ru-Cyrl, be-Latn."));
	}

}
