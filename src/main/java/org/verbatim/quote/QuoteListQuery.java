package org.verbatim.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.DateRange;
import org.verbatim.shared.WriteAwareCache;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;
import org.verbatim.web.SortOption;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.util.Assert;

/**
 * The quote list's queries (a page, the documents quoting) as JPQL text built from the
 * filters given.
 * <p>
 * Not a Specification: a criteria query is built and translated to SQL anew for every
 * request (about a quarter of the list's CPU time in a profile at 1M quotes), whereas
 * JPQL text is translated once per distinct text and its plan reused. The text depends on
 * which filters are present, on the order and on how many topics and speakers a filter
 * stands for, never on their values, so there are few distinct texts.
 */
final class QuoteListQuery {

	/**
	 * The page's quotes with the document, speaker and event they show, in one statement
	 * (to-one joins do not change the paging).
	 */
	private static final String SELECT = "select q from Quote q join fetch q.document"
			+ " left join fetch q.speakerPerson left join fetch q.speakerOrganisation left join fetch q.event";

	/**
	 * The same with each quote's occurrences and topics, for the quotes of given ids: the
	 * two collections would otherwise take a batch statement each. Not with the filters
	 * in the statement: with nine tables PostgreSQL no longer reorders the joins (its
	 * join_collapse_limit) and joined the whole quote table before the filter (4 s).
	 */
	private static final String SELECT_WHOLE = SELECT + " left join fetch q.occurrences left join fetch q.topics";

	private static final String COUNT = "select count(q) from Quote q";

	private static final Sort NEWEST_FIRST = SortOption.dateDescending().sort();

	/** The sort's properties on a quote, as the topic rows' copies name them. */
	private static final Map<String, String> COPIES = Map.of("date.earliest", "t.dateEarliest", "date.latest",
			"t.dateLatest", "id", "t.id.quote");

	private static final Function<String, String> COPY_COLUMNS = property -> {
		String copy = COPIES.get(property);
		Assert.state(copy != null, () -> "no copy of " + property + " in the topic rows");
		return copy;
	};

	// Filters on a to-one association compare its foreign key, fk(q.x), not q.x.id: the
	// fetch joins above would turn q.x.id into the joined table's id, which keeps the
	// databases from using the quote table's own indexes on those columns.
	private final StringBuilder where = new StringBuilder();

	private final Map<String, Object> parameters = new HashMap<>();

	private @Nullable Collection<Long> topicIds;

	private TopicCopies copies = TopicCopies.UNUSED;

	/** The people a speaker filter stands for, when it names people only. */
	private @Nullable Collection<Long> people;

	private DateRange dates = DateRange.ANY;

	/** Whether a filter other than topics, people and dates is given. */
	private boolean otherFilters;

	/** Whether a speaker filter is given. */
	private boolean speakerFilter;

	private boolean idsFirst;

	private boolean datedThenUndated;

	QuoteListQuery dates(DateRange dates) {
		this.dates = dates;
		// A range overlaps a date when it starts before the date ends and ends after it
		// starts.
		if (dates.to() != null) {
			condition("q.date.earliest <= :to", "to", dates.to());
		}
		if (dates.from() != null) {
			condition("q.date.latest >= :from", "from", dates.from());
		}
		return this;
	}

	QuoteListQuery kind(@Nullable QuoteKind kind) {
		return (kind != null) ? other("q.kind = :kind", "kind", kind) : this;
	}

	/**
	 * How a filter by topics and people alone may read the topic rows' copies of the
	 * quote's speaker and dates (decision 0012).
	 */
	enum TopicCopies {

		/** Not read: the quotes' own topics are checked. */
		UNUSED,

		/** One condition with the topics and the people as lists (PostgreSQL). */
		LISTS,

		/**
		 * One branch of a {@code union all} per topic and person (H2): H2 seeks an index
		 * on an IN list's column alone, so with lists it would read every topic row of
		 * the subtree, where a branch seeks the index on topic, person and date.
		 */
		BRANCHES

	}

	/**
	 * Quotes tagged with any of the topics (the condition is written last, as it depends
	 * on the speaker filter).
	 * @param copies how the topic rows' copies of the quote's speaker and dates may serve
	 * a filter by people
	 */
	QuoteListQuery topics(@Nullable Collection<Long> topicIds, TopicCopies copies) {
		this.topicIds = topicIds;
		this.copies = copies;
		return this;
	}

