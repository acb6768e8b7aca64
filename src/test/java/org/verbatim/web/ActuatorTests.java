package org.verbatim.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator exposes health (with liveness and readiness) and info, and nothing else.
 */
class ActuatorTests extends ApiTest {

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthGroupsAreUp(String path) {
		Answer health = get(path);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.<String>json("$.status")).isEqualTo("UP");
	}

	@Test
	void infoNamesTheBuild() {
		Answer info = get("/actuator/info");
		assertThat(info.status()).isEqualTo(200);
		assertThat(info.<String>json("$.build.artifact")).isEqualTo("verbatim");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/heapdump",
			"/actuator/loggers", "/actuator/configprops" })
	void nothingElseIsExposed(String path) {
		assertThat(get(path).status()).isEqualTo(404);
	}

}
