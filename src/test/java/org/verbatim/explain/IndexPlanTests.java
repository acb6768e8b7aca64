package org.verbatim.explain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verbatim.TestDatabase;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL serves the common list queries from the indexes of the migrations, on a
 * corpus large enough for the planner to care (100,000 quotes in a scratch database of
 * their own). The SQL is what Hibernate generates for the API's filters (logged with
 * {@code org.hibernate.SQL=debug}), with the parameters filled in; a quote page's joins
 * to its document, speaker and event are left out, as they do not change how the quotes
 * are found. PostgreSQL is the only database tuned for these queries (decision 0013). The
 * plans are written to {@code target/explain/}, and to the file named by
 * {@code -Dverbatim.explain.output} (docs/explain/postgresql-plans.txt, see
 * docs/explain/README.md).
 */
@Tag("postgres-only")
class IndexPlanTests {

	/** A query, and the indexes a good plan may use for it (any one of them). */
	record Case(String name, String api, String sql, String... expectedIndexes) {
	}

	static final String QUOTE_COLUMNS = "q1_0.id,q1_0.attribution,q1_0.date_basis,q1_0.date_earliest,q1_0.date_inferred,"
			+ "q1_0.date_latest,q1_0.date_precision,q1_0.document_id,q1_0.event_id,q1_0.quote_kind,q1_0.speaker_kind,"
			+ "q1_0.speaker_label,q1_0.speaker_organisation_id,q1_0.speaker_person_id,q1_0.quote_text,q1_0.version";

	static final String POLITICS = "(t1_0.topic_id=1 or t1_0.topic_id=2 or t1_0.topic_id=3 or t1_0.topic_id=4 "
			+ "or t1_0.topic_id=5 or t1_0.topic_id=6 or t1_0.topic_id=7)";

	static final List<Case> CASES = List.of(
			new Case("quotes by a frequent speaker, date range and topic, from the topic rows' copies",
					"/quotes?speaker=person-1&from=2000&to=2020&topic=politics",
					"select t1_0.quote_id,count(*) over() from quote_topic t1_0 where " + POLITICS
							+ " and (t1_0.speaker_person_id=1001) and t1_0.date_earliest<='2020-12-31' "
							+ "and t1_0.date_latest>='2000-01-01' group by t1_0.quote_id,t1_0.date_earliest,"
							+ "t1_0.date_latest order by t1_0.date_earliest,t1_0.date_latest,t1_0.quote_id "
							+ "offset 0 rows fetch first 20 rows only",
					"quote_topic_speaker_date"),
			new Case("quotes by speaker (a frequent one), newest first: the dated ones' ids",
					"/quotes?speaker=person-1&sort=-date",
					"select q1_0.id from quote q1_0 where ((q1_0.speaker_person_id=1001)) and q1_0.date_earliest is not "
							+ "null order by q1_0.date_earliest desc,q1_0.date_latest desc,q1_0.id desc "
							+ "offset 0 rows fetch first 20 rows only",
					"quote_speaker_person_date"),
			new Case("quotes newest first: the dated ones' ids", "/quotes?sort=-date",
					"select q1_0.id from quote q1_0 where q1_0.date_earliest is not null order by q1_0.date_earliest "
							+ "desc,q1_0.date_latest desc,q1_0.id desc offset 0 rows fetch first 20 rows only",
					"quote_date"),
			new Case("quotes oldest first, a page past the first: its ids", "/quotes?page=100",
					"select q1_0.id from quote q1_0 order by q1_0.date_earliest,q1_0.date_latest,q1_0.id "
							+ "offset 2000 rows fetch first 20 rows only",
					"quote_date"),
			new Case("count of quotes by speaker and date range",
					"/quotes?speaker=person-4000&from=2000&to=2020 (count)",
					"select count(q1_0.id) from quote q1_0 where q1_0.date_earliest<='2020-12-31' "
							+ "and q1_0.date_latest>='2000-01-01' and ((q1_0.speaker_person_id=5000))",
					"quote_speaker_person_date"),
			new Case("quotes of a document", "/quotes?document=document-42", "select " + QUOTE_COLUMNS
					+ " from quote q1_0 where q1_0.document_id=1042 "
					+ "order by q1_0.date_earliest,q1_0.date_latest,q1_0.id offset 0 rows fetch first 20 rows only",
					"quote_document"),
			new Case("quotes at an event", "/quotes?event=event-7", "select " + QUOTE_COLUMNS
					+ " from quote q1_0 where q1_0.event_id=1007 "
					+ "order by q1_0.date_earliest,q1_0.date_latest,q1_0.id offset 0 rows fetch first 20 rows only",
					"quote_event"),
			new Case("quotes in a narrow date range", "/quotes?from=2001-03-01&to=2001-03-31",
					"select " + QUOTE_COLUMNS + " from quote q1_0 where q1_0.date_earliest<='2001-03-31' "
							+ "and q1_0.date_latest>='2001-03-01' order by q1_0.date_earliest,q1_0.date_latest,q1_0.id "
							+ "offset 0 rows fetch first 20 rows only",
					"quote_date"),
			new Case("quotes by topic (EXISTS over the quote's topics)", "/quotes?topic=nuclear-power",
					"select " + QUOTE_COLUMNS + " from quote q1_0 where exists(select 1 from quote_topic t1_0 where "
							+ "(t1_0.topic_id=12) and q1_0.id=t1_0.quote_id) order by q1_0.date_earliest,"
							+ "q1_0.date_latest,q1_0.id offset 0 rows fetch first 20 rows only",
					// A frequent topic is best read in date order, probing each quote's
					// topics
					"quote_topic_topic", "quote_date"),
			new Case("documents oldest first", "/documents",
					"select d1_0.id,d1_0.slug,d1_0.title from document d1_0 where 1=1 order by d1_0.date_earliest,"
							+ "d1_0.date_latest,d1_0.id offset 0 rows fetch first 20 rows only",
					"document_date"),
			new Case("documents by topic and date", "/documents?topic=nuclear-power&from=2010&to=2012",
					"select d1_0.id,d1_0.slug,d1_0.title from document d1_0 where 1=1 and d1_0.date_earliest<='2012-12-31' "
							+ "and d1_0.date_latest>='2010-01-01' and d1_0.id in ((select d2_0.id from document d2_0 join "
							+ "document_topic t1_0 on d2_0.id=t1_0.document_id where t1_0.topic_id in (12))) "
							+ "order by d1_0.date_earliest,d1_0.date_latest,d1_0.id offset 0 rows fetch first 20 rows only",
					"document_date"),
			new Case("documents newest first", "/documents?sort=-date",
					"select d1_0.id,d1_0.slug,d1_0.title from document d1_0 where 1=1 order by d1_0.date_earliest desc "
							+ "nulls last,d1_0.date_latest desc nulls last,d1_0.id desc offset 0 rows fetch first 20 rows only",
					"document_date_newest"),
			new Case("events oldest first", "/events",
					"select e1_0.id,e1_0.slug,e1_0.name from event e1_0 where 1=1 order by e1_0.date_earliest,e1_0.date_latest,"
							+ "e1_0.id offset 0 rows fetch first 20 rows only",
					"event_date"),
			new Case("events of a participant", "/events?participant=person-31",
					"select e1_0.id,e1_0.slug,e1_0.name from event e1_0 where 1=1 and (e1_0.id in ((select e2_0.id from "
							+ "event e2_0 join event_person p1_0 on e2_0.id=p1_0.event_id where p1_0.person_id in (1032)))) "
							+ "order by e1_0.date_earliest,e1_0.date_latest,e1_0.id offset 0 rows fetch first 20 rows only",
					"event_person_person"),
			new Case("speaker name resolved by variant", "speaker=Person 4000 variant 2",
					"select distinct p1_0.id from person p1_0 join person_name_variant v1_0 on p1_0.id=v1_0.person_id "
							+ "where v1_0.normalized_name='person 4000 variant 2'",
					"person_name_variant_normalized"),
			new Case("people whose names contain q", "/people?q=4000 variant",
					"select v.person_id, v.name, v.normalized_name, v.language_tag, v.variant_kind "
							+ "from person_name_variant v where v.normalized_name like '%4000 variant%' escape '\\'",
					"person_name_variant_trigram"));

