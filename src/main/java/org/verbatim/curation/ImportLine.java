package org.verbatim.curation;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ProblemDetail;

/** A line read: its document, or why it cannot be; once stored, what was stored. */
final class ImportLine {

	final int number;

	final @Nullable NewDocument document;

	/** Why the line cannot be stored, known before trying: unreadable or too long. */
	final @Nullable ProblemDetail problem;

	/** Set by the worker that stored the line: what it stored, or why it could not. */
	volatile CurationService.@Nullable Stored stored;

	volatile @Nullable RuntimeException failure;

	/**
	 * Not tried: the worker stopped before it, as the database had become unreachable.
	 */
	volatile boolean untried;

	private ImportLine(int number, @Nullable NewDocument document, @Nullable ProblemDetail problem) {
		this.number = number;
		this.document = document;
		this.problem = problem;
	}

	static ImportLine read(int number, NewDocument document) {
		return new ImportLine(number, document, null);
	}

	static ImportLine refused(int number, ProblemDetail problem) {
		return new ImportLine(number, null, problem);
	}

}
