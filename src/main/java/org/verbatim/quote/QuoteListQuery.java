package org.verbatim.quote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.verbatim.shared.WriteAwareCache;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;
import org.verbatim.web.SortOption;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;

/**
 * Reads the quote list's pages and the documents quoting as JPQL text, not as criteria
 * queries: Hibernate translates each distinct text once and reuses its plan (ADR 0011).
 * Each page is read in one of the ways of {@link Paging}.
 */
@Component
class QuoteListQuery {

	/**
	 * The page's quotes with the document, speaker and event they show (to-one joins do
	 * not change the paging).
	 */
	private static final String SELECT = "select q from Quote q join fetch q.document"
			+ " left join fetch q.speakerPerson left join fetch q.speakerOrganisation left join fetch q.event";

	/**
	 * The same with the occurrences and topics, for quotes of given ids only: with the
	 * filters too, PostgreSQL would join more tables than it reorders (ADR 0011).
	 */
	private static final String SELECT_WHOLE = SELECT + " left join fetch q.occurrences left join fetch q.topics";

	private static final Sort DATE_DESCENDING = SortOption.dateDescending().sort();

	/** The sort's properties on a quote, as the topic rows' copies name them. */
	private static final Map<String, String> COPIES = Map.of("date.earliest", "t.dateEarliest", "date.latest",
			"t.dateLatest", "id", "t.id.quote");

	private final EntityManager entityManager;

	/**
	 * Whether quote_topic carries copies of its quote's speaker and dates: PostgreSQL's
	 * triggers keep them, H2 has none (ADR 0013). Read from Hibernate's dialect on first
	 * use, as Hibernate boots in the background.
	 */
	private final SingletonSupplier<Boolean> topicCopies;

	/**
	 * The counts, remembered until the next write (or 10 s, for other instances): every
	 * page past the first counts the same matches again.
	 */
	private final WriteAwareCache<Count, Long> counts = new WriteAwareCache<>(1000, Duration.ofSeconds(10));

	QuoteListQuery(EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
		this.entityManager = entityManager;
		this.topicCopies = SingletonSupplier.of(() -> entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect() instanceof PostgreSQLDialect);
	}

	/** How a page is read: one way for each case that needs its own (ADR 0013). */
	enum Paging {

		/**
		 * Topics, people and dates alone, where the topic rows carry copies: the page's
		 * ids and the count from those rows in one statement, then the quotes.
		 */
		TOPIC_ROWS,

		/**
		 * Newest first: the dated quotes' ids, then the undated ones'. A date index read
		 * backwards puts the undated first, so one statement would sort every match.
		 */
		NEWEST_FIRST,

		/**
		 * Past the first page: the ids, then those quotes, so that the skipped quotes are
		 * not joined and read whole.
		 */
		IDS_FIRST,

		/** A first page: one statement with the to-one joins. */
		PAGE;

		static Paging of(QuoteFilter filter, Sort sort, PageQuery page, boolean topicCopies) {
			if (topicCopies && filter.onTopicRowsAlone()) {
				return TOPIC_ROWS;
			}
			if (sort.equals(DATE_DESCENDING)) {
				return NEWEST_FIRST;
			}
			return (page.offset() > 0) ? IDS_FIRST : PAGE;
		}

	}

	/**
	 * The page in the given order, counting the matches only when the page does not tell
	 * the total (Spring Data's rule: a first page that is not full holds them all).
	 */
	PagedResponse<QuoteView> page(QuoteFilter filter, Sort sort, PageQuery page) {
		boolean topicCopies = this.topicCopies.obtain();
		JpqlCondition where = filter.onQuotes(topicCopies);
		return switch (Paging.of(filter, sort, page, topicCopies)) {
			case TOPIC_ROWS -> topicRowsPage(filter.onTopicRows(), sort, page);
			case NEWEST_FIRST -> counted(byIds(newestFirstIds(where, page), sort), where, page);
			case IDS_FIRST ->
				counted(byIds(slice(ordered("select q.id from Quote q", where, sort, Long.class), page), sort), where,
						page);
			case PAGE -> counted(slice(ordered(SELECT, where, sort, Quote.class), page), where, page);
		};
	}

	private PagedResponse<QuoteView> counted(List<Quote> quotes, JpqlCondition where, PageQuery page) {
		var result = PageableExecutionUtils.getPage(quotes, PageRequest.of(page.page(), page.size()),
				() -> count("select count(q) from Quote q", where));
		return PagedResponse.of(result, QuoteView::of, page);
	}

	/** The ids of the documents that hold a matching quote. */
	List<Long> documentIds(QuoteFilter filter) {
		JpqlCondition where = filter.onQuotes(this.topicCopies.obtain());
		return query("select distinct q.document.id from Quote q" + where.where(), where, Long.class).getResultList();
	}

