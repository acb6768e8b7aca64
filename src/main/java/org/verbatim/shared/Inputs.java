package org.verbatim.shared;

import org.jspecify.annotations.Nullable;

/**
 * Checks of request fields that name the field (as a JSON Pointer) and what is accepted,
 * so that a bad body gets a 422 the editor can act on rather than a constraint error of
 * the database. The limits of text fields are {@link Text} annotations on the input
 * records; these are the rules that depend on the rest of the input (a person without a
 * {@code name} is a reference by slug, not a person to create).
 */
public final class Inputs {

	private Inputs() {
	}

	/** A required text of at most {@code max} characters (a {@link Limits} constant). */
	public static String required(@Nullable String value, String pointer, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(pointer, requiredText(max));
		}
		String tooLong = tooLong(value, max);
		if (tooLong != null) {
			throw new InvalidInputException(pointer, tooLong);
		}
		return value;
	}

	/**
	 * An optional text as stored: blank counts as absent. Its length is checked with the
	 * rest of the input ({@link Text}).
	 */
	public static @Nullable String optional(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	public static <T> T present(@Nullable T value, String pointer, String accepted) {
		if (value == null) {
			throw new InvalidInputException(pointer, "Required: " + accepted + ".");
		}
		return value;
	}

	static String requiredText(int max) {
		return "Required: a non-blank text of at most " + max + " characters.";
	}

	/** Why {@code value} is too long, or null when it is not. */
	static @Nullable String tooLong(String value, int max) {
		int length = value.codePointCount(0, value.length());
		return (length > max) ? "Too long: " + length + " characters where at most " + max + " are accepted." : null;
	}

}
