package org.verbatim.shared;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Where in a document's text something is anchored, as a W3C Web Annotation target: one
 * selector or several that must all select the same span.
 */
@Schema(name = "Target",
		description = "A W3C Web Annotation target in the document's text. `selector` is one selector or a list "
				+ "of selectors that must agree on one span; a TextQuoteSelector that matches more than once must "
				+ "be narrowed by prefix/suffix or by a TextPositionSelector.")
public record TargetInput(
		@Schema(description = "The document's URL or slug; optional, and when given it must be the document "
				+ "the target is in") @Nullable String source,
		@ArraySchema(schema = @Schema(implementation = TextSelector.class)) @JsonFormat(
				with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable List<TextSelector> selector) {
}
