package org.verbatim;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each pass runs on the database it claims: the PostgreSQL pass must not quietly fall
 * back to H2.
 */
class TestDatabaseTests extends ApiTest {

	@Autowired
	DataSource dataSource;

	@Test
	void runsOnTheDatabaseOfThisPass() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			assertThat(product).isEqualTo(TestDatabase.isPostgres() ? "PostgreSQL" : "H2");
			if (TestDatabase.isPostgres()) {
				// ... and on the fresh database this run created, never on one it did
				// not.
				String database = JdbcClient.create(this.dataSource)
					.sql("select current_database()")
					.query(String.class)
					.single();
				assertThat(database).startsWith("verbatim_test_");
				assertThat(TestDatabase.url()).contains("/" + database);
			}
		}
	}

}
