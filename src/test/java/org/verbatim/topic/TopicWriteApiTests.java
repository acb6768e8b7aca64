package org.verbatim.topic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.EditingApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating, changing, moving and deleting topics: no cycles, no delete while anything is
 * tagged with a topic or below it, and the search index following a move. Every topic the
 * tests write is their own; the seed's tree is only read.
 */
class TopicWriteApiTests extends EditingApiTest {

	private String newTopic(String parent) {
		String slug = uniqueSlug("test-topic");
		create("/api/v1/topics", "{\"slug\": \"%s\", \"label\": \"Testing\", \"parent\": %s}".formatted(slug,
				(parent != null) ? "\"" + parent + "\"" : "null"));
		return slug;
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "PATCH", "DELETE" })
	void writesNeedAnEditorsToken(String method) {
		assertProblem(send(method, "/api/v1/topics/energy", "{\"label\": \"X\"}", "If-Match", "\"0\""), 401);
		assertProblem(send("POST", "/api/v1/topics", "{\"label\": \"X\"}"), 401);
		assertThat(get("/api/v1/topics/energy").<String>json("$.label")).isEqualTo("Energy");
	}

	@Test
	void createsTopicsUnderTheirParents() {
		String root = uniqueSlug("test-topic");
		// The topic tree is remembered between requests; a new topic is known at once.
		assertThat(get("/api/v1/quotes?topic=" + root).status()).isEqualTo(400);
		Answer created = create("/api/v1/topics",
				"{\"slug\": \"%s\", \"label\": \"Testing\", \"description\": \"Things tested\"}".formatted(root));
		assertThat(created.header("Location")).isEqualTo("/api/v1/topics/" + root);
		assertThat(created.header("ETag")).matches("\"\\d+\"");
		assertThat(created.<String>json("$.audit.createdBy")).isEqualTo(EDITOR);
		String child = newTopic(root);

		Answer read = get("/api/v1/topics/" + child);
		assertThat(read.header("ETag")).matches("\"\\d+\"");
		assertThat(read.<String>json("$.audit.modifiedBy")).isEqualTo(EDITOR);
		assertThat(read.list("$.ancestors[*].slug")).containsExactly(root);
		assertThat(get("/api/v1/topics/" + root).list("$.children[*].slug")).containsExactly(child);
		assertThat(get("/api/v1/topics").list("$[*].slug")).contains(root);
		assertThat(listed("/api/v1/quotes?topic=" + root, "id")).isEmpty();
		assertThat(get("/api/v1/topics/energy").<String>json("$.audit.createdBy")).isEqualTo("seed");
	}

	@Test
	void postingAnExistingSlugIsAConflict() {
		String etag = etag("/api/v1/topics/energy");
		Answer answer = edit("POST", "/api/v1/topics", "{\"label\": \"Energy\", \"parent\": \"economy\"}");
		assertProblem(answer, 409);
		assertThat(answer.list("$.conflicts")).containsExactly("/api/v1/topics/energy");
		assertThat(etag("/api/v1/topics/energy")).isEqualTo(etag);
	}

	@Test
	void replacingNeedsTheCurrentETag() {
		String slug = newTopic("economy");
		String path = "/api/v1/topics/" + slug;
		String etag = etag(path);
		String body = "{\"label\": \"Tested things\"}";
		assertProblem(edit("PUT", path, body), 428);
		assertProblem(edit("PUT", path, body, "If-Match", "\"999\""), 412);
		assertThat(get(path).<String>json("$.label")).isEqualTo("Testing");

		Answer replaced = edit("PUT", path, body, "If-Match", etag);
		assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
		assertThat(replaced.header("ETag")).isNotEqualTo(etag);
		assertThat(replaced.<String>json("$.label")).isEqualTo("Tested things");
		// Without a parent, a root now.
		assertThat(replaced.list("$.ancestors")).isEmpty();
		assertProblem(edit("PUT", path, "{\"label\": \"Late\"}", "If-Match", etag), 412);
		assertInvalid(edit("PUT", path, "{\"slug\": \"other\", \"label\": \"X\"}", "If-Match", replaced.header("ETag")),
				"/slug");
	}

	@Test
	void aTopicCannotBecomeItsOwnAncestor() {
		String root = newTopic(null);
		String child = newTopic(root);
		String grandchild = newTopic(child);
		String path = "/api/v1/topics/" + root;
		String etag = etag(path);
		assertInvalid(edit("PUT", path, "{\"label\": \"Testing\", \"parent\": \"%s\"}".formatted(grandchild),
				"If-Match", etag), "/parent");
		assertInvalid(edit("PATCH", path, "{\"parent\": \"%s\"}".formatted(root), "Content-Type", MERGE_PATCH,
				"If-Match", etag), "/parent");
		assertThat(etag(path)).isEqualTo(etag);
		assertThat(get("/api/v1/topics/" + grandchild).list("$.ancestors[*].slug")).containsExactly(root, child);
	}

	@Test
	void patchesMergeAndMoveTopics() {
		String root = newTopic(null);
		String child = newTopic(root);
		String path = "/api/v1/topics/" + child;
		Answer described = edit("PATCH", path, "{\"description\": \"Now described\"}", "Content-Type", MERGE_PATCH,
				"If-Match", etag(path));
		assertThat(described.status()).as("%s", described).isEqualTo(200);
		assertThat(described.<String>json("$.description")).isEqualTo("Now described");
		assertThat(described.list("$.ancestors[*].slug")).containsExactly(root);

		Answer moved = edit("PATCH", path, "{\"parent\": \"trade\"}", "Content-Type", MERGE_PATCH, "If-Match",
				described.header("ETag"));
		assertThat(moved.status()).as("%s", moved).isEqualTo(200);
		assertThat(moved.list("$.ancestors[*].slug")).containsExactly("economy", "trade");
		assertThat(moved.<String>json("$.label")).isEqualTo("Testing");

		Answer rooted = edit("PATCH", path, "{\"parent\": null}", "Content-Type", MERGE_PATCH, "If-Match",
				moved.header("ETag"));
		assertThat(rooted.list("$.ancestors")).isEmpty();
		assertThat(get("/api/v1/topics/" + root).list("$.children")).isEmpty();
	}

	@Test
	void movingATopicMovesWhatItTagsInTheSearchIndex() {
		String topic = newTopic("trade");
		String event = uniqueSlug("test-event");
		create("/api/v1/events", """
				{"slug": "%s", "name": "Fair of Testers", "kind": "FORUM", "date": "2024",
				 "description": "A fair about xylography", "topics": ["%s"]}
				""".formatted(event, topic));
		assertThat(listed("/api/v1/search?q=xylography&topic=economy", "id")).containsExactly(event);
		assertThat(get("/api/v1/search?q=xylography").list("$.facets.topic[*].value")).contains("economy", "trade",
				topic);

		String path = "/api/v1/topics/" + topic;
		Answer moved = edit("PATCH", path, "{\"parent\": \"integration\"}", "Content-Type", MERGE_PATCH, "If-Match",
				etag(path));
		assertThat(moved.status()).as("%s", moved).isEqualTo(200);
		assertThat(listed("/api/v1/search?q=xylography&topic=economy", "id")).isEmpty();
		assertThat(listed("/api/v1/search?q=xylography&topic=politics", "id")).containsExactly(event);
		assertThat(get("/api/v1/search?q=xylography").list("$.facets.topic[*].value"))
			.contains("politics", "integration", topic)
			.doesNotContain("economy", "trade");
		assertThat(listed("/api/v1/events?topic=politics&from=2024&to=2024", "slug")).contains(event);
	}

	@Test
	void deletingATopicInUseIsAConflictNamingWhatUsesIt() {
		String energy = etag("/api/v1/topics/energy");
		Answer subtopics = edit("DELETE", "/api/v1/topics/energy", null, "If-Match", energy);
		assertProblem(subtopics, 409);
		assertThat(subtopics.list("$.conflicts")).containsExactlyInAnyOrder("topic electricity-market (subtopic)",
				"topic nuclear-power (subtopic)", "topic oil-and-gas (subtopic)");
		assertThat(etag("/api/v1/topics/energy")).isEqualTo(energy);

		Answer many = edit("DELETE", "/api/v1/topics/union-state", null, "If-Match",
				etag("/api/v1/topics/union-state"));
		assertProblem(many, 409);
		assertThat(many.list("$.conflicts")).hasSize(11)
			.contains("quote 1 (topic)", "document the-only-correct-decision (topic)");
		assertThat(many.<String>json("$.conflicts[10]")).matches("and \\d+ more");

		String topic = newTopic(null);
		String event = uniqueSlug("test-event");
		create("/api/v1/events", """
				{"slug": "%s", "name": "Testing Day", "kind": "OTHER", "date": "2024", "topics": ["%s"]}
				""".formatted(event, topic));
		Answer tagged = edit("DELETE", "/api/v1/topics/" + topic, null, "If-Match", etag("/api/v1/topics/" + topic));
		assertProblem(tagged, 409);
		assertThat(tagged.list("$.conflicts")).containsExactly("event " + event + " (topic)");
	}

	@Test
	void deletesATopicNothingUses() {
		String root = newTopic(null);
		String child = newTopic(root);
		Answer blocked = edit("DELETE", "/api/v1/topics/" + root, null, "If-Match", etag("/api/v1/topics/" + root));
		assertThat(blocked.list("$.conflicts")).containsExactly("topic " + child + " (subtopic)");
		String path = "/api/v1/topics/" + child;
		assertProblem(edit("DELETE", path, null), 428);
		assertProblem(edit("DELETE", path, null, "If-Match", "\"999\""), 412);
		assertThat(edit("DELETE", path, null, "If-Match", etag(path)).status()).isEqualTo(204);
		assertProblem(get(path), 404);
		assertThat(edit("DELETE", "/api/v1/topics/" + root, null, "If-Match", etag("/api/v1/topics/" + root)).status())
			.isEqualTo(204);
		assertThat(get("/api/v1/topics").list("$[*].slug")).doesNotContain(root);
	}

	@Test
	void badBodiesAre422NamingTheFieldOr400() {
		assertInvalid(edit("POST", "/api/v1/topics", "{}"), "/label");
		assertInvalid(edit("POST", "/api/v1/topics", "{\"label\": \"Test Topic\", \"parent\": \"no-such-topic\"}"),
				"/parent");
		assertInvalid(edit("POST", "/api/v1/topics", "{\"slug\": \"Test Topic\", \"label\": \"Test Topic\"}"), "/slug");
		assertProblem(edit("POST", "/api/v1/topics", "{\"label\": \"Test Topic\", \"children\": []}"), 400);
		assertThat(get("/api/v1/topics/test-topic").status()).isEqualTo(404);
	}

}
