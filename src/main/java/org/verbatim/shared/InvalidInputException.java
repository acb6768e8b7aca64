package org.verbatim.shared;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * A request body that is well-formed but cannot be stored: each error names the item by
 * its JSON Pointer (RFC 6901) into the body and says why. Answered with 422, and nothing
 * of the request is stored.
 */
public class InvalidInputException extends RuntimeException implements ErrorResponse {

	static final URI TYPE = URI.create("urn:verbatim:problem:invalid-input");

	private final List<InputError> errors;

	private final ProblemDetail body;

	public InvalidInputException(List<InputError> errors) {
		super(errors.isEmpty() ? "invalid input" : errors.get(0).pointer() + ": " + errors.get(0).detail());
		this.errors = List.copyOf(errors);
		String detail = (errors.size() == 1) ? getMessage()
				: errors.size() + " items of the request cannot be stored; see `errors`.";
		this.body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				detail + " Nothing of the request was stored.");
		this.body.setType(TYPE);
		this.body.setTitle("Request cannot be stored");
		this.body.setProperty("errors", this.errors.stream().map(InvalidInputException::json).toList());
	}

	public InvalidInputException(String pointer, String detail) {
		this(List.of(new InputError(pointer, detail)));
	}

	public List<InputError> errors() {
		return this.errors;
	}

	@Override
	public HttpStatusCode getStatusCode() {
		return HttpStatus.UNPROCESSABLE_CONTENT;
	}

	@Override
	public ProblemDetail getBody() {
		return this.body;
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