	/**
	 * Whether a filtered first page takes its ids first, then those quotes (H2; pages
	 * past the first always do, see {@link #page}): H2 walks an index in the list's order
	 * only if the index starts with the sorted columns, so for a filter it sorts every
	 * match, and with the page's joins that is every match's document, speaker and event
	 * too (a speaker with 109,084 quotes ran past the statement timeout at 1M quotes).
	 */
	QuoteListQuery idsFirst(boolean idsFirst) {
		this.idsFirst = idsFirst;
		return this;
	}

	/**
	 * Whether newest first takes the dated quotes' ids, then the undated ones'
	 * (PostgreSQL): its date indexes run oldest first with the undated last, so read
	 * backwards they put the undated first, and one statement newest first sorted every
	 * match instead (see {@link #newestFirstIds}).
	 */
	QuoteListQuery datedThenUndated(boolean datedThenUndated) {
		this.datedThenUndated = datedThenUndated;
		return this;
	}

	QuoteListQuery event(@Nullable Long eventId) {
		return (eventId != null) ? other("fk(q.event) = :event", "event", eventId) : this;
	}

	QuoteListQuery document(@Nullable Long documentId) {
		return (documentId != null) ? other("fk(q.document) = :document", "document", documentId) : this;
	}

	/** Said by any of the speakers; a filter that names none of them matches nothing. */
	QuoteListQuery speakers(SpeakerFilter.@Nullable Speakers speakers) {
		if (speakers == null) {
			return this;
		}
		this.speakerFilter = true;
		StringBuilder any = new StringBuilder();
		if (!speakers.people().isEmpty()) {
			any.append(in("fk(q.speakerPerson)", "person", speakers.people()));
		}
		if (!speakers.organisations().isEmpty()) {
			any.append(any.isEmpty() ? "" : " or ")
				.append(in("fk(q.speakerOrganisation)", "organisation", speakers.organisations()));
		}
		if (speakers.groupWording() != null) {
			any.append(any.isEmpty() ? "" : " or ").append("q.speakerLabelNormalized = :group");
			this.parameters.put("group", speakers.groupWording());
		}
		else if (speakers.organisations().isEmpty() && !speakers.people().isEmpty()) {
			this.people = speakers.people();
		}
		return condition(any.isEmpty() ? "1 = 0" : "(" + any + ")");
	}

	/**
	 * The page in the given order, counting the matches only when the page does not tell
	 * the total (Spring Data's rule: a first page that is not full holds them all).
	 */
	PagedResponse<QuoteView> page(EntityManager entityManager, Sort sort, PageQuery page,
			WriteAwareCache<Count, Long> counts) {
		// Topics, people and dates alone: the topic rows' copies tell the page's quotes
		// and the count without reading any other quote.
		boolean copiesAlone = useCopies() && !this.otherFilters;
		if (copiesAlone && !oneCondition()) {
			return branchesPage(entityManager, sort, page);
		}
		if (copiesAlone) {
			return copiesPage(entityManager, sort, page);
		}
		String where = where();
		List<Quote> quotes;
		if (this.datedThenUndated && sort.equals(NEWEST_FIRST)) {
			quotes = byIds(entityManager, newestFirstIds(entityManager, where, page, counts), sort);
		}
		else if ((this.idsFirst && !where.isEmpty()) || page.offset() > 0) {
			// Past the first page, ids first on any database: with the page's joins,
			// every skipped quote is joined to its document, speaker and event and read
			// whole (at 1M quotes on PostgreSQL, page 1,000 of 20 took 0.35 s of SQL and
			// page 49,000 ran past the statement timeout; the ids alone walk the sort's
			// index).
			quotes = byIds(entityManager,
					query(entityManager, "select q.id from Quote q" + where + orderBy(sort), Long.class)
						.setFirstResult(page.offset())
						.setMaxResults(page.size())
						.getResultList(),
					sort);
		}
		else {
			quotes = query(entityManager, SELECT + where + orderBy(sort), Quote.class).setFirstResult(page.offset())
				.setMaxResults(page.size())
				.getResultList();
		}
		String count;
		if (this.copies == TopicCopies.BRANCHES && this.topicIds != null && !this.speakerFilter && !this.otherFilters) {
			// Topics and dates alone on H2: counted from the topic rows of the topics,
			// where the EXISTS checked the topics of every quote in the range (1.8 s
			// for a topic of 30,000 quotes among 300,000).
			count = "select count(distinct t.id.quote) from QuoteTopicRow t where "
					+ in("t.id.topic", "topic", this.topicIds) + dateCondition();
		}
		else {
			count = COUNT + where;
		}
		Page<Quote> result = PageableExecutionUtils.getPage(quotes, PageRequest.of(page.page(), page.size()),
				() -> count(entityManager, count, counts));
		return PagedResponse.of(result, QuoteView::of, page);
	}

