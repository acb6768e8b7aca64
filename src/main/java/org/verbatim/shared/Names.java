package org.verbatim.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises names for case- and accent-insensitive lookup. The same function fills the
 * {@code normalized_name} columns (a test checks the seed against it) and normalises what
 * clients send.
 */
public final class Names {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Names() {
	}

	/**
	 * Lower case, without diacritics (NFD then combining marks removed, so "é" and "e",
	 * "Лукашэнка" and "лукашэнка" meet), punctuation and runs of space folded to one
	 * space.
	 */
	public static String normalize(String name) {
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
		String unmarked = MARKS.matcher(decomposed).replaceAll("");
		String folded = NOT_LETTERS.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
		return Normalizer.normalize(folded, Normalizer.Form.NFC);
	}

	/**
	 * A slug's words as a name: "aleksandr-lukashenko" reads as "aleksandr lukashenko".
	 */
	public static String fromSlug(String slug) {
		return normalize(slug.replace('-', ' '));
	}

}
