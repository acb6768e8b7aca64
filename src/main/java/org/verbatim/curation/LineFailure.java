package org.verbatim.curation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.web.DatabaseUnavailable;
import org.verbatim.web.Problems;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * What the failures that no check foresaw mean for one line of an import: the line, not
 * the request, was refused, and the import goes on, or stops when the database is gone.
 */
record LineFailure(int line) implements Problems.Subject {

	private static final Logger log = LoggerFactory.getLogger(BulkImport.class);

	@Override
	public ErrorResponse refused(DataIntegrityViolationException failure) {
		return ErrorResponse.create(failure, HttpStatus.CONFLICT,
				"The database refused the line: it conflicts with a record stored "
						+ "meanwhile (for instance the same slug). Nothing of the line was stored.");
	}

	@Override
	public ErrorResponse unavailable(Throwable failure) {
		log.warn("Import aborted at line {}: {}", this.line, DatabaseUnavailable.describe(failure));
		return ErrorResponse.builder(failure, unreachable()).build();
	}

	/** The line was not tried: another line found the database unreachable first. */
	ProblemDetail untried() {
		log.warn("Import aborted at line {}: not stored after another line found the database unreachable", this.line);
		return unreachable();
	}

	@Override
	public ErrorResponse failed(Throwable failure) {
		log.error("Import line {} failed unexpectedly", this.line, failure);
		return ErrorResponse.create(failure, HttpStatus.INTERNAL_SERVER_ERROR,
				"The server failed to store this line. This is a bug in Verbatim, not in the line.");
	}

	private static ProblemDetail unreachable() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The database became unreachable; "
				+ "this line was not stored, nor any line after it that is not reported created.");
	}

}
