package org.verbatim.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.ApiTest;
import org.verbatim.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The lists' default order (date ascending, undated last) walks the date index rather
 * than sorting every row for each page (on H2, the indexes of V4_1 and V4_2).
 */
class DateOrderPlanTests extends ApiTest {

	@Autowired
	private JdbcTemplate jdbc;

	@ParameterizedTest
	@CsvSource({ "quote, quote_date", "document, document_date", "event, event_date" })
	void theDefaultOrderWalksTheDateIndexOnH2(String table, String index) {
		// PostgreSQL's planner chooses by table size, and the seed's few rows are best
		// sorted in memory; its indexes are in this order (nulls last) by default.
		assumeFalse(TestDatabase.isPostgres(), "PostgreSQL plans by table size; the seed is too small to tell");
		String plan = this.jdbc.queryForObject(
				"explain select t.id from " + table + " t order by t.date_earliest asc "
						+ "nulls last, t.date_latest asc nulls last, t.id offset 0 rows fetch first 20 rows only",
				String.class);
		assertThat(plan).contains(index).contains("index sorted");
	}

}
