package org.verbatim.event;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.EditingApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating, changing and deleting events, and the search index and filters following
 * every change at once. Every record the tests write is their own; the seed is only read.
 */
class EventWriteApiTests extends EditingApiTest {

	private static final String UFA = "10th-forum-of-regions-ufa-2023";

	private String newEvent(String word) {
		String slug = uniqueSlug("test-event");
		create("/api/v1/events", """
				{"slug": "%s", "name": "Forum of Testers", "kind": "FORUM", "date": "2024-05", "place": "Minsk",
				 "description": "A gathering about %s",
				 "people": ["vladimir-putin"], "organisations": ["rosatom"], "topics": ["nuclear-power"]}
				""".formatted(slug, word));
		return slug;
	}

	private List<Object> eventsFound(String q) {
		return listed("/api/v1/search?type=event&q=" + enc(q), "id");
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "PATCH", "DELETE" })
	void writesNeedAnEditorsToken(String method) {
		assertProblem(send(method, "/api/v1/events/" + UFA, "{}", "If-Match", "\"0\""), 401);
		assertProblem(send("POST", "/api/v1/events", "{\"name\": \"X\", \"kind\": \"FORUM\", \"date\": \"2024\"}"),
				401);
		assertThat(get("/api/v1/events/" + UFA).status()).isEqualTo(200);
	}

	@Test
	void createsAnEventFoundAtOnceByFiltersAndSearch() {
		String slug = uniqueSlug("test-event");
		Answer created = create("/api/v1/events", """
				{"slug": "%s", "name": "Forum of Testers", "kind": "FORUM", "date": "2024-05", "place": "Minsk",
				 "description": "A gathering about zymurgy",
				 "people": ["vladimir-putin", {"slug": "%s", "name": "Ina Inline"}],
				 "organisations": ["rosatom"], "topics": ["nuclear-power"]}
				""".formatted(slug, slug + "-ina"));
		// The inline person goes after the event that refers to her.
		deleteLast("/api/v1/people/" + slug + "-ina");
		assertThat(created.header("Location")).isEqualTo("/api/v1/events/" + slug);
		assertThat(created.header("ETag")).matches("\"\\d+\"");
		Answer read = get("/api/v1/events/" + slug);
		assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
		assertThat(read.<String>json("$.audit.createdBy")).isEqualTo(EDITOR);
		assertThat(read.<String>json("$.date.value")).isEqualTo("2024-05");
		assertThat(read.<String>json("$.date.precision")).isEqualTo("MONTH");
		assertThat(read.list("$.people[*].slug")).containsExactlyInAnyOrder("vladimir-putin", slug + "-ina");

		assertThat(listed("/api/v1/events?participant=rosatom", "slug")).containsExactly(slug);
		assertThat(listed("/api/v1/events?participant=" + enc("Ina Inline"), "slug")).containsExactly(slug);
		assertThat(listed("/api/v1/events?topic=energy&from=2024-05&to=2024-05", "slug")).contains(slug);
		assertThat(listed("/api/v1/events?topic=politics", "slug")).doesNotContain(slug);
		assertThat(eventsFound("zymurgy")).containsExactly(slug);
		assertThat(listed("/api/v1/search?q=zymurgy&topic=energy", "id")).containsExactly(slug);
	}

	@Test
	void seededEventsShowTheirETagAndAudit() {
		Answer ufa = get("/api/v1/events/" + UFA);
		assertThat(ufa.header("ETag")).matches("\"\\d+\"");
		assertThat(ufa.<String>json("$.audit.createdBy")).isEqualTo("seed");
	}

	@Test
	void postingAnExistingSlugIsAConflict() {
		String etag = etag("/api/v1/events/" + UFA);
		Answer answer = edit("POST", "/api/v1/events", """
				{"slug": "%s", "name": "10th Forum of Regions of Belarus and Russia", "kind": "FORUM", "date": "2023"}
				""".formatted(UFA));
		assertProblem(answer, 409);
		assertThat(answer.list("$.conflicts")).containsExactly("/api/v1/events/" + UFA);
		assertThat(etag("/api/v1/events/" + UFA)).isEqualTo(etag);
	}

	@Test
	void replacingNeedsTheCurrentETagAndKeepsTheIndexInStep() {
		String slug = newEvent("zymology");
		String path = "/api/v1/events/" + slug;
		String etag = etag(path);
		String body = """
				{"name": "Congress of Testers", "kind": "SESSION", "date": "2024-06-01",
				 "description": "A gathering about oenology", "topics": ["trade"]}
				""";
		assertProblem(edit("PUT", path, body), 428);
		assertProblem(edit("PUT", path, body, "If-Match", "\"999\""), 412);
		assertThat(get(path).<String>json("$.name")).isEqualTo("Forum of Testers");
		assertThat(eventsFound("zymology")).containsExactly(slug);

		Answer replaced = edit("PUT", path, body, "If-Match", etag);
		assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
		assertThat(replaced.header("ETag")).isNotEqualTo(etag);
		assertThat(replaced.<String>json("$.kind")).isEqualTo("SESSION");
		assertThat(replaced.<String>json("$.place")).isNull();
		assertThat(replaced.list("$.people")).isEmpty();
		assertThat(replaced.list("$.topics[*].slug")).containsExactly("trade");
		assertThat(eventsFound("zymology")).isEmpty();
		assertThat(eventsFound("oenology")).containsExactly(slug);
		assertThat(listed("/api/v1/events?participant=rosatom", "slug")).doesNotContain(slug);
		assertThat(listed("/api/v1/search?q=oenology&topic=economy", "id")).containsExactly(slug);
		assertThat(listed("/api/v1/search?q=oenology&topic=energy", "id")).isEmpty();
	}

	@Test
	void patchesMergeParticipantsAndTopicsBySlug() {
		String slug = newEvent("zymology");
		String path = "/api/v1/events/" + slug;
		String etag = etag(path);
		Answer patched = edit("PATCH", path, "{\"place\": \"Ufa\", \"topics\": [\"trade\", \"energy\"]}",
				"Content-Type", MERGE_PATCH, "If-Match", etag);
		assertThat(patched.status()).as("%s", patched).isEqualTo(200);
		assertThat(patched.<String>json("$.place")).isEqualTo("Ufa");
		assertThat(patched.list("$.topics[*].slug")).containsExactlyInAnyOrder("trade", "energy");
		assertThat(patched.list("$.people[*].slug")).containsExactly("vladimir-putin");
		assertThat(patched.list("$.organisations[*].slug")).containsExactly("rosatom");
		assertThat(patched.<String>json("$.date.value")).isEqualTo("2024-05");
		assertThat(patched.<String>json("$.kind")).isEqualTo("FORUM");
		// The first editor's ETag is stale now.
		assertProblem(edit("PATCH", path, "{\"place\": \"Minsk\"}", "Content-Type", MERGE_PATCH, "If-Match", etag),
				412);
		assertThat(get(path).<String>json("$.place")).isEqualTo("Ufa");
		assertInvalid(edit("PATCH", path, "{\"date\": \"2024-13\"}", "Content-Type", MERGE_PATCH, "If-Match",
				patched.header("ETag")), "/date");
		assertInvalid(edit("PATCH", path, "{\"slug\": \"other\"}", "Content-Type", MERGE_PATCH, "If-Match",
				patched.header("ETag")), "/slug");
	}

	@Test
	void deletingAnEventAQuoteRefersToIsAConflict() {
		String etag = etag("/api/v1/events/" + UFA);
		Answer answer = edit("DELETE", "/api/v1/events/" + UFA, null, "If-Match", etag);
		assertProblem(answer, 409);
		assertThat(answer.list("$.conflicts")).containsExactly("quote 3 (event)");
		assertThat(etag("/api/v1/events/" + UFA)).isEqualTo(etag);
	}

	@Test
	void deletesAnEventAndItLeavesTheIndex() {
		String slug = newEvent("zythum");
		String path = "/api/v1/events/" + slug;
		assertThat(eventsFound("zythum")).containsExactly(slug);
		// Vladimir Putin takes part in it now, and in nothing else.
		Answer putin = edit("DELETE", "/api/v1/people/vladimir-putin", null, "If-Match",
				etag("/api/v1/people/vladimir-putin"));
		assertProblem(putin, 409);
		assertThat(putin.list("$.conflicts")).containsExactly("event " + slug + " (participant)");

		assertProblem(edit("DELETE", path, null), 428);
		assertProblem(edit("DELETE", path, null, "If-Match", "\"999\""), 412);
		assertThat(edit("DELETE", path, null, "If-Match", etag(path)).status()).isEqualTo(204);
		assertProblem(get(path), 404);
		assertThat(eventsFound("zythum")).isEmpty();
		assertThat(get("/api/v1/people/vladimir-putin").status()).isEqualTo(200);
	}

	@Test
	void badBodiesAre422NamingTheField() {
		assertInvalid(edit("POST", "/api/v1/events", "{\"kind\": \"FORUM\", \"date\": \"2024\"}"), "/name");
		assertInvalid(edit("POST", "/api/v1/events", "{\"name\": \"Test Gathering\", \"date\": \"2024\"}"), "/kind");
		assertInvalid(edit("POST", "/api/v1/events", "{\"name\": \"Test Gathering\", \"kind\": \"FORUM\"}"), "/date");
		assertInvalid(edit("POST", "/api/v1/events",
				"{\"name\": \"Test Gathering\", \"kind\": \"FORUM\", \"date\": \"2024-02-30\"}"), "/date");
		assertInvalid(edit("POST", "/api/v1/events",
				"{\"name\": \"Test Gathering\", \"kind\": \"FORUM\", \"date\": \"2024\", \"people\": [\"nobody-at-all\"]}"),
				"/people/0");
		assertInvalid(edit("POST", "/api/v1/events",
				"{\"name\": \"Test Gathering\", \"kind\": \"FORUM\", \"date\": \"2024\", \"topics\": [\"no-topic\"]}"),
				"/topics/0");
		assertProblem(edit("POST", "/api/v1/events",
				"{\"name\": \"Test Gathering\", \"kind\": \"PARTY\", \"date\": \"2024\"}"), 400);
		assertProblem(
				edit("POST", "/api/v1/events",
						"{\"name\": \"Test Gathering\", \"kind\": \"FORUM\", \"date\": \"2024\", \"venue\": \"x\"}"),
				400);
		// Nothing of the refused requests was stored.
		assertThat(get("/api/v1/events/test-gathering").status()).isEqualTo(404);
	}

}
