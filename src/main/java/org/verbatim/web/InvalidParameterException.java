package org.verbatim.web;

/**
 * A request parameter the API cannot accept; answered with 400 naming the parameter, the
 * value and what would be accepted.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	private final String rejectedValue;

	private final String accepted;

	public InvalidParameterException(String parameter, String rejectedValue, String accepted) {
		super("Invalid value '" + rejectedValue + "' for parameter '" + parameter + "'; accepted: " + accepted);
		this.parameter = parameter;
		this.rejectedValue = rejectedValue;
		this.accepted = accepted;
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
