package org.verbatim.search;

import java.util.ArrayList;
import java.util.List;

import org.verbatim.shared.Span;

/**
 * Turns a highlighted fragment back into positions: where the fragment stands in the text
 * it was cut from, and so where each marked word stands, in code points.
 */
final class HighlightOffsets {

	static final String OPEN = "<mark>";

	static final String CLOSE = "</mark>";

	private HighlightOffsets() {
	}

	/**
	 * The spans of the marked words of {@code fragment} in {@code text}, shifted by
	 * {@code base} code points; empty if the fragment is not found verbatim in the text.
	 * @param occurrence which appearance of the passage the fragment is, from 0: a text
	 * may print a passage twice (a pull quote), and the highlighter then returns it twice
	 */
	static List<Span> in(String text, String fragment, int base, int occurrence) {
		StringBuilder plain = new StringBuilder();
		List<int[]> marks = new ArrayList<>();
		int i = 0;
		while (i < fragment.length()) {
			int open = fragment.indexOf(OPEN, i);
			if (open < 0) {
				plain.append(fragment, i, fragment.length());
				break;
			}
			int close = fragment.indexOf(CLOSE, open);
			if (close < 0) {
				plain.append(fragment, i, fragment.length());
				break;
			}
			plain.append(fragment, i, open);
			int start = plain.length();
			plain.append(fragment, open + OPEN.length(), close);
			marks.add(new int[] { start, plain.length() });
			i = close + CLOSE.length();
		}
		int at = text.indexOf(plain.toString());
		for (int n = 0; n < occurrence && at >= 0; n++) {
			at = text.indexOf(plain.toString(), at + 1);
		}
		if (at < 0 || marks.isEmpty()) {
			return List.of();
		}
		List<Span> spans = new ArrayList<>();
		for (int[] mark : marks) {
			int start = text.codePointCount(0, at + mark[0]);
			int end = text.codePointCount(0, at + mark[1]);
			if (end > start) {
				spans.add(new Span(base + start, base + end));
			}
		}
		return spans;
	}

}
