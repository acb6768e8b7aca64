package org.verbatim.search;

import java.util.regex.Pattern;

import org.verbatim.web.InvalidParameterException;

/**
 * The {@code q} of a search, checked and put into the syntax of Lucene's simple query
 * string: words (all required), "exact phrases", {@code -excluded} words, and {@code OR}
 * between alternatives (written {@code |} there).
 */
final class SearchQueryText {

	static final int MAX_LENGTH = 500;

	static final String ACCEPTED = "words (all must match; English words match their other forms), \"an exact phrase\", "
			+ "-word to exclude, and OR between alternatives; at most " + MAX_LENGTH + " characters, with at least one "
			+ "word that is not excluded and quotation marks in pairs";

	private static final Pattern OR = Pattern.compile("(?<=\\s)OR(?=\\s)");

	private static final Pattern SYNTAX = Pattern.compile("[|+*~()\\\\]");

	private SearchQueryText() {
	}

	/**
	 * The simple-query-string form of what the client typed, or a 400 naming {@code q}.
	 */
	static String parse(String q) {
		String text = q.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			throw invalid(q);
		}
		if (text.chars().filter(c -> c == '"').count() % 2 != 0) {
			throw invalid(q);
		}
		// Lucene's own operators are not part of the documented language: take them as
		// text.
		String escaped = SYNTAX.matcher(text).replaceAll(" ");
		StringBuilder result = new StringBuilder();
		boolean positive = false;
		String[] parts = escaped.split("\"", -1);
		for (int i = 0; i < parts.length; i++) {
			if (i % 2 == 1) {
				if (!parts[i].isBlank()) {
					positive = true;
				}
				result.append('"').append(parts[i]).append('"');
				continue;
			}
			String outside = OR.matcher(" " + parts[i] + " ").replaceAll("|");
			for (String word : outside.split("\\s+")) {
				if (!word.isEmpty() && !word.equals("-") && !word.startsWith("-") && !word.equals("|")) {
					positive = true;
				}
			}
			result.append(outside);
		}
		if (!positive) {
			throw invalid(q);
		}
		return result.toString().strip();
	}

	private static InvalidParameterException invalid(String q) {
		return new InvalidParameterException("q", q, ACCEPTED);
	}

}
