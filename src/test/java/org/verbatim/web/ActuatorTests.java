package org.verbatim.web;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator exposes health (with liveness and readiness) and info, and nothing else.
 */
class ActuatorTests extends ApiTest {

	@Autowired
	ObservationRegistry observations;

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

	@Test
	void securityIsNotObservedButRequestsAre() {
		assertThat(Observation.start("spring.security.filterchains", this.observations).isNoop()).isTrue();
		Observation request = Observation.start("http.server.requests", this.observations);
		assertThat(request.isNoop()).isFalse();
		request.stop();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/heapdump",
			"/actuator/loggers", "/actuator/configprops" })
	void nothingElseIsExposed(String path) {
		assertThat(get(path).status()).isEqualTo(404);
	}

}
