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
 * The lists' date orders (oldest or newest first, undated last) walk a date index rather
 * than sorting every row for each page (on H2, the indexes of V4_1, V4_2 and V5_3).
 */
class DateOrderPlanTests extends ApiTest {

	@Autowired
	private JdbcTemplate jdbc;

	@ParameterizedTest
	@CsvSource({ "quote, asc, quote_date", "document, asc, document_date", "event, asc, event_date",
			"quote, desc, quote_date_newest", "document, desc, document_date_newest",
			// Events are always dated: read backwards, their index has no undated rows
			// to put first.
			"event, desc, event_date" })
	void eachDateOrderWalksADateIndexOnH2(String table, String direction, String index) {
		// PostgreSQL's planner chooses by table size, and the seed's few rows are best
		// sorted in memory.
		assumeFalse(TestDatabase.isPostgres(), "PostgreSQL plans by table size; the seed is too small to tell");
		String plan = this.jdbc.queryForObject("explain select t.id from " + table + " t order by t.date_earliest "
				+ direction + " nulls last, t.date_latest " + direction + " nulls last, t.id " + direction
				+ " offset 0 rows fetch first 20 rows only", String.class);
		assertThat(plan).contains("public." + index + " */").contains("index sorted");
	}

}