	/**
	 * The page's ids newest first, undated last: the dated quotes, then the undated ones
	 * (a date has both ends or neither, FuzzyDate).
	 */
	private List<Long> newestFirstIds(JpqlCondition where, PageQuery page) {
		JpqlCondition dated = where.and(JpqlCondition.of("q.date.earliest is not null"));
		List<Long> ids = new ArrayList<>(slice(query("select q.id from Quote q" + dated.where()
				+ " order by q.date.earliest desc, q.date.latest desc, q.id desc", dated, Long.class), page));
		if (ids.size() < page.size()) {
			// The page reaches past the dated quotes. Holding some, it goes on with the
			// first undated; holding none, as far into the undated as it starts past the
			// dated, which are counted.
			int undatedOffset = ids.isEmpty()
					? (int) Math.max(0, page.offset() - count("select count(q) from Quote q", dated)) : 0;
			JpqlCondition undated = where.and(JpqlCondition.of("q.date.earliest is null"));
			ids.addAll(slice(
					query("select q.id from Quote q" + undated.where() + " order by q.id desc", undated, Long.class),
					undatedOffset, page.size() - ids.size()));
		}
		return ids;
	}

	/**
	 * The page from the topic rows' copies (ADR 0012): its ids in the copies' own order
	 * with the number of matches beside them, then those quotes with their collections.
	 * The ids are paged before the quotes are read: paging the quotes with the rows in an
	 * IN made PostgreSQL walk all of a speaker's quotes in the range.
	 */
	private PagedResponse<QuoteView> topicRowsPage(JpqlCondition rows, Sort sort, PageQuery page) {
		// A quote on two of the topics has a row for each, with its dates: one group. The
		// window counts the groups before the page is cut from them.
		List<Object[]> found = slice(query(
				"select t.id.quote, count(*) over () from QuoteTopicRow t" + rows.where()
						+ " group by t.id.quote, t.dateEarliest, t.dateLatest" + orderBy(sort, COPIES::get),
				rows, Object[].class), page);
		long total;
		if (!found.isEmpty()) {
			total = (Long) found.get(0)[1];
		}
		else if (page.offset() == 0) {
			total = 0;
		}
		else {
			// Past the last page: no row carries the count.
			total = count("select count(distinct t.id.quote) from QuoteTopicRow t", rows);
		}
		List<Long> ids = found.stream().map(row -> (Long) row[0]).toList();
		return PagedResponse.of(byIds(ids, sort).stream().map(QuoteView::of).toList(), page, total);
	}

	/** The quotes of a page's ids, whole, in the page's order. */
	private List<Quote> byIds(List<Long> ids, Sort sort) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return ordered(SELECT_WHOLE, JpqlCondition.anyOf("q.id", "id", ids), sort, Quote.class).getResultList();
	}

	/** The quotes that meet the condition, in the sort's order. */
	private <T> TypedQuery<T> ordered(String select, JpqlCondition where, Sort sort, Class<T> type) {
		return query(select + where.where() + orderBy(sort, "q."::concat), where, type);
	}

	/** The query with the condition's parameters bound. */
	private <T> TypedQuery<T> query(String jpql, JpqlCondition where, Class<T> type) {
		return where.bind(this.entityManager.createQuery(jpql, type));
	}

	private static <T> List<T> slice(TypedQuery<T> query, PageQuery page) {
		return slice(query, page.offset(), page.size());
	}

	private static <T> List<T> slice(TypedQuery<T> query, int offset, int size) {
		return query.setFirstResult(offset).setMaxResults(size).getResultList();
	}

	/** The count's result, remembered under its text and parameters. */
	private long count(String count, JpqlCondition where) {
		return this.counts.get(new Count(count + where.where(), where.parameters()),
				key -> query(key.jpql(), where, Long.class).getSingleResult());
	}

	/** A count as sent to the database: the key under which its result is remembered. */
	record Count(String jpql, Map<String, Object> parameters) {
	}

	/**
	 * The sort's properties as JPQL; they come from the list's whitelisted options, never
	 * from the request.
	 */
	private static String orderBy(Sort sort, Function<String, String> column) {
		return sort.stream().map(order -> {
			String property = column.apply(order.getProperty());
			Assert.state(property != null, () -> "no column for " + order.getProperty());
			String nulls = switch (order.getNullHandling()) {
				case NULLS_FIRST -> " nulls first";
				case NULLS_LAST -> " nulls last";
				case NATIVE -> "";
			};
			return property + (order.isAscending() ? " asc" : " desc") + nulls;
		}).collect(Collectors.joining(", ", " order by ", ""));
	}

}
