package org.verbatim.shared;

import java.util.Collection;

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
	 * members is listed, and counted, once.
	 */
	public static <T> Predicate hasMemberIn(Root<T> root, CriteriaQuery<?> query, Class<T> type, String association,
			Collection<Long> ids) {
		Subquery<Long> members = query.subquery(Long.class);
		Root<T> item = members.from(type);
		members.select(item.get("id")).where(item.join(association).get("id").in(ids));
		return root.get("id").in(members);
	}

}
