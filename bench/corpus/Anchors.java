package corpus;

import static corpus.Vocabulary.CONTEXT;

import corpus.ImportLine.TextPositionSelector;
import corpus.ImportLine.TextQuoteSelector;

/** Selectors that anchor a span of one document's text, as the API counts offsets. */
final class Anchors {

	/** A span of the text: char offsets and the code point offset of its start. */
	record Span(int start, int end, int cpStart) {
	}

	private final String text;

	private final int codePoints;

	Anchors(String text, int codePoints) {
		this.text = text;
		this.codePoints = codePoints;
	}

	String text() {
		return this.text;
	}

	/**
	 * The span with up to 32 code points of context each side, or null when prefix + exact +
	 * suffix occurs more than once in the text.
	 */
	TextQuoteSelector quote(Span span) {
		String text = this.text;
		int before = Math.min(CONTEXT, span.cpStart());
		int prefixStart = text.offsetByCodePoints(span.start(), -before);
		int spanCp = text.codePointCount(span.start(), span.end());
		int after = Math.min(CONTEXT, this.codePoints - span.cpStart() - spanCp);
		int suffixEnd = text.offsetByCodePoints(span.end(), after);
		String whole = text.substring(prefixStart, suffixEnd);
		if (text.indexOf(whole) != prefixStart || text.indexOf(whole, prefixStart + 1) >= 0) {
			return null;
		}
		return new TextQuoteSelector(text.substring(span.start(), span.end()), text.substring(prefixStart, span.start()),
				text.substring(span.end(), suffixEnd));
	}

	TextPositionSelector position(Span span) {
		return new TextPositionSelector(span.cpStart(),
				span.cpStart() + this.text.codePointCount(span.start(), span.end()));
	}

	/** A clause of a sentence: around its first comma or colon, without end punctuation. */
	Span clause(Span sentence) {
		String s = this.text.substring(sentence.start(), sentence.end());
		int end = s.length();
		while (end > 0 && ".?!»".indexOf(s.charAt(end - 1)) >= 0) {
			end--;
		}
		int start = 0;
		int comma = indexOfAny(s, ", ", ": ");
		if (comma > 0 && comma < end) {
			int head = comma;
			int tailStart = comma + 2;
			if (Words.countWords(s.substring(tailStart, end)) >= 3) {
				start = tailStart;
			}
			else if (Words.countWords(s.substring(0, head)) >= 3) {
				end = head;
			}
		}
		if (end <= start) {
			return sentence;
		}
		int cpStart = sentence.cpStart() + s.codePointCount(0, start);
		return new Span(sentence.start() + start, sentence.start() + end, cpStart);
	}

	private static int indexOfAny(String s, String a, String b) {
		int i = s.indexOf(a);
		int j = s.indexOf(b);
		if (i < 0) {
			return j;
		}
		return (j < 0) ? i : Math.min(i, j);
	}

}
