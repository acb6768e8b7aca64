package org.verbatim.topic;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.verbatim.shared.WriteAwareCache;
import org.verbatim.topic.TopicRepository.Row;
import org.verbatim.topic.TopicViews.TopicDetail;
import org.verbatim.topic.TopicViews.TopicNode;
import org.verbatim.web.InvalidParameterException;
import org.verbatim.web.NotFoundException;
import org.verbatim.web.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The topic hierarchy. Other features resolve their {@code topic} filter here: a topic
 * stands for itself and all its subtopics.
 */
@Service
@Transactional(readOnly = true)
public class TopicService {

	private final TopicRepository topics;

	private final List<TopicTagging> taggings;

	private final JdbcClient jdbc;

	private final WriteAwareCache<Boolean, Hierarchy> hierarchy = new WriteAwareCache<>(1, Duration.ofSeconds(10));

	/**
	 * Every topic's counts, remembered as the hierarchy is: counting the whole archive's
	 * tags is far too slow for each request at archive scale (decision 0010).
	 */
	private final WriteAwareCache<Hierarchy, Map<Long, Map<String, Long>>> counts = new WriteAwareCache<>(1,
			Duration.ofSeconds(10));

	TopicService(TopicRepository topics, List<TopicTagging> taggings, JdbcClient jdbc) {
		this.topics = topics;
		this.taggings = taggings;
		this.jdbc = jdbc;
	}

	/**
	 * The ids of the topic with this slug and of all topics below it.
	 * @param parameter the request parameter the slug came from, named in the 400 if
	 * unknown
	 */
	public Set<Long> subtreeIds(String parameter, String slug) {
		return subtreeIds(hierarchy(), parameter, slug);
	}

	private static Set<Long> subtreeIds(Hierarchy hierarchy, String parameter, String slug) {
		Row root = hierarchy.bySlug.get(slug.strip());
		if (root == null) {
			throw new InvalidParameterException(parameter, slug,
					"a topic slug (" + hierarchy.slugs() + "); GET /api/v1/topics lists them");
		}
		return hierarchy.subtree(root.id());
	}

