package org.verbatim.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * No resource of the given kind has the given identifier; answered with 404.
 */
public class NotFoundException extends ErrorResponseException {

	static final URI TYPE = URI.create("urn:verbatim:problem:not-found");

	private final String resource;

	private final String identifier;

	public NotFoundException(String resource, Object identifier) {
		super(HttpStatus.NOT_FOUND, Problems.problem(HttpStatus.NOT_FOUND, TYPE, "Not found",
				"No " + resource + " with identifier '" + identifier + "'"), null);
		this.resource = resource;
		this.identifier = String.valueOf(identifier);
		getBody().setProperty("resource", this.resource);
		getBody().setProperty("identifier", this.identifier);
	}

	public String resource() {
		return this.resource;
	}

	public String identifier() {
		return this.identifier;
	}

}
