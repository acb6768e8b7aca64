package org.verbatim.curation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Reads newline-delimited records from a stream one at a time, so that an import of any
 * size holds one line in memory. A line longer than the limit is skipped, not buffered.
 */
final class NdjsonLines {

	/** What {@link #next()} returns for a line over the limit. */
	static final byte[] TOO_LONG = new byte[0];

	private final InputStream in;

	private final int limit;

	private byte[] buffer = new byte[64 * 1024];

	NdjsonLines(InputStream in, int limit) {
		this.in = in;
		this.limit = limit;
	}

	/** The next line without its line ending, {@link #TOO_LONG}, or null at the end. */
	@Nullable byte[] next() throws IOException {
		int length = 0;
		boolean tooLong = false;
		int b;
		while ((b = this.in.read()) != -1 && b != '\n') {
			if (tooLong) {
				continue;
			}
			if (length == this.limit) {
				tooLong = true;
				continue;
			}
			if (length == this.buffer.length) {
				this.buffer = Arrays.copyOf(this.buffer, Math.min(this.limit, this.buffer.length * 2));
			}
			this.buffer[length++] = (byte) b;
		}
		if (b == -1 && length == 0 && !tooLong) {
			return null;
		}
		if (tooLong) {
			return TOO_LONG;
		}
		if (length > 0 && this.buffer[length - 1] == '\r') {
			length--;
		}
		return Arrays.copyOf(this.buffer, length);
	}

}
