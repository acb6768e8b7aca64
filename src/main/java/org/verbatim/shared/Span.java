package org.verbatim.shared;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A half-open range [start, end) of a document's text in Unicode code points (not UTF-16
 * units, not bytes), so that a character outside the Basic Multilingual Plane counts
 * once.
 */
@Schema(description = "A span [start, end) of the document text, counted in Unicode code points")
public record Span(@Schema(description = "Offset of the first code point", example = "1946") int start,
		@Schema(description = "Offset just past the last code point", example = "2360") int end) {

	public Span {
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("Not a span: [" + start + ", " + end + ")");
		}
	}

	/** The code points of {@code text} in this span. */
	public String cut(String text) {
		return text.substring(text.offsetByCodePoints(0, this.start), text.offsetByCodePoints(0, this.end));
	}

}
