package org.verbatim.document;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A document as other resources show it.
 */
@Schema(description = "A document, by slug and title")
public record DocumentRef(@Schema(example = "the-only-correct-decision") String slug,
		@Schema(example = "The only correct decision") String title) {

	public static DocumentRef of(Document document) {
		return new DocumentRef(document.slug(), document.title());
	}

}
