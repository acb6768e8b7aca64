package org.verbatim.quote;

import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;
import org.verbatim.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The quote list's default order (date ascending, undated last) walks the date index
 * rather than sorting every quote for each page (on H2, the index of V4_1).
 */
class QuoteOrderPlanTests extends ApiTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theDefaultOrderWalksTheDateIndexOnH2() {
		// PostgreSQL's planner chooses by table size, and the seed's nine quotes are best
		// sorted in memory; its index is in this order (nulls last) by default.
		assumeFalse(TestDatabase.isPostgres(), "PostgreSQL plans by table size; the seed is too small to tell");
		String plan = this.jdbc.queryForObject(
				"explain select q.id from quote q order by q.date_earliest asc nulls "
						+ "last, q.date_latest asc nulls last, q.id offset 0 rows fetch first 20 rows only",
				String.class);
		assertThat(plan).contains("quote_date").contains("index sorted");
	}

}
