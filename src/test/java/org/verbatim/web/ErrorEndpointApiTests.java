package org.verbatim.web;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers that come from outside the API's controllers, the servlet container's and
 * Spring Boot's error page, are problems with a real status too.
 */
class ErrorEndpointApiTests extends ApiTest {

	private static void assertProblem(Answer answer, int status) {
		assertThat(answer.status()).as("%s", answer).isEqualTo(status);
		assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
		assertThat((Integer) answer.json("$.status")).isEqualTo(status);
		assertThat((String) answer.json("$.title")).isNotBlank();
		assertThat((String) answer.json("$.detail")).isNotBlank();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/quotes", "/api/v1/documents/the-only-correct-decision", "/swagger-ui.html",
			"/nowhere" })
	void traceIsAMethodNotAllowedProblem(String path) {
		for (String[] headers : List.of(new String[0], new String[] { "Authorization", "Bearer " + EDITOR_TOKEN })) {
			Answer answer = send("TRACE", path, null, headers);
			assertProblem(answer, 405);
			assertThat(answer.body()).doesNotContain("Authorization");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "POST", "DELETE" })
	void theErrorPageItselfIsNotFound(String method) {
		for (String path : List.of("/error", "/error?x=1", "/error/")) {
			Answer answer = send(method, path, null, "Authorization", "Bearer " + EDITOR_TOKEN);
			assertProblem(answer, 404);
		}
	}

}
