package org.verbatim.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.verbatim.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem details of write failures, shared by the HTTP answers and the per-line
 * reports of an import.
 */
public final class Problems {

	static final URI INVALID_INPUT = URI.create("urn:verbatim:problem:invalid-input");

	static final URI MALFORMED_BODY = URI.create("urn:verbatim:problem:malformed-body");

	static final URI CONFLICT = URI.create("urn:verbatim:problem:conflict");

	private Problems() {
	}

	public static ProblemDetail invalidInput(InvalidInputException ex) {
		List<InvalidInputException.InputError> errors = ex.errors();
		String detail = (errors.size() == 1) ? errors.get(0).pointer() + ": " + errors.get(0).detail()
				: errors.size() + " items of the request cannot be stored; see `errors`.";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				detail + " Nothing of the request was stored.");
		problem.setType(INVALID_INPUT);
		problem.setTitle("Request cannot be stored");
		problem.setProperty("errors",
				errors.stream().map(e -> Map.of("pointer", e.pointer(), "detail", e.detail())).toList());
		return problem;
	}

	public static ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setType(CONFLICT);
		problem.setTitle("Conflict");
		problem.setProperty("conflicts", ex.conflicts());
		return problem;
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

	/** JSON that is not well-formed, or not of the expected shape. */
	public static ProblemDetail malformed(JacksonException jackson) {
		String pointer = pointer(jackson);
		String reason = (jackson instanceof UnrecognizedPropertyException unknown)
				? "Unknown property '" + unknown.getPropertyName() + "'; known here: " + unknown.getKnownPropertyIds()
				: jackson.getOriginalMessage();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				(pointer.isEmpty() ? "" : pointer + ": ") + reason);
		problem.setType(MALFORMED_BODY);
		problem.setTitle("Malformed request body");
		problem.setProperty("pointer", pointer);
		return problem;
	}

}
