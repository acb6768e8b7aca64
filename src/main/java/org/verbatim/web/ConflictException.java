package org.verbatim.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The request conflicts with what the archive holds: a slug already taken, or a record
 * that others still refer to. Answered with 409, naming what stands in the way.
 */
public class ConflictException extends ErrorResponseException {

	static final URI TYPE = URI.create("urn:verbatim:problem:conflict");

	private final List<String> conflicts;

	public ConflictException(String detail, List<String> conflicts) {
		super(HttpStatus.CONFLICT, Problems.problem(HttpStatus.CONFLICT, TYPE, "Conflict", detail), null);
		this.conflicts = List.copyOf(conflicts);
		getBody().setProperty("conflicts", this.conflicts);
	}

	public List<String> conflicts() {
		return this.conflicts;
	}

}
