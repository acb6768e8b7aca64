package org.verbatim.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Resolves W3C selectors against a text to a verified span in Unicode code points. A span
 * must select whole characters: it may not split a surrogate pair or leave a combining
 * mark behind its base letter.
 */
public final class Anchoring {

	private static final int CONTEXT = 24;

	private final String text;

	/** The UTF-16 index of each code point, and the text's length at the end. */
	private final int[] starts;

	public Anchoring(String text) {
		this.text = text;
		this.starts = new int[text.codePointCount(0, text.length()) + 1];
		int cp = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			this.starts[cp++] = i;
		}
		this.starts[cp] = text.length();
	}

	public String text() {
		return this.text;
	}

	/** The length of the text in code points. */
	public int length() {
		return this.starts.length - 1;
	}

	public String cut(Span span) {
		return this.text.substring(this.starts[span.start()], this.starts[span.end()]);
	}

	/**
	 * The one span every selector of the target selects.
	 * @param pointer the JSON Pointer of the target in the request, for errors
	 * @throws InvalidInputException when a selector is malformed, selects nothing, or the
	 * selectors leave more than one span or disagree
	 */
	public Span resolve(@Nullable TargetInput target, String pointer) {
		if (target == null || target.selector() == null || target.selector().isEmpty()) {
			throw new InvalidInputException(pointer,
					"A target needs a selector: a TextQuoteSelector and/or a TextPositionSelector.");
		}
		List<TextSelector> selectors = target.selector();
		List<Span> candidates = null;
		for (int i = 0; i < selectors.size(); i++) {
			String at = pointer + "/selector/" + i;
			TextSelector selector = selectors.get(i);
			List<Span> selected = (selector instanceof TextSelector.TextQuote quote) ? select(quote, at)
					: List.of(select((TextSelector.TextPosition) selector, at));
			if (candidates == null) {
				candidates = selected;
				continue;
			}
			List<Span> agreed = new ArrayList<>(candidates);
			agreed.retainAll(selected);
			if (agreed.isEmpty()) {
				throw new InvalidInputException(at, "The selectors of this target disagree: this one selects "
						+ describe(selected) + ", the ones before it select " + describe(candidates) + ".");
			}
			candidates = agreed;
		}
		if (candidates.size() > 1) {
			throw new InvalidInputException(pointer + "/selector",
					"The selectors match " + candidates.size() + " places in the text: " + describe(candidates)
							+ ". Add a prefix or suffix to the TextQuoteSelector, or a TextPositionSelector, "
							+ "to say which one is meant.");
		}
		return candidates.get(0);
	}

	/** Every place these exact words stand in the text as whole characters. */
	public List<Span> findAll(String exact) {
		List<Span> spans = new ArrayList<>();
		if (exact.isEmpty()) {
			return spans;
		}
		for (int i = this.text.indexOf(exact); i >= 0; i = this.text.indexOf(exact, i + 1)) {
			int end = i + exact.length();
			if (whole(i) && whole(end)) {
				spans.add(new Span(codePoint(i), codePoint(end)));
			}
		}
		return spans;
	}

	/**
	 * Where words that stood at {@code spans} of {@code old} stand in this text. Spans
	 * before the first change or after the last one keep their place (shifted by the
	 * change in length); a span inside the changed part goes to where its words now
	 * stand, if that is one place not taken by another occurrence.
	 * @return the new spans in order, or empty when the words cannot be placed
	 * unambiguously
	 */
	public List<Span> relocate(Anchoring old, String words, List<Span> spans) {
		int common = 0;
		int limit = Math.min(old.text.length(), this.text.length());
		while (common < limit && old.text.charAt(common) == this.text.charAt(common)) {
			common++;
		}
		int tail = 0;
		while (tail < limit - common
				&& old.text.charAt(old.text.length() - 1 - tail) == this.text.charAt(this.text.length() - 1 - tail)) {
			tail++;
		}
		// In code points, and never inside a character.
		int prefix = old.codePointFloor(common);
		int suffixStart = old.codePointCeil(old.text.length() - tail);
		int shift = length() - old.length();
		List<Span> moved = new ArrayList<>();
		List<Span> unplaced = new ArrayList<>();
		for (Span span : spans) {
			if (span.end() <= prefix) {
				moved.add(span);
			}
			else if (span.start() >= suffixStart) {
				moved.add(new Span(span.start() + shift, span.end() + shift));
			}
			else {
				unplaced.add(span);
			}
		}
		if (!unplaced.isEmpty()) {
			List<Span> free = new ArrayList<>(findAll(words));
			free.removeAll(moved);
			if (free.size() != unplaced.size()) {
				return List.of();
			}
			moved.addAll(free);
		}
		if (!moved.stream().allMatch(span -> span.end() <= length() && cut(span).equals(words))) {
			return List.of();
		}
		moved.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return moved;
	}

	private int codePointFloor(int index) {
		int cp = Arrays.binarySearch(this.starts, index);
		return (cp >= 0) ? cp : -cp - 2;
	}

	private int codePointCeil(int index) {
		int cp = Arrays.binarySearch(this.starts, index);
		return (cp >= 0) ? cp : -cp - 1;
	}

	private List<Span> select(TextSelector.TextQuote quote, String pointer) {
		String exact = quote.exact();
		if (exact == null || exact.isEmpty()) {
			throw new InvalidInputException(pointer + "/exact", "A TextQuoteSelector needs non-empty `exact` words.");
		}
		String prefix = (quote.prefix() != null) ? quote.prefix() : "";
		String suffix = (quote.suffix() != null) ? quote.suffix() : "";
		int found = 0;
		List<Span> matches = new ArrayList<>();
		for (int i = this.text.indexOf(exact); i >= 0; i = this.text.indexOf(exact, i + 1)) {
			int end = i + exact.length();
			if (!whole(i) || !whole(end)) {
				continue;
			}
			found++;
			if (this.text.startsWith(prefix, i - prefix.length()) && this.text.startsWith(suffix, end)) {
				matches.add(new Span(codePoint(i), codePoint(end)));
			}
		}
		if (matches.isEmpty()) {
			String why = (found == 0) ? "The words of `exact` do not occur in the text (as whole characters)"
					: "The words of `exact` occur " + times(found) + ", but never with this prefix and suffix";
			throw new InvalidInputException(pointer, why + ": '" + abbreviate(exact) + "'.");
		}
		return matches;
	}

	private Span select(TextSelector.TextPosition position, String pointer) {
		Integer start = position.start();
		Integer end = position.end();
		if (start == null || end == null) {
			throw new InvalidInputException(pointer, "A TextPositionSelector needs `start` and `end`.");
		}
		if (start < 0 || end <= start || end > length()) {
			throw new InvalidInputException(pointer, "[" + start + ", " + end + ") is not a span of this text: it "
					+ "needs 0 <= start < end <= " + length() + " (the text's length in code points).");
		}
		for (int offset : new int[] { start, end }) {
			if (!whole(this.starts[offset])) {
				throw new InvalidInputException(pointer, "Offset " + offset + " falls between a letter and its "
						+ "combining mark; a span must select whole characters.");
			}
		}
		return new Span(start, end);
	}

	/**
	 * Whether a UTF-16 index is a character boundary: not inside a surrogate pair, and
	 * not just before a combining mark.
	 */
	private boolean whole(int index) {
		if (index <= 0 || index >= this.text.length()) {
			return true;
		}
		if (Character.isLowSurrogate(this.text.charAt(index))
				&& Character.isHighSurrogate(this.text.charAt(index - 1))) {
			return false;
		}
		int type = Character.getType(this.text.codePointAt(index));
		return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
				&& type != Character.COMBINING_SPACING_MARK;
	}

	private int codePoint(int index) {
		int cp = Arrays.binarySearch(this.starts, index);
		if (cp < 0) {
			throw new IllegalStateException("not a code point boundary: " + index);
		}
		return cp;
	}

	private String describe(List<Span> spans) {
		return spans.stream()
			.limit(5)
			.map(span -> "[" + span.start() + ", " + span.end() + ") '" + abbreviate(cut(span)) + "'")
			.collect(Collectors.joining(", ")) + ((spans.size() > 5) ? ", ..." : "");
	}

	private static String times(int n) {
		return (n == 1) ? "once" : n + " times";
	}

	private static String abbreviate(String words) {
		return (words.codePointCount(0, words.length()) <= CONTEXT * 2) ? words
				: words.substring(0, words.offsetByCodePoints(0, CONTEXT)) + "…";
	}

}
