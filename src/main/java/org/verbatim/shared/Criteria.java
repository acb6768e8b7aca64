package org.verbatim.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.jspecify.annotations.Nullable;

/**
 * Criteria building blocks the list filters share.
 */
public final class Criteria {

	private Criteria() {
	}

	/**
	 * The filters that documents and events share: the date overlaps {@code dates}, the
	 * kind is {@code kind} and a topic is among {@code topicIds}, each where given. A
	 * list to which the caller adds its own.
	 */
	public static <T> List<Predicate> datedKindTopics(Root<T> root, CriteriaQuery<?> query, CriteriaBuilder cb,
			DateRange dates, @Nullable Enum<?> kind, @Nullable Collection<Long> topicIds) {
		List<Predicate> predicates = new ArrayList<>();
		predicates.add(dates.overlapPredicate(cb, root.get("date")));
		if (kind != null) {
			predicates.add(cb.equal(root.get("kind"), kind));
		}
		if (topicIds != null) {
			predicates.add(hasMemberIn(root, query, cb, "topics", topicIds));
		}
		return predicates;
	}

	/**
	 * The item has a member of its collection {@code association} whose id is among
	 * {@code ids}; a subquery rather than a join, so that an item with several matching
	 * members is listed, and counted, once. A correlated EXISTS: both databases then look
	 * up the members of the few items the other filters leave (H2 would otherwise first
	 * collect every item of the topics, for every request).
	 */
	public static <T> Predicate hasMemberIn(Root<T> root, CriteriaQuery<?> query, CriteriaBuilder cb,
			String association, Collection<Long> ids) {
		Subquery<Integer> members = query.subquery(Integer.class);
		Root<T> item = members.correlate(root);
		members.select(cb.literal(1)).where(item.join(association).get("id").in(ids));
		return cb.exists(members);
	}

}
