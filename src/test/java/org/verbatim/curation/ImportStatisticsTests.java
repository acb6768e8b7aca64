package org.verbatim.curation;

import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;
import org.verbatim.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** When a bulk import refreshes PostgreSQL's statistics, and that it does. */
class ImportStatisticsTests extends ApiTest {

	@Autowired
	private ImportStatistics statistics;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void stepsAreAThousandDocumentsAndEveryFourfold() {
		assertThat(ImportStatistics.crossesStep(0, 50)).isFalse();
		assertThat(ImportStatistics.crossesStep(950, 999)).isFalse();
		assertThat(ImportStatistics.crossesStep(950, 1000)).isTrue();
		assertThat(ImportStatistics.crossesStep(1000, 1050)).isFalse();
		assertThat(ImportStatistics.crossesStep(3990, 4010)).isTrue();
		assertThat(ImportStatistics.crossesStep(4010, 15999)).isFalse();
		assertThat(ImportStatistics.crossesStep(15999, 16000)).isTrue();
		// A large group may pass two steps at once: one ANALYZE.
		assertThat(ImportStatistics.crossesStep(999, 4000)).isTrue();
		assertThat(ImportStatistics.crossesStep(64_000, 100_000)).isFalse();
	}

	@Test
	void onPostgresqlAStepAnalysesTheArchive() {
		assumeTrue(TestDatabase.isPostgres(), "ANALYZE runs on PostgreSQL only; H2 plans every statement afresh");
		long before = analyses();
		this.statistics.grown(999, 1000);
		assertThat(analyses()).isGreaterThan(before);
		long after = analyses();
		this.statistics.grown(1000, 1050);
		this.statistics.finished(999);
		assertThat(analyses()).isEqualTo(after);
	}

	private long analyses() {
		return this.jdbc.queryForObject("select analyze_count from pg_stat_user_tables where relname = 'quote'",
				Long.class);
	}

}
