package org.verbatim.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.verbatim.ApiTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests of the curation API: a speech with its quotes and annotations to post
 * as an editor, and the documents and people a test created deleted after it, so that
 * other test classes count the seed alone.
 */
abstract class CurationApiTest extends ApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Every table of the schema, to prove that a refused request leaves no row behind.
	 */
	static final List<String> TABLES = List.of("topic", "organisation", "organisation_name_variant", "person",
			"person_name_variant", "person_role", "event", "event_person", "event_organisation", "event_topic",
			"document", "document_text", "document_section", "document_author", "document_topic", "quote",
			"quote_occurrence", "quote_topic", "annotation");

	static final String SPEECH = "Dear friends! Our unity is not a threat to anyone. I repeat: our unity is "
			+ "not a threat to anyone. We will build the Union State together.";

	/** A speech: its slug, its speaker's slug, name and name variants, and its text. */
	private static final String SPEECH_BODY = """
			{
			  "slug": "%1$s",
			  "title": "Address on the Union State",
			  "kind": "SPEECH",
			  "language": "en",
			  "date": "2025-03",
			  "text": "%5$s",
			  "authors": [{"person": {"slug": "%2$s", "name": "%3$s", "variants": %4$s}, "role": "SPEAKER"}],
			  "topics": ["politics"],
			  "quotes": [
			    {"speaker": {"person": "%2$s"}, "attribution": "%3$s said",
			     "target": {"selector": {"type": "TextQuoteSelector", "exact": "We will build the Union State together"}}},
			    {"speaker": {"person": "%2$s"},
			     "target": {"selector": {"type": "TextQuoteSelector", "exact": "unity is not a threat to anyone",
			                             "prefix": "Our "}}}
			  ],
			  "annotations": [
			    {"motivation": "commenting", "body": "The phrase is repeated.",
			     "target": {"selector": {"type": "TextQuoteSelector", "exact": "I repeat"}}}
			  ]
			}""";

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * What the test created, deleted after it: other test classes count the seed alone.
	 */
	final List<String> createdDocuments = new ArrayList<>();

	final List<String> createdPeople = new ArrayList<>();

	Answer post(Map<String, Object> body) {
		Answer answer = send("POST", "/api/v1/documents", JSON.writeValueAsString(body), "Authorization",
				"Bearer " + EDITOR_TOKEN);
		if (answer.status() == 201) {
			created(body);
		}
		return answer;
	}

	void created(Map<String, Object> body) {
		this.createdDocuments.add((String) body.get("slug"));
		for (Object author : (List<?>) body.getOrDefault("authors", List.of())) {
			if (((Map<?, ?>) author).get("person") instanceof Map<?, ?> person) {
				this.createdPeople.add((String) person.get("slug"));
			}
		}
	}

	@AfterEach
	void deleteWhatTheTestCreated() {
		this.createdDocuments.forEach(slug -> delete("/api/v1/documents/" + slug));
		this.createdPeople.forEach(slug -> delete("/api/v1/people/" + slug));
		this.createdDocuments.clear();
		this.createdPeople.clear();
	}

	private void delete(String path) {
		Answer current = get(path);
		if (current.status() == 200) {
			Answer deleted = send("DELETE", path, null, "Authorization", "Bearer " + EDITOR_TOKEN, "If-Match",
					current.header("ETag"));
			assertThat(deleted.status()).as("DELETE %s: %s", path, deleted).isEqualTo(204);
		}
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A JSON text read into maps and lists that a test may change. */
	@SuppressWarnings("unchecked")
	static <T> T json(String text) {
		return (T) JSON.readValue(text, Object.class);
	}

	static Map<String, Object> speech(String slug, String speakerSlug, String speakerName) {
		return speech(slug, speakerSlug, speakerName, "[]");
	}

	/** The speech, its speaker with these name variants (a JSON array). */
	static Map<String, Object> speech(String slug, String speakerSlug, String speakerName, String variants) {
		return json(SPEECH_BODY.formatted(slug, speakerSlug, speakerName, variants, SPEECH));
	}

	Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		TABLES
			.forEach(table -> counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class)));
		return counts;
	}

	/** PATCHes a quote at its current ETag: the status. */
	int patch(Object quoteId, String body) {
		String location = "/api/v1/quotes/" + quoteId;
		Answer patched = send("PATCH", location, body, "Authorization", "Bearer " + EDITOR_TOKEN, "Content-Type",
				"application/merge-patch+json", "If-Match", get(location).header("ETag"));
		return patched.status();
	}

}
