package org.verbatim.web;

import java.net.URI;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.verbatim.shared.DateRange;
import tools.jackson.core.JacksonException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.ErrorResponse;

/**
 * How a failure becomes RFC 9457 problem details: the one function behind the HTTP
 * answers ({@link ProblemDetailsAdvice}) and the per-line reports of a bulk import.
 * Failures that carry an HTTP meaning are {@link ErrorResponse}s that hold their own
 * problem details; this maps the others.
 */
public final class Problems {

	static final URI MALFORMED_BODY = URI.create("urn:verbatim:problem:malformed-body");

	private Problems() {
	}

	/**
	 * What failed, a request or one line of an import: says what the failures that no
	 * check foresaw mean for it, and logs them.
	 */
	public interface Subject {

		/** A database constraint the checks before the write did not foresee. */
		ErrorResponse refused(DataIntegrityViolationException failure);

		/**
		 * The database is down, unreachable or too slow ({@link DatabaseUnavailable}).
		 */
		ErrorResponse unavailable(Throwable failure);

		/** Anything else: a bug. */
		ErrorResponse failed(Throwable failure);

	}

	/** The problem details of {@code failure}, which happened to {@code subject}. */
	public static ErrorResponse of(Throwable failure, Subject subject) {
		if (failure instanceof ErrorResponse response) {
			return response;
		}
		BodyTooLargeException tooLarge = BodyTooLargeException.in(failure);
		if (tooLarge != null) {
			return tooLarge;
		}
		if (failure instanceof DateRange.InvalidDateException invalid) {
			return new InvalidParameterException(invalid.parameter(), invalid.rejected(), invalid.accepted(),
					invalid.detail());
		}
		if (failure instanceof JacksonException jackson) {
			return malformed(jackson);
		}
		if (DatabaseUnavailable.isCause(failure)) {
			return subject.unavailable(failure);
		}
		if (failure instanceof ObjectOptimisticLockingFailureException || failure instanceof OptimisticLockException
				|| failure instanceof StaleStateException) {
			// The version check passed but another editor committed first.
			return Preconditions.PreconditionException.failed("record", "the version read", null);
		}
		if (failure instanceof DataIntegrityViolationException refused) {
			return subject.refused(refused);
		}
		return subject.failed(failure);
	}

	/** Problem details of a kind that Verbatim names. */
	static ProblemDetail problem(HttpStatusCode status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	/** JSON that is not well-formed, or not of the expected shape. */
	static ErrorResponse malformed(JacksonException jackson) {
		String pointer = pointer(jackson);
		String reason = JsonExpectations.reason(jackson);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, MALFORMED_BODY, "Malformed request body",
				(pointer.isEmpty() ? "" : pointer + ": ") + reason);
		problem.setProperty("pointer", pointer);
		return ErrorResponse.builder(jackson, problem).build();
	}

	/** Where in the body Jackson failed, as a JSON Pointer (RFC 6901). */
	public static String pointer(JacksonException jackson) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : jackson.getPath()) {
			path.append('/')
				.append((ref.getPropertyName() != null) ? ref.getPropertyName().replace("~", "~0").replace("/", "~1")
						: String.valueOf(ref.getIndex()));
		}
		return path.toString();
	}

}
