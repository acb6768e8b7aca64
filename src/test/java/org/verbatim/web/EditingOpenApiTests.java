package org.verbatim.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write operations on people, organisations, events and topics are in the OpenAPI
 * description with the editor's token, If-Match and every answer they can give.
 */
class EditingOpenApiTests extends ApiTest {

	@ParameterizedTest
	@ValueSource(strings = { "people", "organisations", "events", "topics" })
	void documentsTheWriteOperations(String collection) {
		Answer docs = get("/v3/api-docs");
		String list = "$.paths['/api/v1/" + collection + "']";
		String one = "$.paths['/api/v1/" + collection + "/{slug}']";

		assertThat(docs.<Map<String, Object>>json(list + ".post.responses")).containsKeys("201", "400", "401", "409",
				"422");
		assertEditorOnly(docs, list + ".post");
		assertThat(docs.<Map<String, Object>>json(one + ".put.responses")).containsKeys("200", "400", "401", "404",
				"412", "422", "428");
		assertThat(docs.<Map<String, Object>>json(one + ".patch.responses")).containsKeys("200", "401", "404", "412",
				"422", "428");
		assertThat(docs.<Map<String, Object>>json(one + ".patch.requestBody.content"))
			.containsKey("application/merge-patch+json");
		assertThat(docs.<Map<String, Object>>json(one + ".delete.responses")).containsKeys("204", "401", "404", "409",
				"412", "428");
		for (String method : List.of("put", "patch", "delete")) {
			String operation = one + "." + method;
			assertEditorOnly(docs, operation);
			List<Object> ifMatch = docs.list(operation + ".parameters[?(@.name == 'If-Match')]");
			assertThat(ifMatch).as("If-Match of %s", operation).hasSize(1);
			assertThat(docs.list(operation + ".parameters[?(@.name == 'If-Match')].in")).containsExactly("header");
			assertThat(docs.list(operation + ".parameters[?(@.name == 'If-Match')].required")).containsExactly(true);
			assertThat(docs.list(operation + ".parameters[?(@.name == 'If-Match')].description").get(0).toString())
				.contains("428");
			assertThat(docs.list(operation + ".parameters[?(@.name == 'If-Match')].example")).containsExactly("\"0\"");
			assertThat(docs.<String>json(operation + ".responses.412.content['application/problem+json'].schema.$ref"))
				.endsWith("/Problem");
		}
		assertThat(docs.<Map<String, Object>>json(one + ".get.responses.200.content")).isNotEmpty();
	}

	private static void assertEditorOnly(Answer docs, String operation) {
		assertThat(docs.<String>json(operation + ".summary")).as(operation).isNotBlank();
		assertThat(docs.<String>json(operation + ".description")).as(operation).isNotBlank();
		assertThat(docs.list(operation + ".security[*].editorToken")).as("security of %s", operation).hasSize(1);
	}

}
