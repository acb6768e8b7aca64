package org.verbatim.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description is part of the product: every endpoint, described, with
 * examples.
 */
class OpenApiTests extends ApiTest {

	static final List<String> PATHS = List.of("/api/v1/documents", "/api/v1/documents/{slug}",
			"/api/v1/documents/{slug}/text", "/api/v1/documents/{slug}/annotations",
			"/api/v1/documents/{slug}/annotations/", "/api/v1/documents/{slug}/annotations/{id}",
			"/api/v1/annotations/{id}", "/api/v1/quotes", "/api/v1/quotes/{id}", "/api/v1/people",
			"/api/v1/people/{slug}", "/api/v1/people/{slug}/quotes", "/api/v1/organisations",
			"/api/v1/organisations/{slug}", "/api/v1/organisations/{slug}/quotes", "/api/v1/events",
			"/api/v1/events/{slug}", "/api/v1/topics", "/api/v1/topics/{slug}", "/api/v1/search", "/api/v1/ping");

	@Test
	void listsEveryEndpointAndNothingElse() {
		Answer docs = get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		Map<String, Object> paths = docs.json("$.paths");
		List<String> all = new java.util.ArrayList<>(PATHS);
		// Write-only paths: marking a quote in a document, and bulk import.
		all.addAll(List.of("/api/v1/documents/{slug}/quotes", "/api/v1/import"));
		assertThat(paths.keySet()).containsExactlyInAnyOrderElementsOf(all);
		assertThat(docs.<String>json("$.info.title")).isEqualTo("Verbatim API");
		assertThat(docs.<String>json("$.info.description")).contains("code points");
		assertThat(docs.<String>json("$.info.version")).isNotBlank();
	}

