package org.verbatim.shared;

import java.util.regex.Pattern;

/**
 * Slugs are the stable public identifiers in URLs: lower-case words joined by hyphens.
 */
public final class Slugs {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private Slugs() {
	}

	public static String require(String slug) {
		if (!SLUG.matcher(slug).matches()) {
			throw new IllegalArgumentException("Not a slug (lower-case words joined by '-'): " + slug);
		}
		return slug;
	}

}
