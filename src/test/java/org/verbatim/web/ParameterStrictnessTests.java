package org.verbatim.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parameters mean one thing: given once, numbers in decimal, and problems that say what
 * was wrong with them.
 */
class ParameterStrictnessTests extends ApiTest {

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/quotes?speaker=lukashenko&speaker=putin", "/api/v1/quotes?page=1&page=2",
			"/api/v1/events?topic=energy&topic=trade", "/api/v1/search?q=a&q=b" })
	void aRepeatedParameterIsRefused(String path) {
		Answer answer = assertInvalidParameter(path, path.replaceAll(".*[?&]([a-z]+)=[^&]*&\\1=.*", "$1"));
		assertThat(answer.<String>json("$.detail")).contains("given 2 times");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/quotes/0x9", "/api/v1/quotes/%239", "/api/v1/quotes/99999999999999999999",
			"/api/v1/quotes?page=0x1", "/api/v1/quotes?size=%2B5", "/api/v1/quotes? page=1" })
	void wholeNumbersAreDecimal(String path) {
		Answer answer = get(path.replace(" ", "%20"));
		assertThat(answer.status()).as(path).isIn(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	@Test
	void anUnknownParameterIsCalledUnknown() {
		Answer answer = assertInvalidParameter("/api/v1/quotes?speakr=lukashenko", "speakr");
		assertThat(answer.<String>json("$.detail")).startsWith("Unknown parameter 'speakr'");
	}

	@Test
	void aReversedRangeNamesTheValueAndTheReason() {
		Answer answer = assertInvalidParameter("/api/v1/quotes?from=2025&to=2023", "from");
		assertThat(answer.<String>json("$.rejectedValue")).isEqualTo("2025");
		assertThat(answer.<String>json("$.detail")).contains("is after");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/documents/%2F", "/api/v1/documents/a%00b", "/api/v1/documents/..%2f..%2fetc" })
	void requestsTomcatRefusesAreProblemsToo(String path) {
		Answer answer = get(path);
		assertThat(answer.status()).as(path).isEqualTo(400);
		assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
		assertThat(answer.<Integer>json("$.status")).isEqualTo(400);
	}

	@Test
	void aUrlTooLongIsAProblemToo() {
		Answer answer = get("/api/v1/quotes?speaker=" + "x".repeat(20_000));
		assertThat(answer.status()).isBetween(400, 499);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

}
