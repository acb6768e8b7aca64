package org.verbatim.shared;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request body that is well-formed but cannot be stored: each error names the item by
 * its JSON Pointer (RFC 6901) into the body and says why. Answered with 422, and nothing
 * of the request is stored.
 */
public class InvalidInputException extends ErrorResponseException {

	static final URI TYPE = URI.create("urn:verbatim:problem:invalid-input");

	private final List<InputError> errors;

	public InvalidInputException(List<InputError> errors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(errors), null);
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(String pointer, String detail) {
		this(List.of(new InputError(pointer, detail)));
	}

	public List<InputError> errors() {
		return this.errors;
	}

	private static ProblemDetail problem(List<InputError> errors) {
		String detail = (errors.size() == 1) ? errors.get(0).pointer() + ": " + errors.get(0).detail()
				: errors.size() + " items of the request cannot be stored; see `errors`.";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				detail + " Nothing of the request was stored.");
		problem.setType(TYPE);
		problem.setTitle("Request cannot be stored");
		problem.setProperty("errors", errors.stream().map(InvalidInputException::json).toList());
		return problem;
	}

	/** An error as the answer shows it, its members in the order of the problem's own. */
	private static Map<String, String> json(InputError error) {
		Map<String, String> json = new LinkedHashMap<>();
		json.put("detail", error.detail());
		json.put("pointer", error.pointer());
		return json;
	}

	/** One thing wrong with the body: where (a JSON Pointer) and why. */
	public record InputError(String pointer, String detail) {
	}

}
