package org.verbatim.web;

import java.io.IOException;
import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * A request body over the limit ({@link RequestBodyLimit}): a 413 naming the limit. An
 * {@link IOException}, so that it can end the reading of a body midway.
 */
public class BodyTooLargeException extends IOException implements ErrorResponse {

	static final URI TYPE = URI.create("urn:verbatim:problem:body-too-large");

	private final ProblemDetail body;

	BodyTooLargeException(long limit) {
		super("Request body over " + limit + " bytes");
		this.body = Problems.problem(HttpStatus.CONTENT_TOO_LARGE, TYPE, "Request body too large",
				"The request body is larger than " + limit + " bytes, the most a write takes (a document of "
						+ "the longest text the archive stores, with its quotes and annotations). Nothing was "
						+ "stored. Larger collections go to POST /api/v1/import, one document per line.");
		this.body.setProperty("limit", limit);
	}

	@Override
	public HttpStatusCode getStatusCode() {
		return HttpStatus.CONTENT_TOO_LARGE;
	}

	@Override
	public ProblemDetail getBody() {
		return this.body;
	}

	/** The first {@link BodyTooLargeException} among the causes of {@code failure}. */
	static @Nullable BodyTooLargeException in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

}