	/**
	 * The page's ids newest first, undated last: the dated quotes in the date index's
	 * order read backwards, then the undated ones (a date has both ends or neither,
	 * FuzzyDate). One statement in that order could not use the index (read backwards it
	 * puts the undated first) and sorted every match: the first page of the whole archive
	 * newest first took 1.8-2.2 s at 1M quotes on PostgreSQL.
	 */
	private List<Long> newestFirstIds(EntityManager entityManager, String where, PageQuery page,
			WriteAwareCache<Count, Long> counts) {
		String and = where.isEmpty() ? " where " : where + " and ";
		String datedOnly = and + "q.date.earliest is not null";
		List<Long> ids = new ArrayList<>(query(entityManager,
				"select q.id from Quote q" + datedOnly
						+ " order by q.date.earliest desc, q.date.latest desc, q.id desc",
				Long.class)
			.setFirstResult(page.offset())
			.setMaxResults(page.size())
			.getResultList());
		if (ids.size() < page.size()) {
			// The page reaches past the dated quotes. Holding some, it goes on with the
			// first undated; holding none, as far into the undated as it starts past the
			// dated, which are counted.
			int undatedOffset = 0;
			if (ids.isEmpty()) {
				String count = "select count(q) from Quote q" + datedOnly;
				long dated = count(entityManager, count, counts);
				undatedOffset = (int) Math.max(0, page.offset() - dated);
			}
			ids.addAll(query(entityManager,
					"select q.id from Quote q" + and + "q.date.earliest is null order by q.id desc", Long.class)
				.setFirstResult(undatedOffset)
				.setMaxResults(page.size() - ids.size())
				.getResultList());
		}
		return ids;
	}

	/** The count's result, remembered under the count and this query's parameters. */
	private long count(EntityManager entityManager, String count, WriteAwareCache<Count, Long> counts) {
		return counts.get(new Count(count, Map.copyOf(this.parameters)),
				key -> query(entityManager, count, Long.class).getSingleResult());
	}

	/**
	 * A count as sent to the database, the key under which its result is remembered:
	 * every page past the first counts the same matches again (the whole archive's
	 * 1,000,000 quotes took 115-230 ms on PostgreSQL, each time).
	 */
	record Count(String jpql, Map<String, Object> parameters) {
	}

	/**
	 * The page from the topic rows' copies in one seek: the page's ids in the copies' own
	 * order (a quote's copies carry its dates) with the number of matches beside them,
	 * then those quotes with their collections. Two statements where the page with the
	 * ids in a subquery, the count and the two collections took four. Paging the quotes
	 * with the copies in an IN made PostgreSQL walk all of a speaker's quotes in the
	 * range in date order, looking up each one's topics (28 ms for a speaker with 3,335
	 * matches at 1M quotes, against 2.5 ms with the ids first).
	 */
	private PagedResponse<QuoteView> copiesPage(EntityManager entityManager, Sort sort, PageQuery page) {
		String copies = copiesMatch();
		// A quote on two of the topics has a row for each, with its dates: one group. The
		// window counts the groups before the page is cut from them.
		List<Object[]> rows = query(entityManager,
				"select t.id.quote, count(*) over () from QuoteTopicRow t where " + copies
						+ " group by t.id.quote, t.dateEarliest, t.dateLatest" + orderBy(sort, COPY_COLUMNS),
				Object[].class)
			.setFirstResult(page.offset())
			.setMaxResults(page.size())
			.getResultList();
		long total;
		if (!rows.isEmpty()) {
			total = (Long) rows.get(0)[1];
		}
		else if (page.offset() == 0) {
			total = 0;
		}
		else {
			// Past the last page: no row carries the count.
			total = query(entityManager, "select count(distinct t.id.quote) from QuoteTopicRow t where " + copies,
					Long.class)
				.getSingleResult();
		}
		List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
		return PagedResponse.of(byIds(entityManager, ids, sort).stream().map(QuoteView::of).toList(), page, total);
	}

