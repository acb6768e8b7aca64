package org.verbatim.shared;

import java.util.Collection;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * Criteria building blocks the list filters share.
 */
public final class Criteria {

	private Criteria() {
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
