package org.verbatim.web;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Optimistic concurrency over HTTP: every record's ETag is its version, and a change must
 * name the version it was made from in {@code If-Match}, so that two editors cannot
 * silently overwrite each other.
 */
public final class Preconditions {

	private static final Pattern STRONG = Pattern.compile("\"(\\d{1,18})\"");

	private Preconditions() {
	}

	/** The ETag of a record at this version. */
	public static String etag(@Nullable Long version) {
		return "\"" + ((version != null) ? version : 0) + "\"";
	}

	/**
	 * Checks {@code If-Match} against the record's current version.
	 * @throws PreconditionException 428 when it is missing, 412 when it names another
	 * version
	 */
	public static void requireMatch(@Nullable String ifMatch, @Nullable Long current, String resource) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw PreconditionException.required(resource);
		}
		for (String tag : ifMatch.split(",")) {
			Matcher m = STRONG.matcher(tag.strip());
			if (m.matches() && Long.parseLong(m.group(1)) == ((current != null) ? current : 0)) {
				return;
			}
		}
		throw PreconditionException.failed(resource, ifMatch.strip(), etag(current));
	}

	/** A missing (428) or stale (412) {@code If-Match}. */
	public static final class PreconditionException extends ErrorResponseException {

		static final URI TYPE = URI.create("urn:verbatim:problem:precondition");

		private final boolean missing;

		private final @Nullable String current;

		private PreconditionException(String detail, boolean missing, @Nullable String current) {
			super(status(missing), Problems.problem(status(missing), TYPE,
					missing ? "If-Match required" : "Changed by someone else", detail), null);
			this.missing = missing;
			this.current = current;
			if (current != null) {
				getBody().setProperty("currentETag", current);
			}
		}

		private static HttpStatus status(boolean missing) {
			return missing ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.PRECONDITION_FAILED;
		}

		static PreconditionException required(String resource) {
			return new PreconditionException(
					"Changing this " + resource + " requires an If-Match header with its "
							+ "current ETag (from GET), so that no other editor's change is overwritten unseen.",
					true, null);
		}

		public static PreconditionException failed(String resource, String given, @Nullable String current) {
			return new PreconditionException("This " + resource + " has changed since the version in If-Match (" + given
					+ ")" + ((current != null) ? "; it is now at " + current : "")
					+ ". GET it again, reapply the change and send it with the new ETag.", false, current);
		}

		public boolean missing() {
			return this.missing;
		}

		public @Nullable String current() {
			return this.current;
		}

	}

}
