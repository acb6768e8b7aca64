package org.verbatim.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * OpenAPI annotations shared by the controllers, so that every operation documents its
 * paging parameters and error answers the same way.
 */
public final class ApiDocs {

	private ApiDocs() {
	}

	/** A document's slug in the path. */
	@Target({ ElementType.PARAMETER })
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(description = "The document's slug", example = "the-only-correct-decision")
	public @interface DocumentSlug {

	}

	/** The {@code page} parameter. */
	@Target({ ElementType.PARAMETER })
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(description = "Zero-based page number", example = "0",
			schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
	public @interface Page {

	}

	/** The {@code size} parameter. */
	@Target({ ElementType.PARAMETER })
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(description = "Items per page, 1 to " + PageQuery.MAX_SIZE, example = "20",
			schema = @Schema(type = "integer", minimum = "1", maximum = "" + PageQuery.MAX_SIZE, defaultValue = "20"))
	public @interface Size {

	}

	/** The {@code sort} parameter of date-ordered lists. */
	@Target({ ElementType.PARAMETER })
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(
			description = "Order: `date` (oldest first, the default) or `-date` (newest first); undated items "
					+ "come last",
			example = "-date", schema = @Schema(type = "string", allowableValues = { "date", "-date" }))
	public @interface Sort {

	}

	/** The {@code from} parameter. */
	@Target({ ElementType.PARAMETER })
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(description = "Start of the date range: YYYY, YYYY-MM or YYYY-MM-DD (from the first day of what it "
			+ "names). Items match when their date interval overlaps the range; items with no date do not match.",
			example = "2023", schema = @Schema(type = "string", pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$"))
	public @interface From {

	}

	/** The {@code to} parameter. */
	@Target({ ElementType.PARAMETER })
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(
			description = "End of the date range: YYYY, YYYY-MM or YYYY-MM-DD (to the last day of what it "
					+ "names). Must not be before `from`.",
			example = "2025", schema = @Schema(type = "string", pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$"))
	public @interface To {

	}

	/** The {@code topic} parameter. */
	@Target({ ElementType.PARAMETER })
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(description = "A topic slug; includes its subtopics (see GET /api/v1/topics)", example = "union-state")
	public @interface Topic {

	}

	/** The {@code speaker} parameter. */
	@Target({ ElementType.PARAMETER })
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(description = "A speaker: the slug of a person or organisation (that one alone), or any name variant "
			+ "(case and accents ignored, Latin or Cyrillic as curated; an ambiguous name means every "
			+ "candidate), or the whole wording of a group as the source gives it (case, accents and punctuation "
			+ "ignored)", example = "lukashenko")
	public @interface Speaker {

	}

	/**
	 * The {@code If-Match} header of a change: the ETag the editor's change was made
	 * from. (The example is JSON, so that it keeps the ETag's quotes.)
	 */
	@Target({ ElementType.PARAMETER })
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
			description = "The ETag of the record as the change was made from it (from GET or the last write). "
					+ "Missing: 428; another version: 412, and nothing is changed.",
			example = "\"\\\"0\\\"\"", schema = @Schema(type = "string"))
	public @interface IfMatch {

	}

}
