package org.verbatim.web;

import java.util.List;

/**
 * The request conflicts with what the archive holds: a slug already taken, or a record
 * that others still refer to. Answered with 409, naming what stands in the way.
 */
public class ConflictException extends RuntimeException {

	private final List<String> conflicts;

	public ConflictException(String message, List<String> conflicts) {
		super(message);
		this.conflicts = List.copyOf(conflicts);
	}

	public List<String> conflicts() {
		return this.conflicts;
	}

}
