package org.verbatim.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.verbatim.EditingApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A null item in a list is refused naming its JSON Pointer, never a 500; nothing is
 * stored.
 */
class NullItemApiTests extends EditingApiTest {

	private static final String DOCUMENT = "/api/v1/documents/the-only-correct-decision";

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					/quotes      | application/json    | {"target": {"selector": [null]}}                                  | /target/0/selector/0
					/quotes      | application/json    | {"target": [null]}                                                | /target/0
					/annotations | application/json    | {"motivation": "commenting", "body": "x", "target": {"selector": [null]}} | /target/selector/0
					/annotations | application/ld+json | {"motivation": "commenting", "bodyValue": "x", "target": {"selector": [null]}} | /target/selector/0
					/annotations | application/ld+json | {"motivation": "commenting", "body": [null], "target": {"selector": {"type": "TextQuoteSelector", "exact": "Union State"}}} | /body/0
					""")
	void aNullItemIsRefusedByPointer(String collection, String contentType, String body, String pointer) {
		String path = DOCUMENT + collection;
		int before = get(path).list("$..id").size();
		Answer answer = edit("POST", path, body, "Content-Type", contentType);
		assertThat(answer.status()).as("%s", answer).isIn(400, 422);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).contains("\"" + pointer + "\"").doesNotContain("java.", "org.verbatim");
		assertThat(get(path).list("$..id")).hasSize(before);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					{"title": "Null", "kind": "SPEECH", "language": "en", "text": "Dear friends", "topics": [null]}       | /topics/0
					{"title": "Null", "kind": "SPEECH", "language": "en", "text": "Dear friends", "authors": [null]}      | /authors/0
					{"title": "Null", "kind": "SPEECH", "language": "en", "text": "Dear friends", "quotes": [null]}       | /quotes/0
					{"title": "Null", "kind": "SPEECH", "language": "en", "text": "Dear friends", "annotations": [null]}  | /annotations/0
					""")
	void aNullItemInADocumentIsRefusedByPointer(String body, String pointer) {
		Answer answer = edit("POST", "/api/v1/documents", body);
		assertThat(answer.status()).as("%s", answer).isIn(400, 422);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).contains("\"" + pointer + "\"").doesNotContain("java.", "org.verbatim");
		assertThat(get("/api/v1/documents/null").status()).isEqualTo(404);
	}

}
