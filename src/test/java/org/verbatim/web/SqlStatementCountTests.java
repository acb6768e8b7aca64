package org.verbatim.web;

import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.shared.ArchiveWrites;
import org.verbatim.ApiTest;
import org.verbatim.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list request costs a fixed number of SQL statements, whatever the page size:
 * associations are fetched in batches, never one query per item.
 */
class SqlStatementCountTests extends ApiTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/quotes", "/api/v1/events", "/api/v1/documents", "/api/v1/people",
			"/api/v1/quotes?speaker=lukashenko&topic=politics&from=2020",
			"/api/v1/people/aleksandr-lukashenko/quotes" })
	void doesNotGrowWithThePageSize(String list) {
		String separator = list.contains("?") ? "&" : "?";
		long small = statementsFor(list + separator + "size=1");
		long large = statementsFor(list + separator + "size=100");
		// size=100 may save the count query (the whole list fits in the first page); it
		// may never add one.
		assertThat(large).as("statements for size=100 vs size=1 of %s", list).isLessThanOrEqualTo(small);
		assertThat(large).as("statements for %s", list).isLessThanOrEqualTo(12);
	}

	@Test
	void revalidatingADocumentIsOneStatementThenNone() {
		String path = "/api/v1/documents/the-only-correct-decision";
		String etag = get(path).header("ETag");
		ArchiveWrites.written();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		Answer answer = get(path, "If-None-Match", etag);
		assertThat(answer.status()).isEqualTo(304);
		assertThat(answer.header("ETag")).isEqualTo(etag);
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
		// The version is remembered until the next write.
		statistics.clear();
		assertThat(get(path, "If-None-Match", etag).status()).isEqualTo(304);
		assertThat(statistics.getPrepareStatementCount()).isZero();
		assertThat(get(path, "If-None-Match", "\"12345\"").status()).isEqualTo(200);
	}

	@Test
	void aRepeatedFilterAsksOnlyForTheQuotes() {
		String path = "/api/v1/quotes?speaker=lukashenka&topic=politics&from=2024&to=2025";
		ArchiveWrites.written();
		long first = statementsFor(path);
		long again = statementsFor(path);
		// The speaker's name and the topic tree are remembered. On PostgreSQL the page's
		// ids (with the count) from the topic rows, then its quotes with their
		// occurrences and topics; on H2, whose topic rows carry no copies (ADR 0013),
		// the page, then its occurrences and its topics in a batch each.
		assertThat(again).as("statements of a repeated %s", path).isLessThan(first);
		assertThat(again).as("statements of a repeated %s", path).isEqualTo(TestDatabase.isPostgres() ? 2 : 3);
	}

	@Test
	void aFilterOfTheSameShapeReusesItsQueryPlan() {
		// Two filters that differ only in their values: the second runs on the plans the
		// first left, its page's and its count's. (Hibernate keeps no plan of a criteria
		// query, nor of a query with a parameter in an in list.)
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		assertThat(get("/api/v1/quotes?speaker=aleksandr-lukashenko&topic=politics&from=2020&to=2025&size=1").status())
			.isEqualTo(200);
		statistics.clear();
		String path = "/api/v1/quotes?speaker=lukashenka&topic=politics&from=2000&to=2030&size=1";
		Answer answer = get(path);
		assertThat(answer.status()).isEqualTo(200);
		// Per query text: found among the interpreted texts, then its plan found too.
		List<String> quoteQueries = Stream.of(statistics.getQueries())
			.filter(hql -> hql.startsWith("select q from Quote q") || hql.startsWith("select count(")
					|| hql.startsWith("select t.id.quote"))
			.toList();
		// Topics + people are read from the topic rows' copies on PostgreSQL (decision
		// 0012): the page's ids with the count beside them, then the page's quotes by
		// their ids. H2 has no copies (ADR 0013): the page, then its count.
		assertThat(quoteQueries).as("the page's ids' and its quotes' query for %s", path).hasSize(2);
		assertThat(quoteQueries).as("queries reading the topic rows' copies")
			.filteredOn(hql -> hql.contains("QuoteTopicRow"))
			.hasSize(TestDatabase.isPostgres() ? 1 : 0);
		for (String hql : quoteQueries) {
			QueryStatistics query = statistics.getQueryStatistics(hql);
			assertThat(query.getPlanCacheMissCount()).as("plans built for %s", hql).isZero();
			assertThat(query.getPlanCacheHitCount()).as("plans reused for %s", hql).isEqualTo(2);
		}
	}

	private long statementsFor(String path) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		Answer answer = get(path);
		assertThat(answer.status()).as(path).isEqualTo(200);
		return statistics.getPrepareStatementCount();
	}

}
