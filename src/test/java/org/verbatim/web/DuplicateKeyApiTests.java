package org.verbatim.web;

import org.junit.jupiter.api.Test;

import org.verbatim.EditingApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON body that gives a property twice is refused, naming the key; nothing is stored.
 */
class DuplicateKeyApiTests extends EditingApiTest {

	private static void assertDuplicate(Answer answer, String key) {
		assertProblem(answer, 400);
		assertThat((String) answer.json("$.type")).isEqualTo("urn:verbatim:problem:malformed-body");
		assertThat((String) answer.json("$.detail")).as("%s", answer).contains("Duplicate").contains("\"" + key + "\"");
	}

	@Test
	void aRepeatedKeyIsRefusedAtAnyDepth() {
		String slug = uniqueSlug("test-duplicate");
		assertDuplicate(edit("POST", "/api/v1/people", """
				{"slug": "%s", "name": "First", "name": "Second"}""".formatted(slug)), "name");
		assertDuplicate(edit("POST", "/api/v1/documents", """
				{"slug": "%s", "title": "Twice", "kind": "SPEECH", "language": "en", "text": "Dear friends",
				 "authors": [{"person": "aleksandr-shpakovsky", "role": "SPEAKER", "role": "AUTHOR"}]}"""
			.formatted(slug)), "role");
		assertDuplicate(edit("POST", "/api/v1/documents/the-only-correct-decision/annotations", """
				{"motivation": "commenting", "bodyValue": "x", "bodyValue": "y",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "Union State"}}}""", "Content-Type",
				"application/ld+json"), "bodyValue");
		assertThat(get("/api/v1/people/" + slug).status()).isEqualTo(404);
		assertThat(get("/api/v1/documents/" + slug).status()).isEqualTo(404);
	}

	@Test
	void aRepeatedKeyInAMergePatchIsRefused() {
		String slug = uniqueSlug("test-duplicate-patch");
		String path = "/api/v1/people/" + slug;
		create("/api/v1/people", """
				{"slug": "%s", "name": "Test Duplicate"}""".formatted(slug));
		String etag = etag(path);
		assertDuplicate(edit("PATCH", path, """
				{"description": "one", "description": null}""", "Content-Type", MERGE_PATCH, "If-Match", etag),
				"description");
		assertThat(etag(path)).isEqualTo(etag);
	}

}
