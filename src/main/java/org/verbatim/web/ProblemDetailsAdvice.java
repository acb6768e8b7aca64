package org.verbatim.web;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into RFC 9457 problem details. Client mistakes name the parameter,
 * the rejected value and what would be accepted; anything else is our bug and says no
 * more than that. Exceptions with an HTTP meaning, Spring MVC's and Verbatim's, are
 * {@code ErrorResponseException}s that the base class answers with their own problem
 * details; all else goes through {@link Problems#of}, as an import's lines do.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	static final URI DATABASE_UNAVAILABLE = URI.create("urn:verbatim:problem:database-unavailable");

	/** What the failures no check foresaw mean for a request. */
	private static final Problems.Subject REQUEST = new Problems.Subject() {

		@Override
		public ErrorResponse refused(DataIntegrityViolationException failure) {
			// Typically another editor taking the same slug at the same moment.
			log.info("Write refused by a database constraint: {}", failure.getMostSpecificCause().getMessage());
			return new ConflictException("The database refused the write: it conflicts with a record stored "
					+ "meanwhile (for instance the same slug). Nothing was stored.", List.of());
		}

		@Override
		public ErrorResponse unavailable(Throwable failure) {
			log.warn("Database unavailable: {}", DatabaseUnavailable.describe(failure));
			return ErrorResponse
				.builder(failure, HttpStatus.SERVICE_UNAVAILABLE,
						"The archive's database cannot be reached or did not answer in time. Try again shortly.")
				.type(DATABASE_UNAVAILABLE)
				.title("Database unavailable")
				.header(HttpHeaders.RETRY_AFTER, "5")
				.build();
		}

		@Override
		public ErrorResponse failed(Throwable failure) {
			log.error("Unexpected error", failure);
			return ErrorResponse
				.builder(failure, HttpStatus.INTERNAL_SERVER_ERROR,
						"The server failed to answer this request. This is a bug in Verbatim, not in the request.")
				.title("Internal error")
				.build();
		}

	};

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> failure(Exception ex) {
		ErrorResponse problem = Problems.of(ex, REQUEST);
		return ResponseEntity.status(problem.getStatusCode())
			.headers(problem.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem.getBody());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BodyTooLargeException tooLarge = BodyTooLargeException.in(ex);
		if (tooLarge != null) {
			return handleExceptionInternal(ex, tooLarge.getBody(), headers, tooLarge.getStatusCode(), request);
		}
		ProblemDetail problem;
		if (ex.getMostSpecificCause() instanceof JacksonException jackson) {
			problem = Problems.malformed(jackson).getBody();
		}
		else {
			problem = Problems.problem(HttpStatus.BAD_REQUEST, Problems.MALFORMED_BODY, "Malformed request body",
					"The request body is not readable JSON of the expected shape.");
		}
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<String> accepted = ex.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
		ProblemDetail problem = ex.getBody();
		problem.setDetail("Content-Type '" + ex.getContentType() + "' is not accepted here. Accepted: "
				+ (accepted.isEmpty() ? "no request body" : String.join(", ", accepted)) + ".");
		problem.setProperty("accepted", accepted);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		Class<?> type = ex.getRequiredType();
		String accepted = (type != null) ? JsonExpectations.describe(type) : "a value of another form";
		ProblemDetail problem = new InvalidParameterException(name, String.valueOf(ex.getValue()), accepted).getBody();
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

}
