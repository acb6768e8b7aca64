package org.verbatim.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A request parameter the API cannot accept; answered with 400 naming the parameter, the
 * value and what would be accepted.
 */
public class InvalidParameterException extends ErrorResponseException {

	static final URI TYPE = URI.create("urn:verbatim:problem:invalid-parameter");

	private final String parameter;

	private final String rejectedValue;

	private final String accepted;

	private final String detail;

	public InvalidParameterException(String parameter, String rejectedValue, String accepted) {
		this(parameter, rejectedValue, accepted,
				"Invalid value '" + rejectedValue + "' for parameter '" + parameter + "'.");
	}

	/**
	 * @param detail what was wrong, when it is not the value itself (an unknown or
	 * repeated parameter, a range whose ends are reversed)
	 */
	public InvalidParameterException(String parameter, String rejectedValue, String accepted, String detail) {
		super(HttpStatus.BAD_REQUEST, Problems.problem(HttpStatus.BAD_REQUEST, TYPE, "Invalid request parameter",
				detail + " Accepted: " + accepted + "."), null);
		this.parameter = parameter;
		this.rejectedValue = rejectedValue;
		this.accepted = accepted;
		this.detail = detail;
		getBody().setProperty("parameter", parameter);
		getBody().setProperty("rejectedValue", rejectedValue);
		getBody().setProperty("accepted", accepted);
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

}
