package org.verbatim.quote;

import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;
import org.verbatim.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * On H2 a topic filter checks each quote's topics by the primary key of quote_topic
 * (quote, topic), not by the index that starts with the topic (V3): H2 seeked that index
 * on the topics alone and read every topic row of the subtree for each quote, past the 5
 * s statement timeout at 300,000 quotes (vendor migration V5_2 drops it on H2).
 */
class QuoteTopicPlanTests extends ApiTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aTopicFilterLooksUpEachQuotesTopicsByTheQuoteOnH2() {
		assumeFalse(TestDatabase.isPostgres(), "PostgreSQL plans by table size; the seed is too small to tell");
		// The shape QuoteListQuery writes for topics, a speaker and dates (H2 keeps the
		// EXISTS, decision 0012).
		String plan = this.jdbc.queryForObject("explain select q.id from quote q where q.date_earliest <= date "
				+ "'2024-12-31' and q.date_latest >= date '2020-01-01' and ((q.speaker_person_id = 1)) and exists ("
				+ "select 1 from quote_topic t where (t.topic_id = 1 or t.topic_id = 2 or t.topic_id = 3) and "
				+ "q.id = t.quote_id) order by q.date_earliest asc nulls last, q.date_latest asc nulls last, q.id "
				+ "offset 0 rows fetch first 20 rows only", String.class);
		String lookup = plan.substring(plan.indexOf("\"quote_topic\""));
		lookup = lookup.substring(0, lookup.indexOf("*/"));
		assertThat(lookup).as(plan).contains("quote_id = ").doesNotContain("topic_id IN").doesNotContain("topic_id =");
	}

}
