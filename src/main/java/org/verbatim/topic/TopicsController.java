package org.verbatim.topic;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.verbatim.topic.TopicViews.TopicDetail;
import org.verbatim.topic.TopicViews.TopicNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/topics")
@Tag(name = "Topics")
class TopicsController {

	private final TopicService topics;

	TopicsController(TopicService topics) {
		this.topics = topics;
	}

	@GetMapping
	@Operation(summary = "The topic tree",
			description = "Every topic under its parent, with the number of quotes, documents and events tagged "
					+ "with it or any of its subtopics.")
	List<TopicNode> tree() {
		return this.topics.tree();
	}

	@GetMapping("/{slug}")
	@Operation(summary = "A topic", description = "Its ancestors, direct subtopics and counts.")
	TopicDetail get(@Parameter(description = "The topic's slug", example = "energy") @PathVariable String slug) {
		return this.topics.topic(slug);
	}

}
