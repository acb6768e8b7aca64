package org.verbatim.web;

/**
 * No resource of the given kind has the given identifier; answered with 404.
 */
public class NotFoundException extends RuntimeException {

	private final String resource;

	private final String identifier;

	public NotFoundException(String resource, Object identifier) {
		super("No " + resource + " with identifier '" + identifier + "'");
		this.resource = resource;
		this.identifier = String.valueOf(identifier);
	}

	public String resource() {
		return this.resource;
	}

	public String identifier() {
		return this.identifier;
	}

}
