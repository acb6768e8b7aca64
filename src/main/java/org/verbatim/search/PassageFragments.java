package org.verbatim.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.verbatim.search.PageHighlighter.Fragment;

/**
 * Passages as Hibernate Search's unified highlighter formats them ({@code <mark>} tags,
 * an encoder that leaves text as it is, fragments trimmed), plus the span of each mark.
 * Behind {@link LuceneIndex}, for {@link PageHighlighter}.
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
				text.append(content, pos, start);
				int end = passage.getMatchEnds()[i];
				// Overlapping matches make one mark.
				while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
					end = passage.getMatchEnds()[++i];
				}
				end = Math.min(end, passage.getEndOffset());
				text.append(OPEN).append(content, start, end).append(CLOSE);
				marks.add(new int[] { start, end });
				pos = end;
			}
			text.append(content, pos, Math.max(pos, passage.getEndOffset()));
			fragments.add(new Fragment(text.toString().trim(), marks));
		}
		return fragments;
	}

}
