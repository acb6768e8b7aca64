package org.verbatim.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
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
import org.verbatim.shared.DateRange;
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

	@Autowired
	private SearchService searchService;

	@Autowired
	private LuceneIndex luceneIndex;

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
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "union|50|-|-|-|-|-|-", "union|2|-|-|-|-|-|-", "union|1|-|-|-|-|-|-",
					"electricity|50|-|-|-|-|-|-", "peace OR incomes|3|-|-|-|-|-|-", "\"the union\"|2|-|-|-|-|-|-",
					"union -peace|2|-|-|-|-|-|-", "integration|1|-|-|-|-|-|-", "nothingmatchesthisword|5|-|-|-|-|-|-",
					// Each filter, alone and together.
					"peace|50|2023|2023|-|-|-|-", "union|50|2025-12-31|-|-|-|-|-", "union|50|-|2025-01-01|-|-|-|-",
					"union|50|-|-|-|-|-|the-only-correct-decision", "peace|50|2024|-|-|-|-|-",
					"union|50|-|2024|-|-|-|-", "electricity|50|-|-|agreement|-|-|-", "union|50|-|-|article|-|-|-",
					"electricity|50|-|-|-|energy|-|-", "union|2|-|-|-|integration|-|-", "peace|50|-|-|-|-|Лукашенко|-",
					"integration|50|-|-|-|-|lukashenko|-", "union|50|-|-|-|-|aleksandr-shpakovsky|-",
					"historical|50|-|-|-|-|Certain  Political Experts|-", "peace|50|-|-|-|-|vladimir-putin|-",
					"incomes|50|-|-|-|-|-|the-only-correct-decision",
					"union OR peace|3|2020|2026|-|integration|lukashenko|the-only-correct-decision" })
	void countsWhatHibernateSearchsAggregationsCount(String q, int size, String from, String to, String kind,
			String topic, String speaker, String document) throws Exception {
		for (List<String> types : List.of(List.of("quote", "document", "event"), List.of("document"),
				List.of("quote", "event"))) {
			SearchService.Request request = new SearchService.Request(q, types, DateRange.parse(from, to),
					SearchService.kind(kind), topic, speaker, document);
			SearchService.Filters filters = this.searchService.filters(request);
			SearchScope<Object> scope = Search.mapping(this.entityManagerFactory)
				.scope(Object.class, types.stream().map(SearchService.TYPES::get).toList());
			LuceneIndex.Words words = this.luceneIndex.words(SearchQueryText.parse(q));
			EntityManager entityManager = this.entityManagerFactory.createEntityManager();
			try (LuceneIndex.Reader reader = this.luceneIndex.open(scope)) {
				AggregationKey<Map<String, Long>> byType = AggregationKey.of("type");
				AggregationKey<Map<String, Long>> byKind = AggregationKey.of("kind");
				AggregationKey<Map<String, Long>> bySpeaker = AggregationKey.of("speaker");
				AggregationKey<Map<String, Long>> byTopic = AggregationKey.of("topic");
				AggregationKey<Map<Integer, Long>> byYear = AggregationKey.of("year");
				LuceneSearchResult<?> expected = Search.session(entityManager)
					.search(scope)
					.extension(LuceneExtension.get())
					.select(f -> f.entityReference())
					.where(f -> SearchService.predicate(f, words, request, filters))
					.aggregation(byType, f -> f.terms().field("type", String.class).maxTermCount(size))
					.aggregation(byKind, f -> f.terms().field("kind", String.class).maxTermCount(size))
					.aggregation(bySpeaker, f -> f.terms().field("speakers", String.class).maxTermCount(size))
					.aggregation(byTopic, f -> f.terms().field("topics", String.class).maxTermCount(size))
					.aggregation(byYear, f -> f.terms().field("year", Integer.class).maxTermCount(size))
					.fetch(0);
				LuceneIndex.Counted counted = reader.count(words, request, filters, size);

				String what = request + ", " + size + " values";
				assertThat(counted.total()).as(what).isEqualTo(expected.total().hitCount());
				Facets facets = counted.facets();
				assertThat(facets.type()).as(what).isEqualTo(counts(expected.aggregation(byType)));
				assertThat(facets.kind()).as(what).isEqualTo(counts(expected.aggregation(byKind)));
				assertThat(facets.speaker()).as(what).isEqualTo(counts(expected.aggregation(bySpeaker)));
				assertThat(facets.topic()).as(what).isEqualTo(counts(expected.aggregation(byTopic)));
				assertThat(facets.year()).as(what).isEqualTo(counts(expected.aggregation(byYear)));
				if (types.size() == 3 && !q.startsWith("nothing") && !"vladimir-putin".equals(speaker)) {
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
