package org.verbatim.web;

import org.junit.jupiter.api.Test;

import org.verbatim.EditingApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text the archive cannot store exactly as given is refused with 400 naming the field or
 * parameter, the same on H2 and PostgreSQL, and nothing is stored.
 */
class UnstorableTextApiTests extends EditingApiTest {

	/** A JSON escape of U+0000, as a client would send it. */
	private static final String NUL = "\\u0000";

	private static Answer assertRefusedField(Answer answer, String pointer) {
		assertProblem(answer, 400);
		assertThat((String) answer.json("$.pointer")).as("%s", answer).isEqualTo(pointer);
		assertThat((String) answer.json("$.detail")).startsWith(pointer + ": ").contains("U+0000");
		return answer;
	}

	@Test
	void nulInAQueryParameterIsRefusedByName() {
		for (String path : new String[] { "/api/v1/quotes?speaker=a%00b", "/api/v1/people?q=%00",
				"/api/v1/search?q=union%00state", "/api/v1/events?participant=x%00" }) {
			Answer answer = get(path);
			assertProblem(answer, 400);
			assertThat((String) answer.json("$.parameter")).as(path).isEqualTo(path.replaceAll(".*\\?|=.*", ""));
			assertThat((String) answer.json("$.accepted")).contains("NUL");
		}
	}

	@Test
	void nulInAJsonFieldIsRefusedByPointerAndNothingIsStored() {
		String slug = uniqueSlug("test-nul");
		assertRefusedField(edit("POST", "/api/v1/people", """
				{"slug": "%s", "name": "a%sb"}""".formatted(slug, NUL)), "/name");
		assertRefusedField(edit("POST", "/api/v1/documents", """
				{"slug": "%s", "title": "Nul", "kind": "SPEECH", "language": "en", "text": "Dear %s friends"}"""
			.formatted(slug, NUL)), "/text");
		assertRefusedField(edit("POST", "/api/v1/documents", """
				{"slug": "%s", "title": "Nul", "kind": "SPEECH", "language": "en", "text": "Dear friends",
				 "topics": ["energy", "x%s"]}""".formatted(slug, NUL)), "/topics/1");
		assertThat(get("/api/v1/people/" + slug).status()).isEqualTo(404);
		assertThat(get("/api/v1/documents/" + slug).status()).isEqualTo(404);
	}

	@Test
	void nulInAMergePatchIsRefusedByPointer() {
		String slug = uniqueSlug("test-nul-patch");
		String path = "/api/v1/people/" + slug;
		create("/api/v1/people", """
				{"slug": "%s", "name": "Test Nul"}""".formatted(slug));
		String etag = etag(path);
		assertRefusedField(edit("PATCH", path, """
				{"description": "a%sb"}""".formatted(NUL), "Content-Type", MERGE_PATCH, "If-Match", etag),
				"/description");
		assertThat(etag(path)).isEqualTo(etag);
	}

	@Test
	void nulInAWebAnnotationIsRefusedByPointer() {
		assertRefusedField(edit("POST", "/api/v1/documents/the-only-correct-decision/annotations", """
				{"motivation": "commenting", "bodyValue": "x%sy",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "Union State"}}}""".formatted(NUL),
				"Content-Type", "application/ld+json"), "/bodyValue");
	}

	@Test
	void loneSurrogatesAreRefusedByPointerAndPairsAccepted() {
		String slug = uniqueSlug("test-surrogate");
		Answer low = assertRefusedField(edit("POST", "/api/v1/people", """
				{"slug": "%s", "name": "a\\udc00b"}""".formatted(slug)), "/name");
		assertThat((String) low.json("$.detail")).contains("\\uDC00");
		assertRefusedField(edit("POST", "/api/v1/documents",
				"""
						{"slug": "%s", "title": "Surrogate", "kind": "SPEECH", "language": "en", "text": "Dear friends\\ud800"}"""
					.formatted(slug)),
				"/text");
		assertRefusedField(edit("POST", "/api/v1/documents", """
				{"slug": "%s", "title": "Surrogate", "kind": "SPEECH", "language": "en", "text": "Dear friends",
				 "authors": [{"person": "x\\udbff\\udbffy", "role": "SPEAKER"}]}""".formatted(slug)),
				"/authors/0/person");
		assertThat(get("/api/v1/people/" + slug).status()).isEqualTo(404);
		assertThat(get("/api/v1/documents/" + slug).status()).isEqualTo(404);
		create("/api/v1/people", """
				{"slug": "%s", "name": "a\\ud835\\udc00b"}""".formatted(slug));
		assertThat(get("/api/v1/people/" + slug).<String>json("$.name")).isEqualTo("a\uD835\uDC00b");
	}

}
