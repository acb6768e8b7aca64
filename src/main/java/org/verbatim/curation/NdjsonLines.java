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

	/** Read ahead from the stream, scanned in bulk rather than byte by byte. */
	private final byte[] chunk = new byte[256 * 1024];

	private int position;

	private int end;

	NdjsonLines(InputStream in, int limit) {
		this.in = in;
		this.limit = limit;
	}

	/** The next line without its line ending, {@link #TOO_LONG}, or null at the end. */
	@Nullable byte[] next() throws IOException {
		int length = 0;
		boolean tooLong = false;
		while (true) {
			if (this.position == this.end) {
				int read = this.in.read(this.chunk, 0, this.chunk.length);
				if (read == -1) {
					break;
				}
				this.position = 0;
				this.end = read;
			}
			int newline = indexOfNewline();
			int stop = (newline >= 0) ? newline : this.end;
			int count = stop - this.position;
			if (!tooLong) {
				if (length + count > this.limit) {
					tooLong = true;
				}
				else {
					if (length + count > this.buffer.length) {
						this.buffer = Arrays.copyOf(this.buffer,
								Math.min(this.limit, Math.max(length + count, this.buffer.length * 2)));
					}
					System.arraycopy(this.chunk, this.position, this.buffer, length, count);
					length += count;
				}
			}
			if (newline >= 0) {
				this.position = newline + 1;
				return line(length, tooLong);
			}
			this.position = this.end;
		}
		if (length == 0 && !tooLong) {
			return null;
		}
		return line(length, tooLong);
	}

	private int indexOfNewline() {
		for (int i = this.position; i < this.end; i++) {
			if (this.chunk[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private byte[] line(int length, boolean tooLong) {
		if (tooLong) {
			return TOO_LONG;
		}
		if (length > 0 && this.buffer[length - 1] == '\r') {
			length--;
		}
		return Arrays.copyOf(this.buffer, length);
	}

}
