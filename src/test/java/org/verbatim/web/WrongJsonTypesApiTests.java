package org.verbatim.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.verbatim.EditingApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value of every write body, replaced by JSON of each wrong type: always a 4xx
 * problem that says what JSON was expected, never a Java type name.
 */
class WrongJsonTypesApiTests extends EditingApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Values of every JSON type, each wrong somewhere. */
	private static final List<String> WRONG = List.of("{}", "[]", "\"x\"", "7", "-1.5", "true", "[7]", "{\"a\": 1}");

	/** A qualified Java name, a nested class, or a name from Jackson's own messages. */
	private static final Pattern JAVA_TYPE = Pattern
		.compile("\\b(java|javax|jakarta|org|tools|com)\\.[a-z]|\\w\\$\\w|\\bclass \\w|Input\\b|JsonToken|Enum class");

	private static final String TOO_LONG = "x".repeat(501);

	/**
	 * The bodies to POST are refused after they are read, for two reasons (a slug that is
	 * not one, a name or title too long), so that with any one value replaced nothing is
	 * stored.
	 */
	private static final String DOCUMENT = """
			{"slug": "Not A Slug!", "title": "%1$s", "kind": "SPEECH", "language": "en",
			 "date": {"value": "2025-03", "inferredFrom": "in March"}, "subtitle": "s", "publisher": "p",
			 "sourceUrl": "https://example.org", "text": "We will build the Union State together.",
			 "authors": [{"person": {"slug": "aleksandr-lukashenko"}, "role": "SPEAKER", "title": "President"}],
			 "topics": ["politics", {"slug": "economy"}],
			 "sections": [{"kind": "BODY", "heading": "h", "target": {"selector": {"type": "TextPositionSelector",
			               "start": 0, "end": 7}}}],
			 "quotes": [{"kind": "DIRECT", "speaker": {"person": "aleksandr-lukashenko"}, "attribution": "he said",
			             "date": "2025", "topics": ["politics"], "event": "forum-of-regions-2023",
			             "target": {"selector": [{"type": "TextQuoteSelector", "exact": "Union State",
			                                      "prefix": "the ", "suffix": " together"}]}}],
			 "annotations": [{"motivation": "describing", "body": "b", "topic": "economy",
			                  "claim": {"quantity": 5, "unit": "USD", "period": "2024"},
			                  "target": {"selector": {"type": "TextQuoteSelector", "exact": "We"}}}]}"""
		.formatted(TOO_LONG);

	private static final String PERSON = """
			{"slug": "Not A Slug!", "name": "%1$s", "description": "d",
			 "variants": [{"name": "Test", "language": "en", "kind": "PRINTED"}],
			 "roles": [{"title": "Senator", "organisation": "federation-council", "from": "2020-03", "to": {"value": "2021"},
			            "sourceNote": "n"}]}"""
		.formatted(TOO_LONG);

	private static final String ORGANISATION = """
			{"slug": "Not A Slug!", "name": "%1$s", "description": "d",
			 "variants": [{"name": "Test", "language": "en", "kind": "PRINTED"}]}""".formatted(TOO_LONG);

	private static final String EVENT = """
			{"slug": "Not A Slug!", "name": "Test event", "place": "%1$s", "kind": "FORUM", "date": "2023-06",
			 "description": "d", "people": ["aleksandr-lukashenko", {"slug": "vladimir-putin"}],
			 "organisations": ["federation-council"], "topics": ["politics"]}""".formatted(TOO_LONG);

	private static final String TOPIC = """
			{"slug": "Not A Slug!", "label": "%1$s", "description": "d", "parent": "politics"}""".formatted(TOO_LONG);

	private static final String QUOTE = """
			{"kind": "DIRECT", "speaker": {"person": "aleksandr-lukashenko"}, "attribution": "he said",
			 "date": "2025", "topics": ["politics"], "event": {"slug": "forum-of-regions-2023"},
			 "target": {"selector": {"type": "TextQuoteSelector", "exact": "no such words in the text at all"}}}""";

	private static final String ANNOTATION = """
			{"motivation": "describing", "body": "b", "topic": "economy",
			 "claim": {"quantity": 5, "unit": "USD", "period": {"value": "2024"}},
			 "target": {"selector": {"type": "TextQuoteSelector", "exact": "no such words in the text at all"}}}""";

	private static final String WEB_ANNOTATION = """
			{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "motivation": "commenting",
			 "body": {"type": "TextualBody", "value": "b"},
			 "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "no such words at all"}}}""";

	private static final String STALE = "\"999999\"";

	@Test
	void noProblemNamesAJavaType() {
		String quote = "/api/v1/quotes/" + get("/api/v1/quotes?size=1").<Object>json("$.items[0].id");
		String annotation = "/api/v1/annotations/"
				+ get("/api/v1/documents/the-only-correct-decision/annotations").<Object>json("$[0].id");
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (Write write : List.of(new Write("POST", "/api/v1/documents", "application/json", DOCUMENT),
				new Write("PUT", "/api/v1/documents/the-only-correct-decision", "application/json", DOCUMENT),
				new Write("PATCH", "/api/v1/documents/the-only-correct-decision", MERGE_PATCH, DOCUMENT),
				new Write("POST", "/api/v1/people", "application/json", PERSON),
				new Write("PUT", "/api/v1/people/aleksandr-lukashenko", "application/json", PERSON),
				new Write("PATCH", "/api/v1/people/aleksandr-lukashenko", MERGE_PATCH, PERSON),
				new Write("POST", "/api/v1/organisations", "application/json", ORGANISATION),
				new Write("PUT", "/api/v1/organisations/rosatom", "application/json", ORGANISATION),
				new Write("POST", "/api/v1/events", "application/json", EVENT),
				new Write("PUT", "/api/v1/events/forum-of-regions-2023", "application/json", EVENT),
				new Write("POST", "/api/v1/topics", "application/json", TOPIC),
				new Write("PATCH", "/api/v1/topics/economy", MERGE_PATCH, TOPIC),
				new Write("POST", "/api/v1/documents/the-only-correct-decision/quotes", "application/json", QUOTE),
				new Write("PUT", quote, "application/json", QUOTE), new Write("PATCH", quote, MERGE_PATCH, QUOTE),
				new Write("POST", "/api/v1/documents/the-only-correct-decision/annotations", "application/json",
						ANNOTATION),
				new Write("POST", "/api/v1/documents/the-only-correct-decision/annotations", "application/ld+json",
						WEB_ANNOTATION),
				new Write("PUT", annotation, "application/json", ANNOTATION),
				new Write("PATCH", annotation, MERGE_PATCH, ANNOTATION))) {
			for (String body : wrongTypes(write.body())) {
				Answer answer = edit(write.method(), write.path(), body, "Content-Type", write.type(), "If-Match",
						STALE);
				sent++;
				if (answer.status() == 201) {
					deleteLast(answer.header("Location"));
				}
				check(write.method() + " " + write.path() + " " + body, answer, failures);
			}
		}
		StringBuilder lines = new StringBuilder();
		for (String body : wrongTypes(DOCUMENT)) {
			lines.append(body.replace('\n', ' ')).append('\n');
		}
		Answer imported = edit("POST", "/api/v1/import", lines.toString(), "Content-Type", "application/x-ndjson");
		assertThat(imported.status()).isEqualTo(200);
		assertThat(imported.body()).doesNotContain("\"status\":\"created\"");
		imported.body().lines().filter(line -> JAVA_TYPE.matcher(line).find()).forEach(failures::add);
		assertThat(sent).isGreaterThan(500);
		assertThat(failures).as("of %s requests", sent).isEmpty();
	}

	@Test
	void aWrongTypeSaysWhatJsonWasExpected() {
		Answer authors = edit("POST", "/api/v1/documents", """
				{"slug": "x", "title": "x", "kind": "SPEECH", "language": "en", "text": "x", "authors": "someone"}""");
		assertProblem(authors, 400);
		assertThat((String) authors.json("$.detail")).startsWith("/authors: ").contains("a list of authors");
		assertThat((String) authors.json("$.pointer")).isEqualTo("/authors");
		Answer person = edit("POST", "/api/v1/people", "[]");
		assertThat((String) assertProblem(person, 400).json("$.detail")).contains("an object");
		Answer title = edit("PUT", "/api/v1/topics/economy", "{\"label\": {}}", "If-Match", STALE);
		assertThat((String) assertProblem(title, 400).json("$.detail")).contains("/label").contains("a string");
		Answer kind = edit("POST", "/api/v1/events", "{\"name\": \"x\", \"kind\": \"PARTY\"}");
		assertThat((String) assertProblem(kind, 400).json("$.detail")).contains("/kind").contains("FORUM");
	}

	private static void check(String request, Answer answer, List<String> failures) {
		if (answer.status() >= 500 || answer.status() < 400) {
			failures.add(request + " -> " + answer);
		}
		else if (!answer.contentType().startsWith("application/problem+json")) {
			failures.add(request + " -> not a problem: " + answer);
		}
		else {
			Matcher type = JAVA_TYPE.matcher(answer.body());
			if (type.find()) {
				failures.add(request + " -> ..."
						+ answer.body().substring(Math.max(0, type.start() - 200), type.end() + 40));
			}
		}
	}

	/** The body with each of its values (and itself) replaced by each wrong value. */
	private static List<String> wrongTypes(String body) {
		JsonNode root = JSON.readTree(body);
		List<String> bodies = new ArrayList<>();
		collect(root, List.of(), root, bodies);
		return bodies;
	}

	/**
	 * Each replacement of the node at {@code path} (names and indexes) in {@code root}.
	 */
	private static void collect(JsonNode root, List<Object> path, JsonNode node, List<String> bodies) {
		for (String wrong : WRONG) {
			bodies.add(JSON.writeValueAsString(replaced(root, path, JSON.readTree(wrong))));
		}
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				collect(root, append(path, field.getKey()), field.getValue(), bodies);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				collect(root, append(path, i), array.get(i), bodies);
			}
		}
	}

	private static List<Object> append(List<Object> path, Object step) {
		List<Object> longer = new ArrayList<>(path);
		longer.add(step);
		return longer;
	}

	private static JsonNode replaced(JsonNode root, List<Object> path, JsonNode value) {
		if (path.isEmpty()) {
			return value;
		}
		JsonNode copy = root.deepCopy();
		JsonNode parent = copy;
		for (Object step : path.subList(0, path.size() - 1)) {
			parent = (step instanceof Integer index) ? parent.get(index) : parent.get((String) step);
		}
		Object last = path.get(path.size() - 1);
		if (last instanceof Integer index) {
			((ArrayNode) parent).set(index, value);
		}
		else {
			((ObjectNode) parent).set((String) last, value);
		}
		return copy;
	}

	private record Write(String method, String path, String type, String body) {
	}

}
