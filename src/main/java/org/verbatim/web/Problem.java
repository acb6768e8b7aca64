package org.verbatim.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The shape of every error answer, for the OpenAPI description: RFC 9457 problem details
 * with the properties Verbatim adds. The answers themselves are Spring's
 * {@code ProblemDetail}.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem (application/problem+json)")
record Problem(
		@Schema(description = "What kind of problem", example = "urn:verbatim:problem:invalid-parameter") String type,
		@Schema(example = "Invalid request parameter") String title, @Schema(example = "400") int status,
		@Schema(example = "Invalid value '2023-13' for parameter 'from'. Accepted: a date that exists in the calendar, written as YYYY, YYYY-MM or YYYY-MM-DD.") String detail,
		@Schema(description = "The request path", example = "/api/v1/quotes") String instance,
		@Schema(description = "400: the parameter that was refused", example = "from") @Nullable String parameter,
		@Schema(description = "400: the value that was refused", example = "2023-13") @Nullable String rejectedValue,
		@Schema(description = "400: what the parameter accepts",
				example = "a date that exists in the calendar, written as YYYY, YYYY-MM or YYYY-MM-DD") @Nullable String accepted,
		@Schema(description = "404: the kind of resource", example = "quote") @Nullable String resource,
		@Schema(description = "404: the identifier nothing has", example = "99") @Nullable String identifier) {
}
