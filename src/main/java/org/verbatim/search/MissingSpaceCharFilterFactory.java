package org.verbatim.search;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;

import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Puts back the space a text lost after a full stop ("Rosatom.Along"): where a small
 * letter, a stop and a capital meet, the stop is followed by a space, so that Unicode's
 * word rules read two words. It does what a {@code PatternReplaceCharFilter} with
 * {@code (\p{Ll})\.(\p{Lu})} and {@code $1. $2} did, offsets included, in one pass over
 * the text instead of a regular expression tried at every character (11% of the app's
 * samples in a profile of the import, docs/PERFORMANCE.md); {@code SearchAnalysisTests}
 * compares the two.
 */
public class MissingSpaceCharFilterFactory extends CharFilterFactory {

	/** The SPI name Lucene asks of every factory; this one is only used by class. */
	public static final String NAME = "verbatimMissingSpace";

	public MissingSpaceCharFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	/** For Lucene's SPI loader; not used. */
	public MissingSpaceCharFilterFactory() {
		throw defaultCtorException();
	}

	@Override
	public Reader create(Reader input) {
		return new MissingSpaceCharFilter(input);
	}

	@Override
	public Reader normalize(Reader input) {
		return create(input);
	}

	static final class MissingSpaceCharFilter extends BaseCharFilter {

		private char[] text;

		private int position;

		MissingSpaceCharFilter(Reader input) {
			super(input);
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			if (this.text == null) {
				fill();
			}
			if (this.position >= this.text.length) {
				return (length == 0) ? 0 : -1;
			}
			int n = Math.min(length, this.text.length - this.position);
			System.arraycopy(this.text, this.position, buffer, offset, n);
			this.position += n;
			return n;
		}

		@Override
		protected int correct(int currentOff) {
			return Math.max(0, super.correct(currentOff));
		}

		private void fill() throws IOException {
			StringBuilder in = new StringBuilder();
			char[] chunk = new char[8192];
			for (int n = this.input.read(chunk); n != -1; n = this.input.read(chunk)) {
				in.append(chunk, 0, n);
			}
			StringBuilder out = new StringBuilder(in.length() + 16);
			int copied = 0;
			int diff = 0;
			for (int dot = in.indexOf("."); dot >= 0; dot = in.indexOf(".", dot + 1)) {
				if (dot == 0 || dot == in.length() - 1) {
					continue;
				}
				int before = Character.codePointBefore(in, dot);
				int after = Character.codePointAt(in, dot + 1);
				if (Character.getType(before) != Character.LOWERCASE_LETTER
						|| Character.getType(after) != Character.UPPERCASE_LETTER) {
					continue;
				}
				int start = dot - Character.charCount(before);
				out.append(in, copied, dot + 1).append(' ');
				copied = dot + 1;
				// Where the regular expression's filter put its correction: the output
				// index of the match's start plus the match's length.
				int matchStartInOutput = out.length() - 2 - (dot - start);
				int matchLength = dot + 1 + Character.charCount(after) - start;
				addOffCorrectMap(matchStartInOutput + matchLength, --diff);
			}
			out.append(in, copied, in.length());
			this.text = new char[out.length()];
			out.getChars(0, out.length(), this.text, 0);
		}

	}

}
