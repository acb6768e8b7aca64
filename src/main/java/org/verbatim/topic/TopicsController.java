package org.verbatim.topic;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import org.verbatim.topic.TopicViews.TopicDetail;
import org.verbatim.topic.TopicViews.TopicNode;
import org.verbatim.web.ApiDocs;
import org.verbatim.web.MergePatch;
import org.verbatim.web.SlugEndpoints;
import org.verbatim.web.SlugRecords;

import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SlugEndpoints.Slug(of = "topic", example = "energy")
@RequestMapping(path = "/api/v1/topics", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Topics")
class TopicsController {

	private final TopicService topics;

	private final SlugRecords<Topic, TopicInput> writer;

	TopicsController(TopicService topics, TopicWriter writer) {
		this.topics = topics;
		this.writer = writer.topics();
	}

	@GetMapping
	@Operation(operationId = "listTopics", summary = "The topic tree",
			description = "Every topic under its parent, with the number of quotes, documents and events tagged "
					+ "with it or any of its subtopics.")
	List<TopicNode> tree() {
		return this.topics.tree();
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getTopic", summary = "A topic",
			description = "Its ancestors, direct subtopics and counts, and who created and last changed the record.")
	@ApiResponse(responseCode = "200", description = "The topic; `ETag` is its version, for `If-Match`")
	ResponseEntity<TopicDetail> get(@PathVariable String slug) {
		return this.topics.topic(slug).ok();
	}

	@SlugEndpoints.Create(operationId = "createTopic", summary = "Add a topic",
			description = "Creates a topic from `label`, under the topic `parent` names (or as a root); the slug "
					+ "is made from the label when not given. A slug that exists already is a 409: change that "
					+ "topic with PUT instead.",
			created = "Stored; `Location` is the new topic, `ETag` its version",
			refused = "A field cannot be stored (an unknown parent, say); `errors` names it by JSON Pointer")
	ResponseEntity<TopicDetail> create(@RequestBody TopicInput body) {
		String slug = this.writer.create(body).slug();
		return this.topics.topic(slug).created(URI.create("/api/v1/topics/" + slug));
	}

	@SlugEndpoints.Replace(operationId = "replaceTopic", summary = "Replace a topic",
			description = "Replaces label, description and parent with the body (what is left out is removed: "
					+ "without `parent` the topic becomes a root), if `If-Match` names the current version. A "
					+ "parent at or below the topic itself is refused with 422.",
			refused = "A field cannot be stored, the slug differs or the parent would make a cycle; nothing "
					+ "was stored")
	ResponseEntity<TopicDetail> replace(@PathVariable String slug, @ApiDocs.IfMatch @Nullable String ifMatch,
			@RequestBody TopicInput body) {
		return this.topics.topic(this.writer.replace(slug, ifMatch, body).slug()).ok();
	}

	@SlugEndpoints.Patch(operationId = "patchTopic", summary = "Change some fields of a topic",
			description = "A JSON merge patch (RFC 7386) of the fields to change, applied to the topic in the "
					+ "shape of the POST body (`parent` as a slug); `null` removes a field. The result is checked "
					+ "and stored as a PUT.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = TopicInput.class),
					examples = @ExampleObject(name = "patch",
							value = "{\"description\": \"Trade, energy and money\"}"))),
			refused = "The patched topic cannot be stored; nothing was stored")
	ResponseEntity<TopicDetail> patch(@PathVariable String slug, @ApiDocs.IfMatch @Nullable String ifMatch,
			@RequestBody JsonNode patch) {
		return this.topics.topic(this.writer.patch(slug, ifMatch, patch).slug()).ok();
	}

	@SlugEndpoints.Delete(operationId = "deleteTopic", summary = "Delete a topic",
			description = "Only while nothing refers to it: subtopics, and quotes, documents, events and "
					+ "annotations tagged with it. Otherwise 409 names what does.")
	ResponseEntity<Void> delete(@PathVariable String slug, @ApiDocs.IfMatch @Nullable String ifMatch) {
		this.writer.delete(slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
