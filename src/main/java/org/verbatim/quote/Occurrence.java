package org.verbatim.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.verbatim.shared.Span;

/** One place in the document's text where the quote's words stand. */
@Embeddable
class Occurrence {

	@Column(name = "start_offset", nullable = false)
	private int start;

	@Column(name = "end_offset", nullable = false)
	private int end;

	protected Occurrence() {
	}

	Occurrence(int start, int end) {
		this.start = start;
		this.end = end;
	}

	Span span() {
		return new Span(this.start, this.end);
	}

}
