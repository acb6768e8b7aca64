package org.verbatim.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.verbatim.search.PageHighlighter.Fragment;

/**
 * Passages as HTML whose only markup is {@code <mark>} tags: the stored text is escaped
 * (it may hold markup of its own, which a page rendering highlights must not run),
 * fragments trimmed, plus the span of each mark in the unescaped text. Behind
 * {@link LuceneIndex}, for {@link PageHighlighter}.
 */
final class PassageFragments extends PassageFormatter {

	private static final String OPEN = "<mark>";

	private static final String CLOSE = "</mark>";

	@Override
	public Object format(Passage[] passages, String content) {
		List<Fragment> fragments = new ArrayList<>(passages.length);
		for (Passage passage : passages) {
			StringBuilder text = new StringBuilder();
			List<int[]> marks = new ArrayList<>();
			int pos = passage.getStartOffset();
			for (int i = 0; i < passage.getNumMatches(); i++) {
				int start = passage.getMatchStarts()[i];
				escape(text, content, pos, start);
				int end = passage.getMatchEnds()[i];
				// Overlapping matches make one mark.
				while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
					end = passage.getMatchEnds()[++i];
				}
				end = Math.min(end, passage.getEndOffset());
				text.append(OPEN);
				escape(text, content, start, end);
				text.append(CLOSE);
				marks.add(new int[] { start, end });
				pos = end;
			}
			escape(text, content, pos, Math.max(pos, passage.getEndOffset()));
			fragments.add(new Fragment(text.toString().trim(), marks));
		}
		return fragments;
	}

	/**
	 * Appends content[from, to) escaped for HTML element content (quotes need no escaping
	 * there, and speeches keep their apostrophes readable).
	 */
	private static void escape(StringBuilder html, String content, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = content.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				default -> html.append(c);
			}
		}
	}

}
