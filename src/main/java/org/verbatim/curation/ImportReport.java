package org.verbatim.curation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.springframework.http.ProblemDetail;

/**
 * One line of a bulk import's answer, serialised as a line of NDJSON: for each input line
 * that is not blank, whether it was stored and what it became, or why not; then a
 * summary.
 */
sealed interface ImportReport {

	/** What the line tells, as the first or second member of its JSON object. */
	@JsonProperty
	String status();

	/** A line stored, found at {@code location}. */
	@JsonPropertyOrder({ "line", "status", "slug", "location", "quotes", "annotations" })
	record Created(int line, String slug, int quotes, int annotations) implements ImportReport {

		@Override
		public String status() {
			return "created";
		}

		@JsonProperty
		public String location() {
			return "/api/v1/documents/" + this.slug;
		}

	}

	/** A line not stored, with the problem details a POST of it would have had. */
	@JsonPropertyOrder({ "line", "status", "problem" })
	record Failed(int line, ProblemDetail problem) implements ImportReport {

		@Override
		public String status() {
			return "failed";
		}

	}

	/** The summary of an import that read its input to the end. */
	@JsonPropertyOrder({ "status", "lines", "created", "failed", "quotes", "seconds" })
	record Done(int lines, int created, int failed, long quotes, double seconds) implements ImportReport {

		@Override
		public String status() {
			return "done";
		}

	}

	/**
	 * The summary of an import that stopped as the database became unreachable; lines
	 * reported created are stored, no other line is.
	 */
	@JsonPropertyOrder({ "status", "lines", "created", "failed", "quotes", "seconds" })
	record Aborted(int lines, int created, int failed, long quotes, double seconds) implements ImportReport {

		@Override
		public String status() {
			return "aborted";
		}

	}

}
