package org.verbatim.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A span of a document's text with its part in the layout; body sections carry their
 * heading.
 */
@Embeddable
public class Section {

	@Enumerated(EnumType.STRING)
	@Column(name = "section_kind", nullable = false)
	private Kind kind;

	@Column(name = "heading")
	private @Nullable String heading;

	@Column(name = "start_offset", nullable = false)
	private int start;

	@Column(name = "end_offset", nullable = false)
	private int end;

	Section(Kind kind, @Nullable String heading, int start, int end) {
		this.kind = kind;
		this.heading = heading;
		this.start = start;
		this.end = end;
	}

	protected Section() {
		this.kind = Kind.BODY;
	}

	public Kind kind() {
		return this.kind;
	}

	public @Nullable String heading() {
		return this.heading;
	}

	public int start() {
		return this.start;
	}

	public int end() {
		return this.end;
	}

	/** The part a section plays in the document's layout. */
	public enum Kind {

		TITLE, SUBTITLE, STANDFIRST, PULL_QUOTE, BODY, BYLINE

	}

}
