package org.verbatim.shared;

import com.ibm.icu.text.Transliterator;
import org.jspecify.annotations.Nullable;
import java.util.regex.Pattern;

/**
 * Slugs are the stable public identifiers in URLs: lower-case words joined by hyphens.
 */
public final class Slugs {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private Slugs() {
	}

	private static final int MAX_LENGTH = 100;

	// Any-Latin first so that Cyrillic titles give readable slugs ("Речь" -> "rec").
	private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

	public static boolean isSlug(@Nullable String text) {
		return text != null && text.length() <= MAX_LENGTH && SLUG.matcher(text).matches();
	}

	/**
	 * A slug made from a title or name: ASCII words joined by hyphens, at most 100
	 * characters.
	 */
	public static String from(String text) {
		String ascii = TO_ASCII.get().transliterate(text);
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-[a-z0-9]*$", "");
		}
		return slug;
	}

	/**
	 * The slug given, checked, or else one made from {@code name}.
	 * @throws InvalidInputException naming {@code pointer} when neither gives a slug
	 */
	public static String givenOrFrom(@Nullable String slug, @Nullable String name, String pointer) {
		if (slug != null) {
			if (!isSlug(slug)) {
				throw new InvalidInputException(pointer + "/slug",
						"'" + slug + "' is not a slug. Accepted: lower-case "
								+ "letters a-z and digits, in words joined by single hyphens, at most " + MAX_LENGTH
								+ " characters, e.g. 'aleksandr-lukashenko'.");
			}
			return slug;
		}
		String made = (name != null) ? from(name) : "";
		if (made.isEmpty()) {
			throw new InvalidInputException(pointer + "/slug", "No slug given and none can be made from the name; "
					+ "give a slug of lower-case words joined by hyphens.");
		}
		return made;
	}

	public static String require(String slug) {
		if (!SLUG.matcher(slug).matches()) {
			throw new IllegalArgumentException("Not a slug (lower-case words joined by '-'): " + slug);
		}
		return slug;
	}

}
