package org.verbatim.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * The request conflicts with what the archive holds: a slug already taken, or a record
 * that others still refer to. Answered with 409, naming what stands in the way.
 */
public class ConflictException extends RuntimeException implements ErrorResponse {

	static final URI TYPE = URI.create("urn:verbatim:problem:conflict");

	private final List<String> conflicts;

	private final ProblemDetail body;

	public ConflictException(String message, List<String> conflicts) {
		super(message);
		this.conflicts = List.copyOf(conflicts);
		this.body = Problems.problem(HttpStatus.CONFLICT, TYPE, "Conflict", message);
		this.body.setProperty("conflicts", this.conflicts);
	}

	public List<String> conflicts() {
		return this.conflicts;
	}

	@Override
	public HttpStatusCode getStatusCode() {
		return HttpStatus.CONFLICT;
	}

	@Override
	public ProblemDetail getBody() {
		return this.body;
	}

}
