package org.verbatim.search;

import java.util.ArrayList;
import java.util.List;
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

	private static final Pattern SYNTAX = Pattern.compile("[|+*~()\\\\]");

	private SearchQueryText() {
	}

	/**
	 * The simple-query-string form of what the client typed, or a 400 naming {@code q}.
	 * The text is read as a list of terms: words and "phrases", each possibly preceded by
	 * {@code -}, and the word {@code OR} between two terms.
	 */
	static String parse(String q) {
		String text = q.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH || text.chars().filter(c -> c == '"').count() % 2 != 0) {
			throw invalid(q);
		}
		// Lucene's own operators are not part of the documented language: read them as
		// spaces.
		String plain = SYNTAX.matcher(text).replaceAll(" ");
		List<String> terms = new ArrayList<>();
		boolean positive = false;
		int i = 0;
		while (i < plain.length()) {
			char c = plain.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			boolean negated = false;
			if (c == '-') {
				negated = true;
				i++;
				if (i >= plain.length() || Character.isWhitespace(plain.charAt(i))) {
					continue;
				}
			}
			String term;
			if (plain.charAt(i) == '"') {
				int close = plain.indexOf('"', i + 1);
				String phrase = plain.substring(i + 1, close).strip();
				i = close + 1;
				if (phrase.isEmpty()) {
					continue;
				}
				term = '"' + phrase + '"';
			}
			else {
				int end = i;
				while (end < plain.length() && !Character.isWhitespace(plain.charAt(end)) && plain.charAt(end) != '"') {
					end++;
				}
				term = plain.substring(i, end);
				i = end;
				// The last dash of a word (a-) would negate nothing in Lucene: drop it.
				term = term.replaceAll("-+$", "");
				if (term.isEmpty()) {
					continue;
				}
				if (!negated && term.equals("OR")) {
					terms.add("|");
					continue;
				}
			}
			positive |= !negated;
			terms.add(negated ? "-" + term : term);
		}
		// An OR at either end, or twice in a row, joins nothing.
		while (!terms.isEmpty() && terms.get(0).equals("|")) {
			terms.remove(0);
		}
		while (!terms.isEmpty() && terms.get(terms.size() - 1).equals("|")) {
			terms.remove(terms.size() - 1);
		}
		if (!positive) {
			throw invalid(q);
		}
		return String.join(" ", terms).replaceAll("(\\| )+\\|", "|");
	}

	private static InvalidParameterException invalid(String q) {
		return new InvalidParameterException("q", q, ACCEPTED);
	}

}
