package org.verbatim.quote;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;
import org.verbatim.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * H2's plans for the topic filter's two shapes. With filters other than topics, people
 * and dates, H2 checks each quote's topics by the primary key of quote_topic (quote,
 * topic), not by the index that starts with the topic (V3): H2 seeked that index on the
 * topics alone and read every topic row of the subtree for each quote, past the 5 s
 * statement timeout at 300,000 quotes (vendor migration V5_2 drops it on H2). With
 * topics, people and dates alone, it reads the topic rows' copies one topic and person at
 * a time (decision 0012).
 */
class QuoteTopicPlanTests extends ApiTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aTopicFilterLooksUpEachQuotesTopicsByTheQuoteOnH2() {
		assumeFalse(TestDatabase.isPostgres(), "PostgreSQL plans by table size; the seed is too small to tell");
		// The shape QuoteListQuery writes on H2 for topics, a speaker, dates and a kind.
		String plan = this.jdbc.queryForObject("explain select q.id from quote q where q.date_earliest <= date "
				+ "'2024-12-31' and q.date_latest >= date '2020-01-01' and q.quote_kind = 'DIRECT' and "
				+ "((q.speaker_person_id = 1)) and exists ("
				+ "select 1 from quote_topic t where (t.topic_id = 1 or t.topic_id = 2 or t.topic_id = 3) and "
				+ "q.id = t.quote_id) order by q.date_earliest asc nulls last, q.date_latest asc nulls last, q.id "
				+ "offset 0 rows fetch first 20 rows only", String.class);
		String lookup = plan.substring(plan.indexOf("\"quote_topic\""));
		lookup = lookup.substring(0, lookup.indexOf("*/"));
		assertThat(lookup).as(plan).contains("quote_id = ").doesNotContain("topic_id IN").doesNotContain("topic_id =");
	}

	@Test
	void eachBranchOfTheTopicRowsSeeksTopicSpeakerAndDateOnH2() {
		assumeFalse(TestDatabase.isPostgres(), "PostgreSQL reads the copies with lists (decision 0012)");
		// The shape QuoteListQuery writes on H2 for two topics, a person and dates.
		String branch = "select t.quote_id, t.date_earliest, t.date_latest from quote_topic t where t.topic_id = %d"
				+ " and t.speaker_person_id = 7 and t.date_earliest <= date '2024-12-31'"
				+ " and t.date_latest >= date '2020-01-01'";
		String plan = this.jdbc.queryForObject("explain " + branch.formatted(1) + " union all " + branch.formatted(2),
				String.class);
		// Each branch's index conditions, as H2 writes them: /* index: conditions */.
		List<String> seeks = Arrays.stream(plan.split("/\\* "))
			.skip(1)
			.map(s -> s.substring(0, s.indexOf("*/")))
			.toList();
		assertThat(seeks).as(plan)
			.hasSize(2)
			.allSatisfy(seek -> assertThat(seek).startsWith("public.quote_topic_speaker_date:")
				.contains("speaker_person_id = CAST(7 AS BIGINT)")
				.contains("date_earliest <= DATE '2024-12-31'"));
		assertThat(seeks.get(0)).contains("topic_id = CAST(1 AS BIGINT)");
		assertThat(seeks.get(1)).contains("topic_id = CAST(2 AS BIGINT)");
	}

}
