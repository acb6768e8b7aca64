package org.verbatim.search;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Map;

import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Puts back the space a text lost after a full stop ("Rosatom.Along"): where a small
 * letter, a stop and a capital meet, the stop is followed by a space, so that Unicode's
 * word rules read two words. It does what a {@code PatternReplaceCharFilter} with
 * {@code (\p{Ll})\.(\p{Lu})} and {@code $1. $2} did, offsets included, in one pass over
 * the text instead of a regular expression tried at every character (much of an import's
 * time in a profile, docs/PERFORMANCE.md); {@code SearchAnalysisTests} compares the two.
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

		// The filtered text, in its first textLength chars.
		private char[] text;

		private int textLength;

		private int position;

		MissingSpaceCharFilter(Reader input) {
			super(input);
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			if (this.text == null) {
				fill();
			}
			if (this.position >= this.textLength) {
				return (length == 0) ? 0 : -1;
			}
			int n = Math.min(length, this.textLength - this.position);
			System.arraycopy(this.text, this.position, buffer, offset, n);
			this.position += n;
			return n;
		}

		@Override
		protected int correct(int currentOff) {
			return Math.max(0, super.correct(currentOff));
		}

		// Reads the whole value into one array and copies it again only where a space is
		// put in, which most texts never need: a filter is made for every value indexed
		// (a million quotes in a large import), and fixed 8 KB chunks and two builders
		// were much of the indexing threads' allocations.
		private void fill() throws IOException {
			char[] in = new char[512];
			int length = 0;
			while (true) {
				if (length == in.length) {
					in = Arrays.copyOf(in, in.length * 2);
				}
				int n = this.input.read(in, length, in.length - length);
				if (n == -1) {
					break;
				}
				length += n;
			}
			StringBuilder out = null;
			int copied = 0;
			int diff = 0;
			for (int dot = 1; dot < length - 1; dot++) {
				if (in[dot] != '.') {
					continue;
				}
				int before = Character.codePointBefore(in, dot, 0);
				int after = Character.codePointAt(in, dot + 1, length);
				if (Character.getType(before) != Character.LOWERCASE_LETTER
						|| Character.getType(after) != Character.UPPERCASE_LETTER) {
					continue;
				}
				if (out == null) {
					out = new StringBuilder(length + 16);
				}
				int start = dot - Character.charCount(before);
				out.append(in, copied, dot + 1 - copied).append(' ');
				copied = dot + 1;
				// Where the regular expression's filter put its correction: the output
				// index of the match's start plus the match's length.
				int matchStartInOutput = out.length() - 2 - (dot - start);
				int matchLength = dot + 1 + Character.charCount(after) - start;
				addOffCorrectMap(matchStartInOutput + matchLength, --diff);
			}
			if (out == null) {
				this.text = in;
				this.textLength = length;
				return;
			}
			out.append(in, copied, length - copied);
			this.textLength = out.length();
			this.text = new char[this.textLength];
			out.getChars(0, this.textLength, this.text, 0);
		}

	}

}
