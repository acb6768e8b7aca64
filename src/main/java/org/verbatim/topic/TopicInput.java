package org.verbatim.topic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.Limits;
import org.verbatim.shared.Text;

/**
 * A topic as an editor writes it. In a reference, a bare slug (or an object with only
 * {@code slug}) names an existing topic; with a {@code label} the topic is created unless
 * one with that slug and label exists already.
 */
@Schema(name = "TopicInput",
		description = "A topic: a slug string refers to an existing topic; an object with `label` creates one "
				+ "(or uses the existing topic of that slug when its label agrees).")
public record TopicInput(@Schema(example = "economy") @Nullable String slug,
		@Schema(example = "Economy") @Text(max = Limits.TOPIC_LABEL) @Nullable String label,
		@Text(max = Limits.DESCRIPTION) @Nullable String description,
		@Schema(description = "Slug of the parent topic", example = "politics") @Nullable String parent) {

	@JsonCreator
	public TopicInput(@JsonProperty("slug") @Nullable String slug, @JsonProperty("label") @Nullable String label,
			@JsonProperty("description") @Nullable String description,
			@JsonProperty("parent") @Nullable String parent) {
		this.slug = slug;
		this.label = label;
		this.description = description;
		this.parent = parent;
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static TopicInput ref(String slug) {
		return new TopicInput(slug, null, null, null);
	}

}
