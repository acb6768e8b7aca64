package org.verbatim.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.query.LuceneSearchResult;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.EditingApiTest;
import org.verbatim.search.SearchViews.FacetCount;
import org.verbatim.search.SearchViews.Facets;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FacetCounter against Hibernate Search's own terms aggregations on the same index: the
 * same total and the same values in the same order, cut to the same size, ties included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetCounterTests extends EditingApiTest {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@BeforeAll
	void documentsInSegmentsOfTheirOwn() {
		// Each in its own request and commit, so that values are merged across segments.
		for (String kind : List.of("ARTICLE", "SPEECH", "INTERVIEW")) {
			create("/api/v1/documents", """
					{"slug": "%s", "title": "Union facets", "kind": "%s", "language": "en",
					 "text": "The union of peace and incomes, a facet test."}
					""".formatted(uniqueSlug("facets"), kind));
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "union|50", "union|2", "union|1", "electricity|50", "peace OR incomes|3",
			"\"the union\"|2", "union -peace|2", "integration|1", "nothingmatchesthisword|5" })
	void countsWhatHibernateSearchsAggregationsCount(String q, int size) throws Exception {
		for (List<String> types : List.of(List.of("Quote", "Document", "Event"), List.of("Document"),
				List.of("Quote", "Event"))) {
			SearchScope<Object> scope = Search.mapping(this.entityManagerFactory).scope(Object.class, types);
			Query words = new PageHighlighter(Search.mapping(this.entityManagerFactory)
				.backend()
				.unwrap(LuceneBackend.class)
				.analyzer(SearchAnalysis.TEXT)
				.orElseThrow()).query(SearchQueryText.parse(q));
			EntityManager entityManager = this.entityManagerFactory.createEntityManager();
			try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
				AggregationKey<Map<String, Long>> byType = AggregationKey.of("type");
				AggregationKey<Map<String, Long>> byKind = AggregationKey.of("kind");
				AggregationKey<Map<String, Long>> bySpeaker = AggregationKey.of("speaker");
				AggregationKey<Map<String, Long>> byTopic = AggregationKey.of("topic");
				AggregationKey<Map<Integer, Long>> byYear = AggregationKey.of("year");
				LuceneSearchResult<?> expected = Search.session(entityManager)
					.search(scope)
					.extension(LuceneExtension.get())
					.select(f -> f.entityReference())
					.where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(words))
					.aggregation(byType, f -> f.terms().field("type", String.class).maxTermCount(size))
					.aggregation(byKind, f -> f.terms().field("kind", String.class).maxTermCount(size))
					.aggregation(bySpeaker, f -> f.terms().field("speakers", String.class).maxTermCount(size))
					.aggregation(byTopic, f -> f.terms().field("topics", String.class).maxTermCount(size))
					.aggregation(byYear, f -> f.terms().field("year", Integer.class).maxTermCount(size))
					.fetch(0);
				FacetCounter.Counted counted = FacetCounter.count(reader, words, size);

				String what = q + " in " + types + ", " + size + " values";
				assertThat(counted.total()).as(what).isEqualTo(expected.total().hitCount());
				Facets facets = counted.facets();
				assertThat(facets.type()).as(what).isEqualTo(counts(expected.aggregation(byType)));
				assertThat(facets.kind()).as(what).isEqualTo(counts(expected.aggregation(byKind)));
				assertThat(facets.speaker()).as(what).isEqualTo(counts(expected.aggregation(bySpeaker)));
				assertThat(facets.topic()).as(what).isEqualTo(counts(expected.aggregation(byTopic)));
				assertThat(facets.year()).as(what).isEqualTo(counts(expected.aggregation(byYear)));
				if (types.size() == 3 && !q.startsWith("nothing")) {
					// Not a comparison of two empty answers.
					assertThat(counted.total()).as(what).isPositive();
					assertThat(facets.type()).as(what).isNotEmpty().hasSizeLessThanOrEqualTo(size);
				}
			}
			finally {
				entityManager.close();
			}
		}
	}

	/** The aggregation's values in its order, as the search answers them. */
	private static <K> List<FacetCount> counts(Map<K, Long> aggregation) {
		List<FacetCount> counts = new ArrayList<>();
		aggregation.forEach((value, count) -> {
			if (count > 0) {
				counts.add(new FacetCount(String.valueOf(value), count));
			}
		});
		return counts;
	}

}