	/**
	 * The slugs of the topic with this slug and of all topics below it; see
	 * {@link #subtreeIds}.
	 */
	public Set<String> subtreeSlugs(String parameter, String slug) {
		Hierarchy hierarchy = hierarchy();
		Set<Long> ids = subtreeIds(hierarchy, parameter, slug);
		return hierarchy.rows.stream()
			.filter(row -> ids.contains(row.id()))
			.map(Row::slug)
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	List<TopicNode> tree() {
		Hierarchy hierarchy = hierarchy();
		Map<Long, Map<String, Long>> counts = counts(hierarchy);
		return hierarchy.childrenOf(null).stream().map(row -> node(row, hierarchy, counts)).toList();
	}

	/** The topic in its hierarchy, with the version it is served under as its ETag. */
	Versioned<TopicDetail> topic(String slug) {
		Topic topic = this.topics.findBySlug(slug).orElseThrow(() -> new NotFoundException("topic", slug));
		Hierarchy hierarchy = hierarchy();
		Row row = hierarchy.bySlug.get(slug);
		if (row == null) {
			throw new NotFoundException("topic", slug);
		}
		Deque<TopicRef> ancestors = new ArrayDeque<>();
		for (Row up = hierarchy.parentOf(row); up != null; up = hierarchy.parentOf(up)) {
			ancestors.addFirst(ref(up));
		}
		return new Versioned<>(new TopicDetail(row.slug(), row.label(), row.description(), List.copyOf(ancestors),
				hierarchy.childrenOf(row.id()).stream().map(TopicService::ref).toList(),
				counts(hierarchy).getOrDefault(row.id(), zeroCounts()), topic.audit()), topic.version());
	}

	private TopicNode node(Row row, Hierarchy hierarchy, Map<Long, Map<String, Long>> counts) {
		return new TopicNode(row.slug(), row.label(), row.description(), counts.getOrDefault(row.id(), zeroCounts()),
				hierarchy.childrenOf(row.id()).stream().map(child -> node(child, hierarchy, counts)).toList());
	}

	/**
	 * For every topic and kind of item, the number of distinct items tagged with the
	 * topic or any topic below it: one query per kind, joining the tags to the topic
	 * closure (ancestor, descendant) that this method computes in memory from the small
	 * topic table.
	 */
	private Map<Long, Map<String, Long>> counts(Hierarchy hierarchy) {
		return this.counts.get(hierarchy, this::count);
	}

	private Map<Long, Map<String, Long>> count(Hierarchy hierarchy) {
		Map<Long, Map<String, Long>> counts = new HashMap<>();
		if (hierarchy.rows.isEmpty()) {
			return counts;
		}
		StringBuilder closure = new StringBuilder();
		for (Row ancestor : hierarchy.rows) {
			for (Long descendant : hierarchy.subtree(ancestor.id())) {
				closure.append(closure.isEmpty() ? "" : ", ")
					.append('(')
					.append(ancestor.id())
					.append(", ")
					.append(descendant)
					.append(')');
			}
		}
		for (TopicTagging tagging : this.taggings) {
			// Ids come from the topic table and names from TopicTagging's checked
			// constants.
			String sql = "select c.ancestor_id, count(distinct t." + tagging.itemColumn() + ") from "
					+ tagging.joinTable() + " t join (values " + closure
					+ ") as c(ancestor_id, descendant_id) on c.descendant_id = t.topic_id group by c.ancestor_id";
			this.jdbc.sql(sql)
				.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
				.list()
				.forEach(
						e -> counts.computeIfAbsent(e.getKey(), id -> zeroCounts()).put(tagging.items(), e.getValue()));
		}
		return counts;
	}

	private Map<String, Long> zeroCounts() {
		Map<String, Long> zero = new LinkedHashMap<>();
		this.taggings.stream().map(TopicTagging::items).sorted().forEach(items -> zero.put(items, 0L));
		return zero;
	}

	/**
	 * The topic table in memory, remembered until the next write: every filter by topic
	 * needs the subtree, and the table changes rarely.
	 */
	private Hierarchy hierarchy() {
		return this.hierarchy.get(Boolean.TRUE, any -> new Hierarchy(this.topics.findRows()));
	}

	private static TopicRef ref(Row row) {
		return new TopicRef(row.slug(), row.label());
	}

	/** The topic table in memory: it holds tens of rows, not thousands. */
	private static final class Hierarchy {

		private final List<Row> rows;

		private final Map<String, Row> bySlug = new HashMap<>();

		private final Map<Long, Row> byId = new HashMap<>();

		private final Map<@Nullable Long, List<Row>> children = new HashMap<>();

		Hierarchy(List<Row> rows) {
			this.rows = List.copyOf(rows);
			for (Row row : rows) {
				this.bySlug.put(row.slug(), row);
				this.byId.put(row.id(), row);
				this.children.computeIfAbsent(row.parentId(), id -> new ArrayList<>()).add(row);
			}
		}

		List<Row> childrenOf(@Nullable Long id) {
			return this.children.getOrDefault(id, List.of());
		}

		@Nullable Row parentOf(Row row) {
			return (row.parentId() != null) ? this.byId.get(row.parentId()) : null;
		}

		Set<Long> subtree(Long rootId) {
			Set<Long> ids = new LinkedHashSet<>();
			Deque<Long> pending = new ArrayDeque<>(List.of(rootId));
			while (!pending.isEmpty()) {
				Long id = pending.pop();
				if (ids.add(id)) {
					childrenOf(id).forEach(child -> pending.push(child.id()));
				}
			}
			return ids;
		}

		String slugs() {
			return this.rows.stream().map(Row::slug).sorted().collect(Collectors.joining(", "));
		}

	}

}
