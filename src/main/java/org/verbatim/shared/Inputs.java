package org.verbatim.shared;

import java.util.IllformedLocaleException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Checks of request fields that name the field (as a JSON Pointer) and what is accepted,
 * so that a bad body gets a 422 the editor can act on rather than a constraint error of
 * the database.
 */
public final class Inputs {

	private Inputs() {
	}

	/** A required text of at most {@code max} characters, not blank. */
	public static String required(@Nullable String value, String pointer, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(pointer, "Required: a non-blank text of at most " + max + " characters.");
		}
		return optional(value, pointer, max);
	}

	/** An optional text of at most {@code max} characters; blank counts as absent. */
	public static @Nullable String optional(@Nullable String value, String pointer, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.codePointCount(0, value.length()) > max) {
			throw new InvalidInputException(pointer, "Too long: " + value.codePointCount(0, value.length())
					+ " characters where at most " + max + " are accepted.");
		}
		return value;
	}

	/**
	 * A well-formed BCP 47 language tag, such as {@code en}, {@code ru} or
	 * {@code be-Latn}.
	 */
	public static String languageTag(@Nullable String value, String pointer) {
		String tag = required(value, pointer, 35);
		try {
			new Locale.Builder().setLanguageTag(tag);
			return tag;
		}
		catch (IllformedLocaleException ex) {
			throw new InvalidInputException(pointer,
					"'" + tag + "' is not a BCP 47 language tag. Accepted: e.g. en, " + "ru, be, ru-Cyrl, be-Latn.");
		}
	}

	public static <T> T present(@Nullable T value, String pointer, String accepted) {
		if (value == null) {
			throw new InvalidInputException(pointer, "Required: " + accepted + ".");
		}
		return value;
	}

}
