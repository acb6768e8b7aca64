package org.verbatim.curation;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.verbatim.annotation.AnnotationInput;
import org.verbatim.document.DocumentInput;
import org.verbatim.document.DocumentInput.AuthorInput;
import org.verbatim.document.DocumentInput.SectionInput;
import org.verbatim.document.DocumentKind;
import org.verbatim.quote.QuoteInput;
import org.verbatim.shared.DateInput;
import org.verbatim.topic.TopicInput;

/**
 * The body of POST /api/v1/documents and of each line of an import: a document with the
 * quotes and annotations anchored in its text.
 */
@Schema(name = "NewDocument",
		description = "A document with its full text, and the quotes and annotations anchored in it by W3C "
				+ "selectors. Stored whole or not at all.")
record NewDocument(
		@Schema(description = "Made from the title when not given",
				example = "address-to-the-forum-of-regions") @Nullable String slug,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "Address to the Forum of Regions") @Nullable String title,
		@Nullable String subtitle,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "SPEECH") @Nullable DocumentKind kind,
		@Schema(description = "BCP 47 language tag of the text", requiredMode = Schema.RequiredMode.REQUIRED,
				example = "en") @Nullable String language,
		@Schema(description = "Publication date at its precision", example = "2024-06-28") @Nullable DateInput date,
		@Nullable String publisher, @Nullable String sourceUrl,
		@Schema(description = "The full text, stored exactly as sent; offsets count its Unicode code points",
				requiredMode = Schema.RequiredMode.REQUIRED,
				example = "Our unity is not a threat to anyone, the President said.") @Nullable String text,
		@Nullable List<AuthorInput> authors, @Nullable List<TopicInput> topics, @Nullable List<SectionInput> sections,
		@Nullable List<QuoteInput> quotes, @Nullable List<AnnotationInput> annotations) {

	DocumentInput document() {
		return new DocumentInput(this.slug, this.title, this.subtitle, this.kind, this.language, this.date,
				this.publisher, this.sourceUrl, this.text, this.authors, this.topics, this.sections);
	}

}
