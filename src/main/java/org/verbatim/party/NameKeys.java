package org.verbatim.party;

import java.util.Arrays;
import java.util.List;

import com.ibm.icu.text.Transliterator;
import org.verbatim.shared.Names;

/**
 * Names reduced to comparable Latin keys: transliterated with ICU (the same transform the
 * {@code name} analyzer of the index applies), normalised, split into words. Two words
 * match when equal, or one edit apart when the query word has five letters or more.
 */
final class NameKeys {

	/** The ICU transform of the index's {@code name} analyzer (see SearchAnalysis). */
	static final String TRANSLITERATION = "Any-Latin; Latin-ASCII; Lower";

	private static final Transliterator LATIN = Transliterator.getInstance(TRANSLITERATION);

	static final int FUZZY_FROM_LENGTH = 5;

	private NameKeys() {
	}

	static List<String> words(String name) {
		String latin;
		synchronized (LATIN) {
			latin = LATIN.transliterate(name);
		}
		String normalized = Names.normalize(latin);
		return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
	}

	/** Whether every word of the query matches some word of the name. */
	static boolean matches(List<String> queryWords, List<String> nameWords) {
		return !queryWords.isEmpty()
				&& queryWords.stream().allMatch(q -> nameWords.stream().anyMatch(n -> wordMatches(q, n)));
	}

	static boolean wordMatches(String query, String word) {
		if (query.equals(word)) {
			return true;
		}
		return query.length() >= FUZZY_FROM_LENGTH && withinOneEdit(query, word);
	}

	/**
	 * At most one edit as Lucene's fuzzy queries count them: one letter added, dropped or
	 * changed, or two neighbours swapped.
	 */
	static boolean withinOneEdit(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		if (a.length() == b.length()) {
			int first = 0;
			while (first < a.length() && a.charAt(first) == b.charAt(first)) {
				first++;
			}
			if (first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
					&& a.charAt(first + 1) == b.charAt(first)
					&& a.substring(first + 2).equals(b.substring(first + 2))) {
				return true;
			}
		}
		int i = 0;
		int j = 0;
		boolean edited = false;
		while (i < a.length() && j < b.length()) {
			if (a.charAt(i) == b.charAt(j)) {
				i++;
				j++;
				continue;
			}
			if (edited) {
				return false;
			}
			edited = true;
			if (a.length() > b.length()) {
				i++;
			}
			else if (a.length() < b.length()) {
				j++;
			}
			else {
				i++;
				j++;
			}
		}
		return !edited || (i == a.length() && j == b.length());
	}

}
