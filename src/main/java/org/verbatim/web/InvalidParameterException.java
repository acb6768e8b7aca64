package org.verbatim.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * A request parameter the API cannot accept; answered with 400 naming the parameter, the
 * value and what would be accepted.
 */
public class InvalidParameterException extends RuntimeException implements ErrorResponse {

	static final URI TYPE = URI.create("urn:verbatim:problem:invalid-parameter");

	private final String parameter;

	private final String rejectedValue;

	private final String accepted;

	private final String detail;

	private final ProblemDetail body;

	public InvalidParameterException(String parameter, String rejectedValue, String accepted) {
		this(parameter, rejectedValue, accepted,
				"Invalid value '" + rejectedValue + "' for parameter '" + parameter + "'.");
	}

	/**
	 * @param detail what was wrong, when it is not the value itself (an unknown or
	 * repeated parameter, a range whose ends are reversed)
	 */
	public InvalidParameterException(String parameter, String rejectedValue, String accepted, String detail) {
		super(detail + " Accepted: " + accepted + ".");
		this.parameter = parameter;
		this.rejectedValue = rejectedValue;
		this.accepted = accepted;
		this.detail = detail;
		this.body = Problems.problem(HttpStatus.BAD_REQUEST, TYPE, "Invalid request parameter", getMessage());
		this.body.setProperty("parameter", parameter);
		this.body.setProperty("rejectedValue", rejectedValue);
		this.body.setProperty("accepted", accepted);
	}

	public String detail() {
		return this.detail;
	}

	public String parameter() {
		return this.parameter;
	}

	public String rejectedValue() {
		return this.rejectedValue;
	}

	public String accepted() {
		return this.accepted;
	}

	@Override
	public HttpStatusCode getStatusCode() {
		return HttpStatus.BAD_REQUEST;
	}

	@Override
	public ProblemDetail getBody() {
		return this.body;
	}

}
