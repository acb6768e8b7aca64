package org.verbatim.curation;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The import's line reader, whatever sizes the stream hands its bytes over in. */
class NdjsonLinesTests {

	private static List<String> lines(String text, int limit, int readSize) throws IOException {
		InputStream in = new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				return super.read(b, off, Math.min(len, readSize));
			}
		};
		NdjsonLines reader = new NdjsonLines(in, limit);
		List<String> lines = new ArrayList<>();
		for (byte[] line = reader.next(); line != null; line = reader.next()) {
			lines.add((line == NdjsonLines.TOO_LONG) ? "TOO LONG" : new String(line, StandardCharsets.UTF_8));
		}
		return lines;
	}

	@Test
	void splitsOnNewlinesAcrossReadsDropsCarriageReturnsAndSkipsOverlongLines() throws IOException {
		String text = "{\"a\":1}\r\n\n" + "x".repeat(20) + "\n{\"b\":\"д\"}\n" + "y".repeat(10) + "\r\nlast";
		for (int readSize : List.of(1, 3, 7, 1 << 20)) {
			assertThat(lines(text, 10, readSize)).as("reads of %d bytes", readSize)
				.containsExactly("{\"a\":1}", "", "TOO LONG", "{\"b\":\"д\"}", "TOO LONG", "last");
			assertThat(lines(text, 11, readSize)).containsExactly("{\"a\":1}", "", "TOO LONG", "{\"b\":\"д\"}",
					"y".repeat(10), "last");
		}
		assertThat(lines("one\n", 10, 2)).containsExactly("one");
		assertThat(lines("", 10, 2)).isEmpty();
	}

	@Test
	void aLineLargerThanTheBufferGrowsIt() throws IOException {
		String large = "z".repeat(200_000);
		for (int readSize : List.of(1 << 20, 4096)) {
			assertThat(lines(large + "\nend", 300_000, readSize)).as("reads of %d bytes", readSize)
				.containsExactly(large, "end");
		}
		assertThat(lines(large + "\nend", 199_999, 1 << 20)).containsExactly("TOO LONG", "end");
	}

	@Test
	void bytesLeftInTheReadAheadFromALongerReadAreNotRead() throws IOException {
		// A read of 8 bytes, then one of 2: the third byte of the first read, a newline,
		// is still in the read-ahead, past what the second read filled.
		List<Integer> sizes = new ArrayList<>(List.of(8, 2));
		InputStream in = new FilterInputStream(
				new ByteArrayInputStream("12\n45\n789a\nlast".getBytes(StandardCharsets.UTF_8))) {
			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				return super.read(b, off, Math.min(len, sizes.isEmpty() ? len : sizes.remove(0)));
			}
		};
		NdjsonLines reader = new NdjsonLines(in, 100);
		List<String> lines = new ArrayList<>();
		for (byte[] line = reader.next(); line != null; line = reader.next()) {
			lines.add(new String(line, StandardCharsets.UTF_8));
		}
		assertThat(lines).containsExactly("12", "45", "789a", "last");
	}

}
