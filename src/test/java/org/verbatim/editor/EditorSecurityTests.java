package org.verbatim.editor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads are public; anything else needs an editor's bearer token, and a refusal is a
 * problem. (There is no write operation yet, so an editor's write reaches a 405: past
 * authentication.)
 */
class EditorSecurityTests extends ApiTest {

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/quotes", "/api/v1/documents/the-only-correct-decision", "/v3/api-docs",
			"/actuator/health" })
	void readsNeedNoToken(String path) {
		assertThat(get(path).status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "PATCH", "DELETE" })
	void writesWithoutATokenAre401Problems(String method) {
		Answer answer = send(method, "/api/v1/documents", "{}");
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(answer.<String>json("$.detail")).contains("Authorization: Bearer");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bearer wrong-token-wrong-token", "Bearer ", "Basic dGVzdGVyOnRlc3Q=",
			"Bearer " + EDITOR_TOKEN + "x" })
	void aWrongTokenIsA401Problem(String authorization) {
		Answer answer = send("POST", "/api/v1/documents", "{}", "Authorization", authorization);
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.header("WWW-Authenticate")).contains("invalid_token");
	}

	@Test
	void anEditorsTokenPassesAuthentication() {
		Answer answer = send("POST", "/api/v1/documents", "{}", "Authorization", "Bearer " + EDITOR_TOKEN);
		// Past authentication, the empty body is judged on its content.
		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.<String>json("$.errors[0].pointer")).isEqualTo("/title");
	}

	@Test
	void readsStayCacheable() {
		Answer answer = get("/api/v1/documents/the-only-correct-decision/text");
		assertThat(answer.header("Cache-Control")).doesNotContain("no-store");
	}

	@Test
	void swaggerUiOffersTheBearerScheme() {
		assertThat(get("/v3/api-docs").<String>json("$.components.securitySchemes.editorToken.scheme"))
			.isEqualTo("bearer");
	}

}
