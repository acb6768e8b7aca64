package org.verbatim.quote;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An archive stored before migration 6 gets its groups' wording normalised: quotes with
 * accents and Cyrillic included, which the seed (plain ASCII) does not have.
 */
class GroupWordingMigrationTests {

	@Test
	void fillsTheNormalisedWordingOfQuotesStoredBefore() throws Exception {
		String url = "jdbc:h2:mem:migration-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			flyway(url, "6").migrate();
			statement.executeUpdate("""
					insert into quote (id, document_id, quote_text, quote_kind, speaker_kind, speaker_label)
					values (1001, 1, 'nous verrons', 'DIRECT', 'GROUP', 'Les Éxperts de l''Académie'),
					       (1002, 1, 'посмотрим', 'DIRECT', 'GROUP', 'Депутаты  Государственной думы')""");

			assertThat(flyway(url, "6.1").migrate().migrationsExecuted).isEqualTo(1);

			Map<Long, String> normalised = new LinkedHashMap<>();
			try (ResultSet rows = statement.executeQuery(
					"select id, speaker_label_normalized from quote where speaker_label is not null order by id")) {
				while (rows.next()) {
					normalised.put(rows.getLong(1), rows.getString(2));
				}
			}
			assertThat(normalised).containsEntry(5L, "london and brussels")
				.containsEntry(7L, "certain political experts")
				.containsEntry(1001L, "les experts de l academie")
				.containsEntry(1002L, "депутаты государственнои думы")
				.hasSize(4);
		}
	}

	private static Flyway flyway(String url, String target) {
		return Flyway.configure()
			.dataSource(url, null, null)
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.javaMigrations(new GroupWordingMigration())
			.target(target)
			.load();
	}

}
