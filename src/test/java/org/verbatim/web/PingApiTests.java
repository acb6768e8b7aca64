package org.verbatim.web;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's baseline answers a constant JSON without touching the database.
 */
class PingApiTests extends ApiTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void answersAConstantJsonWithoutTheDatabase() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		Answer ping = get("/api/v1/ping");
		assertThat(ping.status()).isEqualTo(200);
		assertThat(ping.contentType()).startsWith("application/json");
		assertThat(ping.body()).isEqualTo("{\"status\":\"ok\"}");
		assertThat(get("/api/v1/ping").body()).isEqualTo(ping.body());
		assertThat(statistics.getSessionOpenCount()).as("Hibernate sessions opened").isZero();
		assertThat(statistics.getPrepareStatementCount()).as("SQL statements").isZero();
	}

	@Test
	void refusesParametersLikeEveryOperation() {
		assertInvalidParameter("/api/v1/ping?verbose=true", "verbose");
	}

}