	@Test
	void everyOperationAndParameterIsDescribed() {
		Answer docs = get("/v3/api-docs");
		List<Map<String, Object>> operations = docs.json("$.paths.*.get");
		assertThat(operations).hasSize(PATHS.size());
		for (Map<String, Object> operation : operations) {
			assertThat((String) operation.get("summary")).isNotBlank();
			assertThat((String) operation.get("description")).isNotBlank();
			assertThat((List<?>) operation.get("tags")).hasSize(1);
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters",
					List.of());
			for (Map<String, Object> parameter : parameters) {
				assertThat((String) parameter.get("description"))
					.as("%s %s", operation.get("summary"), parameter.get("name"))
					.isNotBlank();
				boolean hasExample = parameter.containsKey("example") || parameter.containsKey("examples");
				assertThat(hasExample).as("example of %s in %s", parameter.get("name"), operation.get("summary"))
					.isTrue();
			}
		}
		assertThat(docs.<List<String>>json("$.tags[*].name")).contains("Documents", "Quotes", "People", "Organisations",
				"Events", "Topics");
	}

	@Test
	void everyOperationDocumentsItsAnswerAndItsProblems() {
		Answer docs = get("/v3/api-docs");
		for (String path : PATHS) {
			Map<String, Object> responses = docs.json("$.paths['" + path + "'].get.responses");
			assertThat(responses).as(path).containsKeys("200");
			// Only the ping reads no database and so never answers 503.
			if (path.equals("/api/v1/ping")) {
				assertThat(responses).as(path).doesNotContainKey("503");
			}
			else {
				assertThat(responses).as(path).containsKey("503");
			}
			Map<String, Object> ok = docs.json("$.paths['" + path + "'].get.responses.200.content");
			assertThat(ok).as("content of 200 for %s", path).isNotEmpty();
			assertThat(ok.toString()).as("schema of 200 for %s", path).containsAnyOf("$ref", "type");
			if (path.contains("{")) {
				assertThat(responses).as(path).containsKey("404");
			}
		}
		assertThat(docs
			.<String>json("$.paths['/api/v1/quotes'].get.responses.200.content['application/json'].schema.$ref"))
			.contains("PagedResponse");
		assertThat(docs.<String>json(
				"$.paths['/api/v1/quotes'].get.responses.400.content['application/problem+json'].schema.$ref"))
			.endsWith("/Problem");
		assertThat(docs.<Map<String, Object>>json("$.components.schemas")).containsKeys("Quote", "DocumentDetail",
				"PersonDetail", "EventDetail", "TopicNode", "Problem");
		// One entry per tag, each described once, in the order a newcomer reads them.
		assertThat(docs.<List<String>>json("$.tags[*].name")).containsExactly("Search", "Quotes", "Documents", "People",
				"Organisations", "Events", "Topics", "Annotations", "Import", "Service");
		assertThat(docs.<List<String>>json("$.tags[*].description")).allSatisfy(d -> assertThat(d).isNotBlank());
	}

	@Test
	void readsArePublicAndWritesNeedTheEditorsToken() {
		Answer docs = get("/v3/api-docs");
		assertThat(docs.list("$.security[*].editorToken")).hasSize(1);
		for (String path : PATHS) {
			Map<String, Object> read = docs.json("$.paths['" + path + "'].get");
			assertThat(read).as(path).containsEntry("security", List.of());
		}
		assertThat(docs.list("$.paths.*.post.security[*].editorToken")).hasSize(9);
	}

	@Test
	void documentsTheAnswersOfTheRequestMapping() {
		Answer docs = get("/v3/api-docs");
		for (String path : PATHS) {
			// Unknown query parameters are refused everywhere; an Accept that names
			// nothing the operation produces is refused.
			assertThat(docs.<Map<String, Object>>json("$.paths['" + path + "'].get.responses")).as(path)
				.containsKeys("400", "406");
		}
		assertThat(docs.<String>json("$.paths['/api/v1/quotes/{id}'].get.responses.406.description"))
			.endsWith(": application/json");
		assertThat(docs.<String>json("$.paths['/api/v1/annotations/{id}'].get.responses.406.description"))
			.contains("application/ld+json");
		assertThat(docs.<String>json("$.paths['/api/v1/documents/{slug}/annotations'].post.responses.415.description"))
			.contains("application/json", "application/ld+json");
		assertThat(docs.<String>json("$.paths['/api/v1/people/{slug}'].patch.responses.415.description"))
			.endsWith(": application/merge-patch+json");
	}

	@Test
	void noSchemaIsPartOfItself() {
		Map<String, Map<String, Object>> schemas = get("/v3/api-docs").json("$.components.schemas");
		assertThat(schemas.get("Selector")).containsKeys("oneOf", "discriminator").doesNotContainKey("properties");
		schemas.forEach((name, schema) -> assertThat(String.valueOf(schema.get("allOf"))).as(name)
			.doesNotContain("#/components/schemas/Selector"));
		assertThat(schemas.get("TextQuoteSelector")).containsEntry("type", "object").doesNotContainKey("allOf");
	}

	@Test
	void declaresWhatMayBeNull() {
		Answer docs = get("/v3/api-docs");
		String schemas = "$.components.schemas.";
		// Seeded answers send these as null: a plain type takes null beside it, a
		// reference is oneOf itself and null.
		assertThat(docs.list(schemas + "DocumentDetail.properties.subtitle.type[*]")).containsExactly("string", "null");
		assertThat(docs.list(schemas + "DocumentDetail.properties.publisher.type[*]")).contains("null");
		assertThat(docs.list(schemas + "DateView.properties.inferredFrom.type[*]")).contains("null");
		assertThat(docs.list(schemas + "Speaker.properties.person.oneOf[*].type")).containsExactly("null");
		assertThat(docs.list(schemas + "Speaker.properties.person.oneOf[*].$ref"))
			.containsExactly("#/components/schemas/PersonRef");
		// What is never null stays so, and a required input field is not made nullable.
		assertThat(docs.<String>json(schemas + "DocumentDetail.properties.title.type")).isEqualTo("string");
		assertThat(docs.<String>json(schemas + "DocumentInput.properties.title.type")).isEqualTo("string");
	}

	@Test
	void declaresTheShortFormsTheInputsTake() {
		Answer docs = get("/v3/api-docs");
		assertThat(docs.list("$.components.schemas.AuthorInput.properties.person.oneOf[*].type"))
			.containsExactly("string");
		assertThat(docs.list("$.components.schemas.AuthorInput.properties.person.oneOf[*].$ref"))
			.containsExactly("#/components/schemas/PersonInput");
		assertThat(docs.list("$.components.schemas.DocumentInput.properties.date.oneOf[*].pattern")).hasSize(1);
		assertThat(docs.list("$.components.schemas.DocumentInput.properties.topics.items.oneOf[*].$ref"))
			.containsExactly("#/components/schemas/TopicInput");
		// One item instead of a list is described, not declared: clients would not
		// compile.
		assertThat(docs.<String>json("$.components.schemas.Target.properties.selector.items.$ref"))
			.endsWith("/Selector");
		assertThat(docs.<String>json("$.components.schemas.QuoteInput.properties.target.description"))
			.endsWith("One item alone, not in a list, is accepted too.");
		// String parameters have string examples, as the schema says.
		assertThat(docs.list("$.paths['/api/v1/quotes'].get.parameters[?(@.name == 'from')].example"))
			.containsExactly("2023");
	}

	@Test
	void theParameterExamplesWorkOnTheSeededData() {
		Answer docs = get("/v3/api-docs");
		for (String path : PATHS) {
			Map<String, Object> operation = docs.json("$.paths['" + path + "'].get");
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters",
					List.of());
			for (Map<String, Object> parameter : parameters) {
				String example = String.valueOf(parameter.get("example"));
				if (!"path".equals(parameter.get("in"))
						&& !List.of("sort", "page", "size").contains(parameter.get("name"))) {
					// Each query example alone is accepted and, for a filter, finds
					// something.
					Answer alone = get(resolved(path, parameters) + "?" + required(parameters, parameter)
							+ parameter.get("name") + "=" + enc(example));
					assertThat(alone.status()).as("%s?%s=%s", path, parameter.get("name"), example).isEqualTo(200);
					if (alone.body().startsWith("{\"items\"")) {
						assertThat(alone.<Integer>json("$.totalItems"))
							.as("%s?%s=%s finds something", path, parameter.get("name"), example)
							.isPositive();
					}
				}
			}
			String resolved = resolved(path, parameters) + "?" + required(parameters, Map.of());
			assertThat(get(resolved).status()).as(resolved).isEqualTo(200);
		}
	}

	@Test
	void swaggerUiIsServed() {
		Answer ui = get("/swagger-ui.html");
		assertThat(ui.status()).isIn(200, 302);
		Answer index = get("/swagger-ui/index.html");
		assertThat(index.status()).isEqualTo(200);
		assertThat(index.body()).contains("swagger-ui");
	}

	/**
	 * The required query parameters but {@code besides}, with their examples, as the
	 * start of a query.
	 */
	private static String required(List<Map<String, Object>> parameters, Map<String, Object> besides) {
		StringBuilder query = new StringBuilder();
		for (Map<String, Object> parameter : parameters) {
			if (Boolean.TRUE.equals(parameter.get("required")) && "query".equals(parameter.get("in"))
					&& parameter != besides) {
				query.append(parameter.get("name"))
					.append('=')
					.append(enc(String.valueOf(parameter.get("example"))))
					.append('&');
			}
		}
		return query.toString();
	}

	private static String resolved(String path, List<Map<String, Object>> parameters) {
		String resolved = path;
		for (Map<String, Object> parameter : parameters) {
			if ("path".equals(parameter.get("in"))) {
				resolved = resolved.replace("{" + parameter.get("name") + "}",
						String.valueOf(parameter.get("example")));
			}
		}
		return resolved;
	}

}
