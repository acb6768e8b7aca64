package org.verbatim.shared;

import java.util.List;

/**
 * A request body that is well-formed but cannot be stored: each error names the item by
 * its JSON Pointer (RFC 6901) into the body and says why. Answered with 422, and nothing
 * of the request is stored.
 */
public class InvalidInputException extends RuntimeException {

	private final List<InputError> errors;

	public InvalidInputException(List<InputError> errors) {
		super(errors.isEmpty() ? "invalid input" : errors.get(0).pointer() + ": " + errors.get(0).detail());
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(String pointer, String detail) {
		this(List.of(new InputError(pointer, detail)));
	}

	public List<InputError> errors() {
		return this.errors;
	}

	/** One thing wrong with the body: where (a JSON Pointer) and why. */
	public record InputError(String pointer, String detail) {
	}

}
