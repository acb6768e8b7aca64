package org.verbatim.shared;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.verbatim.EditingApiTest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits of text fields, annotated on the input records, give the same 422 on every
 * write path: POST, PUT, the merged input of a PATCH, records created inline, a document
 * with its quotes and annotations, and each line of an import.
 */
class InputLimitsApiTests extends EditingApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A letter outside the Basic Multilingual Plane: two UTF-16 units, one character. */
	private static final String WIDE = "\uD835\uDC00";

	private static final String TEXT = "Dear friends! Our unity is not a threat to anyone.";

	/** Where the quotes of {@link #TEXT} stand. */
	private static final String TARGET = """
			{"selector": {"type": "TextQuoteSelector", "exact": "Our unity"}}""";

	@Test
	void aTextIsCountedInCharactersNotUtf16Units() {
		Answer answer = assertInvalid(edit("POST", "/api/v1/people", """
				{"name": "%s"}""".formatted(WIDE.repeat(301))), "/name");
		assertThat(answer.<String>json("$.type")).isEqualTo("urn:verbatim:problem:invalid-input");
		assertThat(answer.<String>json("$.errors[0].detail"))
			.isEqualTo("Too long: 301 characters where at most 300 are accepted.");
		assertThat(answer.<String>json("$.detail")).isEqualTo(
				"/name: Too long: 301 characters where at most 300 are accepted. Nothing of the request was stored.");
	}

	@Test
	void aBlankOptionalTextIsStoredAsAbsent() {
		String slug = uniqueSlug("test-blank");
		create("/api/v1/people", """
				{"slug": "%s", "name": "Test Blank", "description": "   "}""".formatted(slug));
		assertThat(get("/api/v1/people/" + slug).<Object>json("$.description")).isNull();
	}

	@Test
	void aReplacementAndAMergedPatchAreCheckedAsANewRecordIs() {
		String slug = uniqueSlug("test-limits");
		String path = "/api/v1/people/" + slug;
		create("/api/v1/people", """
				{"slug": "%s", "name": "Test Limits"}""".formatted(slug));
		String etag = etag(path);
		String description = "d".repeat(2001);
		Answer put = assertInvalid(edit("PUT", path, """
				{"name": "Test Limits", "description": "%s"}""".formatted(description), "If-Match", etag),
				"/description");
		Answer patch = assertInvalid(edit("PATCH", path, """
				{"description": "%s"}""".formatted(description), "Content-Type", MERGE_PATCH, "If-Match", etag),
				"/description");
		for (Answer answer : List.of(put, patch)) {
			assertThat(answer.<String>json("$.errors[0].detail"))
				.isEqualTo("Too long: 2001 characters where at most 2000 are accepted.");
		}
		assertThat(etag(path)).isEqualTo(etag);
	}

	@Test
	void everyViolationOfARecordIsNamedInBodyOrder() {
		String slug = uniqueSlug("test-roles");
		String path = "/api/v1/people/" + slug;
		create("/api/v1/people", """
				{"slug": "%s", "name": "Test Roles"}""".formatted(slug));
		Answer answer = assertInvalid(edit("PUT", path, """
				{"name": "Test Roles", "roles": [{"title": "%s"}, {"title": "Tester", "sourceNote": "%s"}]}"""
			.formatted("t".repeat(501), "n".repeat(501)), "If-Match", etag(path)), "/roles/0/title");
		assertThat(answer.list("$.errors[*].pointer")).containsExactly("/roles/0/title", "/roles/1/sourceNote");
		assertThat(answer.<String>json("$.detail"))
			.isEqualTo("2 items of the request cannot be stored; see `errors`. Nothing of the request was stored.");
	}

	@Test
	void recordsCreatedInlineAreCheckedWhereTheyStand() {
		String slug = uniqueSlug("test-inline");
		Answer answer = edit("POST", "/api/v1/documents", """
				{"slug": "%s", "title": "Test limits", "kind": "SPEECH", "language": "en", "text": "%s",
				 "quotes": [{"speaker": {"person": {"name": "%s"}}, "target": %s},
				            {"event": {"name": "Test Inline Event", "kind": "FORUM", "date": "2024", "place": "%s"},
				             "target": %s}]}
				""".formatted(slug, TEXT, "n".repeat(301), TARGET, "p".repeat(301), TARGET));
		assertInvalid(answer, "/quotes/0/speaker/person/name");
		assertThat(answer.list("$.errors[*].pointer")).containsExactly("/quotes/0/speaker/person/name",
				"/quotes/1/event/place");
		assertThat(get("/api/v1/documents/" + slug).status()).isEqualTo(404);
	}

	@Test
	void thePartsOfARecordAreCheckedWithIt() {
		Answer date = assertInvalid(edit("POST", "/api/v1/events", """
				{"name": "Test Dated", "kind": "FORUM", "date": {"value": "2024", "inferredFrom": "%s"}}"""
			.formatted("i".repeat(501))), "/date/inferredFrom");
		assertThat(date.<String>json("$.errors[0].detail"))
			.isEqualTo("Too long: 501 characters where at most 500 are accepted.");
		for (String tag : List.of("{x}", "${1+1}")) {
			Answer language = assertInvalid(edit("POST", "/api/v1/people", """
					{"name": "Test Tagged", "variants": [{"name": "T", "language": "%s", "kind": "PRINTED"}]}"""
				.formatted(tag)), "/variants/0/language");
			assertThat(language.<String>json("$.errors[0].detail"))
				.isEqualTo("'" + tag + "' is not a BCP 47 language tag. Accepted: e.g. en, ru, be, ru-Cyrl, be-Latn.");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void eachLineOfAnImportIsCheckedAsItsPost() {
		// One document a line: a backslash continues the second over two lines here.
		String ndjson = """
				{"slug": "%s", "title": "%s", "kind": "SPEECH", "language": "en", "text": "%s"}
				{"slug": "%s", "title": "Test limits", "kind": "SPEECH", "language": "en", "text": "%s", \
				"quotes": [{"attribution": "%s", "target": %s}]}
				""".formatted(uniqueSlug("test-import"), "t".repeat(501), TEXT, uniqueSlug("test-import"), TEXT,
				"a".repeat(1001), TARGET);
		Answer answer = edit("POST", "/api/v1/import", ndjson, "Content-Type", "application/x-ndjson");
		assertThat(answer.status()).isEqualTo(200);
		List<Map<String, Object>> lines = answer.body()
			.lines()
			.map(line -> (Map<String, Object>) JSON.readValue(line, Map.class))
			.toList();
		assertThat(lines.get(0)).containsEntry("status", "failed");
		assertThat(lines.get(1)).containsEntry("status", "failed");
		assertThat(((Map<String, Object>) lines.get(0).get("problem")).get("errors")).isEqualTo(List
			.of(Map.of("pointer", "/title", "detail", "Too long: 501 characters where at most 500 are accepted.")));
		assertThat(((Map<String, Object>) lines.get(1).get("problem")).get("errors"))
			.isEqualTo(List.of(Map.of("pointer", "/quotes/0/attribution", "detail",
					"Too long: 1001 characters where at most 1000 are accepted.")));
	}

}