	static String url;

	@BeforeAll
	static void corpus() throws Exception {
		url = TestDatabase.createDatabase("verbatim_explain_");
		Flyway.configure()
			.dataSource(url, null, null)
			.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
			.load()
			.migrate();
		String generate = new ClassPathResource("explain/generate.sql").getContentAsString(StandardCharsets.UTF_8);
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute(generate);
		}
	}

	@Test
	void theCommonListQueriesUseTheirIndexes() throws Exception {
		StringBuilder report = new StringBuilder();
		report.append("EXPLAIN (ANALYZE, BUFFERS OFF) of the API's list queries on PostgreSQL ")
			.append(serverVersion())
			.append(",\n")
			.append("over 100,000 quotes, 10,000 documents, 2,000 events and 5,000 people (src/test/resources/")
			.append("explain/generate.sql).\nProduced by IndexPlanTests; the figures vary with the machine, the ")
			.append("index names should not.\n");
		for (Case c : CASES) {
			String plan = explain(c.sql());
			report.append("\n== ")
				.append(c.name())
				.append("  [")
				.append(c.api())
				.append("]\n-- expects one of the indexes ")
				.append(String.join(", ", c.expectedIndexes()))
				.append("\n")
				.append(c.sql())
				.append("\n\n")
				.append(plan)
				.append("\n");
			assertThat(List.of(c.expectedIndexes())).as("plan of: %s%n%s", c.name(), plan).anyMatch(plan::contains);
			assertThat(plan).as("no full scan of the quote table for: %s%n%s", c.name(), plan)
				.doesNotContain("Seq Scan on quote ");
		}
		write(Path.of("target", "explain", "postgresql-plans.txt"), report.toString());
		String output = System.getProperty("verbatim.explain.output");
		if (output != null && !output.isBlank()) {
			write(Path.of(output), report.toString());
		}
	}

	private static String explain(String sql) throws SQLException {
		StringBuilder plan = new StringBuilder();
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("explain (analyze, buffers off) " + sql)) {
			while (rows.next()) {
				plan.append(rows.getString(1)).append('\n');
			}
		}
		return plan.toString();
	}

	private static String serverVersion() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url)) {
			return connection.getMetaData().getDatabaseProductVersion();
		}
	}

	private static void write(Path file, String text) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, text);
	}

}