	/**
	 * The page on H2 from the branches' rows (each a quote's id and dates), ordered and
	 * counted here. Tried first: the union as a derived table, grouped and paged there,
	 * which H2 parsed again at every execution (a fifth of a request's time in a
	 * profile); and {@code q.id in (union)}, which ran past the statement timeout for the
	 * heaviest speaker. The rows are the people's quotes on the topics in the range:
	 * 3,335 for the heaviest of the benchmark's filters at 1M quotes.
	 */
	private PagedResponse<QuoteView> branchesPage(EntityManager entityManager, Sort sort, PageQuery page) {
		Map<Long, Object[]> byQuote = new HashMap<>();
		for (Object[] row : query(entityManager, branches(), Object[].class).getResultList()) {
			// A quote on two of the topics has a row for each, with the same dates.
			byQuote.putIfAbsent((Long) row[0], row);
		}
		List<Long> ids = byQuote.values()
			.stream()
			.sorted(rowOrder(sort))
			.skip(page.offset())
			.limit(page.size())
			.map(row -> (Long) row[0])
			.toList();
		return PagedResponse.of(byIds(entityManager, ids, sort).stream().map(QuoteView::of).toList(), page,
				byQuote.size());
	}

	/** The quotes of a page's ids, in the page's order. */
	private static List<Quote> byIds(EntityManager entityManager, List<Long> ids, Sort sort) {
		if (ids.isEmpty()) {
			return List.of();
		}
		// Its own parameters: the filter's are not in this query.
		Map<String, Object> parameters = new HashMap<>();
		TypedQuery<Quote> query = entityManager
			.createQuery(SELECT_WHOLE + " where " + in("q.id", "id", ids, parameters) + orderBy(sort), Quote.class);
		parameters.forEach(query::setParameter);
		return query.getResultList();
	}

	/** The sort over the branches' rows (id, earliest, latest), as the database sorts. */
	private static Comparator<Object[]> rowOrder(Sort sort) {
		Comparator<Object[]> order = (a, b) -> 0;
		for (Sort.Order property : sort) {
			int column = switch (property.getProperty()) {
				case "id" -> 0;
				case "date.earliest" -> 1;
				case "date.latest" -> 2;
				default ->
					throw new IllegalStateException("no copy of " + property.getProperty() + " in the topic rows");
			};
			Comparator<Comparable<Object>> values = property.isAscending() ? Comparator.naturalOrder()
					: Comparator.reverseOrder();
			Comparator<Comparable<Object>> byValue = (property.getNullHandling() == Sort.NullHandling.NULLS_FIRST)
					? Comparator.nullsFirst(values) : Comparator.nullsLast(values);
			@SuppressWarnings("unchecked")
			Comparator<Object[]> byColumn = Comparator.comparing(row -> (Comparable<Object>) row[column], byValue);
			order = order.thenComparing(byColumn);
		}
		return order;
	}

	/** The ids of the documents that hold a matching quote. */
	List<Long> documentIds(EntityManager entityManager) {
		return query(entityManager, "select distinct q.document.id from Quote q" + where(), Long.class).getResultList();
	}

	/** The query with this filter's parameters bound. */
	private <T> TypedQuery<T> query(EntityManager entityManager, String text, Class<T> type) {
		TypedQuery<T> query = entityManager.createQuery(text, type);
		this.parameters.forEach(query::setParameter);
		return query;
	}

	/** The where clause: the conditions given, and the topics'. */
	private String where() {
		if (this.topicIds == null) {
			return this.where.toString();
		}
		String topics;
		if (useCopies() && this.copies == TopicCopies.LISTS) {
			// The topic rows carry the quote's speaker and dates (migration V5): one
			// index finds the quotes of these people on these topics in the range,
			// where the EXISTS below checks the topics of all their quotes in it.
			topics = "q.id in (select t.id.quote from QuoteTopicRow t where " + copiesMatch() + ")";
		}
		else {
			// A correlated EXISTS, so that a quote with several of the topics is listed
			// and counted once, and both databases look up the topics of the quotes the
			// other filters leave (on H2 also when there are filters other than topics,
			// people and dates: those narrow the quotes first).
			topics = "exists (select 1 from q.topics t where " + in("t.id", "topic", this.topicIds) + ")";
		}
		return this.where + (this.where.isEmpty() ? " where " : " and ") + topics;
	}

