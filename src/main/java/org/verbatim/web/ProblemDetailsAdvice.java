package org.verbatim.web;

import java.net.URI;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import tools.jackson.core.JacksonException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.shared.DateRange;
import org.verbatim.shared.InvalidInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into RFC 9457 problem details. Client mistakes name the parameter,
 * the rejected value and what would be accepted; anything else is our bug and says no
 * more than that.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	static final URI INVALID_PARAMETER = URI.create("urn:verbatim:problem:invalid-parameter");

	static final URI NOT_FOUND = URI.create("urn:verbatim:problem:not-found");

	static final URI PRECONDITION = URI.create("urn:verbatim:problem:precondition");

	static final URI DATABASE_UNAVAILABLE = URI.create("urn:verbatim:problem:database-unavailable");

	@ExceptionHandler(InvalidParameterException.class)
	ProblemDetail invalidParameter(InvalidParameterException ex) {
		return invalid(ex.parameter(), ex.rejectedValue(), ex.accepted(), ex.detail());
	}

	@ExceptionHandler(DateRange.InvalidDateException.class)
	ProblemDetail invalidDate(DateRange.InvalidDateException ex) {
		return invalid(ex.parameter(), ex.rejected(), ex.accepted(), ex.detail());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(NOT_FOUND);
		problem.setTitle("Not found");
		problem.setProperty("resource", ex.resource());
		problem.setProperty("identifier", ex.identifier());
		return problem;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
		return problem(Problems.invalidInput(ex));
	}

	@ExceptionHandler(Preconditions.PreconditionException.class)
	ResponseEntity<ProblemDetail> precondition(Preconditions.PreconditionException ex) {
		HttpStatus status = ex.missing() ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.PRECONDITION_FAILED;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setType(PRECONDITION);
		problem.setTitle(ex.missing() ? "If-Match required" : "Changed by someone else");
		if (ex.current() != null) {
			problem.setProperty("currentETag", ex.current());
		}
		return problem(problem);
	}

	/** The version check passed but another editor committed first. */
	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class, OptimisticLockException.class,
			StaleStateException.class })
	ResponseEntity<ProblemDetail> lostRace(Exception ex) {
		return precondition(Preconditions.PreconditionException.failed("record", "the version read", null));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		return problem(Problems.conflict(ex));
	}

	/**
	 * A constraint the checks before the write did not foresee, typically another editor
	 * taking the same slug at the same moment.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
		log.info("Write refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return conflict(new ConflictException("The database refused the write: it conflicts with a record stored "
				+ "meanwhile (for instance the same slug). Nothing was stored.", List.of()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem;
		if (ex.getMostSpecificCause() instanceof JacksonException jackson) {
			problem = Problems.malformed(jackson);
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The request body is not readable JSON of the expected shape.");
			problem.setType(Problems.MALFORMED_BODY);
			problem.setTitle("Malformed request body");
		}
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		Class<?> type = ex.getRequiredType();
		String accepted = (type == Integer.class || type == int.class || type == Long.class || type == long.class)
				? "a whole number" : "a value of type " + ((type != null) ? type.getSimpleName() : "unknown");
		String value = String.valueOf(ex.getValue());
		ProblemDetail body = invalid(name, value, accepted,
				"Invalid value '" + value + "' for parameter '" + name + "'.");
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (DatabaseUnavailable.isCause(ex)) {
			log.warn("Database unavailable: {}", DatabaseUnavailable.describe(ex));
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The archive's database cannot be reached or did not answer in time. Try again shortly.");
			problem.setType(DATABASE_UNAVAILABLE);
			problem.setTitle("Database unavailable");
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, "5")
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		log.error("Unexpected error", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The server failed to answer this request. This is a bug in Verbatim, not in the request.");
		problem.setTitle("Internal error");
		return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ProblemDetail invalid(String parameter, String rejected, String accepted, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				detail + " Accepted: " + accepted + ".");
		problem.setType(INVALID_PARAMETER);
		problem.setTitle("Invalid request parameter");
		problem.setProperty("parameter", parameter);
		problem.setProperty("rejectedValue", rejected);
		problem.setProperty("accepted", accepted);
		return problem;
	}

}
