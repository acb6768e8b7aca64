package org.verbatim.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * No resource of the given kind has the given identifier; answered with 404.
 */
public class NotFoundException extends RuntimeException implements ErrorResponse {

	static final URI TYPE = URI.create("urn:verbatim:problem:not-found");

	private final String resource;

	private final String identifier;

	private final ProblemDetail body;

	public NotFoundException(String resource, Object identifier) {
		super("No " + resource + " with identifier '" + identifier + "'");
		this.resource = resource;
		this.identifier = String.valueOf(identifier);
		this.body = Problems.problem(HttpStatus.NOT_FOUND, TYPE, "Not found", getMessage());
		this.body.setProperty("resource", this.resource);
		this.body.setProperty("identifier", this.identifier);
	}

	public String resource() {
		return this.resource;
	}

	public String identifier() {
		return this.identifier;
	}

	@Override
	public HttpStatusCode getStatusCode() {
		return HttpStatus.NOT_FOUND;
	}

	@Override
	public ProblemDetail getBody() {
		return this.body;
	}

}
