package org.verbatim.topic;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.AuditView;

/**
 * The API's views of topics.
 */
final class TopicViews {

	private TopicViews() {
	}

	@Schema(name = "TopicNode", description = "A topic with its subtopics and how many items carry it")
	record TopicNode(@Schema(example = "energy") String slug, @Schema(example = "Energy") String label,
			@Nullable String description,
			@Schema(description = "Items tagged with this topic or any of its subtopics, by kind of item",
					example = "{\"quotes\": 1, \"documents\": 1, \"events\": 2}") Map<String, Long> counts,
			List<TopicNode> children) {
	}

	@Schema(name = "TopicDetail", description = "A topic with its place in the hierarchy")
	record TopicDetail(@Schema(example = "energy") String slug, @Schema(example = "Energy") String label,
			@Nullable String description,
			@Schema(description = "The broader topics, from the root down to the parent") List<TopicRef> ancestors,
			@Schema(description = "Its direct subtopics") List<TopicRef> children,
			@Schema(description = "Items tagged with this topic or any of its subtopics, by kind of item",
					example = "{\"quotes\": 1, \"documents\": 1, \"events\": 2}") Map<String, Long> counts,
			AuditView audit) {
	}

}