	private boolean useCopies() {
		return this.copies != TopicCopies.UNUSED && this.topicIds != null && this.people != null;
	}

	/**
	 * Whether the copies' condition is one seek for the database: always on PostgreSQL,
	 * on H2 for one topic and one person (equalities, where lists would not be).
	 */
	private boolean oneCondition() {
		Assert.state(this.topicIds != null && this.people != null, "topics and people");
		return this.copies == TopicCopies.LISTS || this.topicIds.size() * this.people.size() == 1;
	}

	/**
	 * The matching topic rows' quote ids and dates: a union of one branch per topic and
	 * person.
	 */
	private String branches() {
		Assert.state(this.topicIds != null && this.people != null, "topics and people");
		StringJoiner branches = new StringJoiner(" union all ");
		int topic = 0;
		for (Long topicId : this.topicIds) {
			this.parameters.put("topic" + topic, topicId);
			int person = 0;
			for (Long personId : this.people) {
				this.parameters.put("person" + person, personId);
				branches.add(
						"select t.id.quote, t.dateEarliest, t.dateLatest from QuoteTopicRow t where t.id.topic = :topic"
								+ topic + " and t.speakerPerson = :person" + person + dateCondition());
				person++;
			}
			topic++;
		}
		return branches.toString();
	}

	/**
	 * Topic rows of the topics, the people and the dates (parameters shared with q's).
	 */
	private String copiesMatch() {
		Assert.state(this.topicIds != null && this.people != null, "topics and people");
		return in("t.id.topic", "topic", this.topicIds) + " and " + in("t.speakerPerson", "person", this.people)
				+ dateCondition();
	}

	/** The range's condition on the topic rows {@code t}, or nothing. */
	private String dateCondition() {
		return ((this.dates.to() != null) ? " and t.dateEarliest <= :to" : "")
				+ ((this.dates.from() != null) ? " and t.dateLatest >= :from" : "");
	}

	/**
	 * {@code (expression = :name0 or expression = :name1 ...)}, one parameter per value;
	 * false for no values. Not {@code in}: Hibernate keeps no plan of a query with a
	 * parameter inside an {@code in} list, even a single-valued one (checked with its
	 * plan cache's log), so the query would be translated again for every request.
	 */
	private String in(String expression, String name, Collection<Long> values) {
		return in(expression, name, values, this.parameters);
	}

	/**
	 * As {@link #in(String, String, Collection)}, the parameters put in the map given.
	 */
	private static String in(String expression, String name, Collection<Long> values, Map<String, Object> parameters) {
		StringJoiner any = new StringJoiner(" or ", "(", ")");
		any.setEmptyValue("1 = 0");
		int i = 0;
		for (Long value : values) {
			any.add(expression + " = :" + name + i);
			parameters.put(name + i, value);
			i++;
		}
		return any.toString();
	}

	private QuoteListQuery other(String condition, String name, Object value) {
		this.otherFilters = true;
		return condition(condition, name, value);
	}

	private QuoteListQuery condition(String condition, String name, Object value) {
		this.parameters.put(name, value);
		return condition(condition);
	}

	private QuoteListQuery condition(String condition) {
		this.where.append(this.where.isEmpty() ? " where " : " and ").append(condition);
		return this;
	}

	/**
	 * The sort's properties as JPQL; they come from the list's whitelisted options, never
	 * from the request.
	 */
	private static String orderBy(Sort sort) {
		return orderBy(sort, property -> "q." + property);
	}

	private static String orderBy(Sort sort, Function<String, String> column) {
		return sort.stream().map(order -> {
			String nulls = switch (order.getNullHandling()) {
				case NULLS_FIRST -> " nulls first";
				case NULLS_LAST -> " nulls last";
				case NATIVE -> "";
			};
			return column.apply(order.getProperty()) + (order.isAscending() ? " asc" : " desc") + nulls;
		}).collect(Collectors.joining(", ", " order by ", ""));
	}

}
