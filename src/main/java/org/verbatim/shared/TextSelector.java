package org.verbatim.shared;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A W3C Web Annotation selector of a span of a document's text
 * (https://www.w3.org/TR/annotation-model/#selectors).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true)
@JsonSubTypes({ @JsonSubTypes.Type(value = TextSelector.TextQuote.class, name = "TextQuoteSelector"),
		@JsonSubTypes.Type(value = TextSelector.TextPosition.class, name = "TextPositionSelector") })
@Schema(name = "Selector", description = "A W3C Web Annotation selector: TextQuoteSelector or TextPositionSelector",
		oneOf = { TextSelector.TextQuote.class, TextSelector.TextPosition.class }, discriminatorProperty = "type",
		discriminatorMapping = {
				@DiscriminatorMapping(value = "TextQuoteSelector", schema = TextSelector.TextQuote.class),
				@DiscriminatorMapping(value = "TextPositionSelector", schema = TextSelector.TextPosition.class) })
public sealed interface TextSelector {

	/** The words themselves, with the text just before and after them when needed. */
	@Schema(name = "TextQuoteSelector", description = "Selects the words `exact`; `prefix` and `suffix` are the "
			+ "text immediately before and after them, to tell apart words that appear more than once")
	record TextQuote(
			@Schema(allowableValues = "TextQuoteSelector", requiredMode = Schema.RequiredMode.REQUIRED,
					example = "TextQuoteSelector") @Nullable String type,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					example = "The unity of Belarus and Russia is not a threat to anyone") @Nullable String exact,
			@Schema(example = "said: ") @Nullable String prefix,
			@Schema(example = ".") @Nullable String suffix) implements TextSelector {
	}

	/** The span by its offsets, in Unicode code points. */
	@Schema(name = "TextPositionSelector",
			description = "Selects [start, end) of the text, counted in Unicode code points (not UTF-16 units)")
	record TextPosition(
			@Schema(allowableValues = "TextPositionSelector", requiredMode = Schema.RequiredMode.REQUIRED,
					example = "TextPositionSelector") @Nullable String type,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1946") @Nullable Integer start,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2360") @Nullable Integer end)
			implements
				TextSelector {
	}

}
