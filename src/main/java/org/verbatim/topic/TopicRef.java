package org.verbatim.topic;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A topic as other resources show it.
 */
@Schema(description = "A topic, by slug and label")
public record TopicRef(@Schema(example = "electricity-market") String slug,
		@Schema(example = "Electricity market") String label) {

	public static TopicRef of(Topic topic) {
		return new TopicRef(topic.slug(), topic.label());
	}

}
