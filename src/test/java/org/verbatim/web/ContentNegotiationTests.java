package org.verbatim.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A media type is answered only where that representation is produced: JSON-LD for
 * annotations, plain JSON elsewhere, and 406 for what is not.
 */
class ContentNegotiationTests extends ApiTest {

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/quotes/1", "/api/v1/quotes?size=1", "/api/v1/documents/the-only-correct-decision",
			"/api/v1/people/aleksandr-lukashenko", "/api/v1/search?q=union", "/api/v1/topics", "/api/v1/ping" })
	void jsonLdIsRefusedWhereItIsNotProduced(String path) {
		Answer refused = get(path, "Accept", "application/ld+json");
		assertThat(refused.status()).isEqualTo(406);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		assertThat(refused.<String>json("$.detail")).contains("application/json");
		Answer json = get(path, "Accept", "application/json, application/ld+json;q=0.5");
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.contentType()).startsWith("application/json");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/annotations/1", "/api/v1/documents/the-only-correct-decision/annotations" })
	void annotationsAreAnsweredAsJsonLd(String path) {
		Answer ld = get(path, "Accept", "application/ld+json");
		assertThat(ld.status()).isEqualTo(200);
		assertThat(ld.contentType()).startsWith("application/ld+json");
		assertThat(ld.body()).contains("\"@context\"");
	}

}
