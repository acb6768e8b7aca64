package org.verbatim.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * What refers to a person, organisation, event or topic, so that deleting one still in
 * use is refused with a 409 that names the referrers. Every feature holding such
 * references implements this for its own records; the owning feature asks them all
 * without depending on them (quotes refer to people, but the party feature cannot depend
 * on quotes without a cycle).
 */
public interface References {

	/** How many referrers a 409 names; the rest are counted. */
	int SHOWN = 10;

	/** The kinds of record others refer to. */
	enum Target {

		PERSON, ORGANISATION, EVENT, TOPIC

	}

	/**
	 * The records of this feature that refer to the record {@code id} of kind
	 * {@code target}, described for an editor ("quote 3 (speaker)"), at most
	 * {@code limit} of them, with their total.
	 */
	Found find(Target target, long id, int limit);

	/**
	 * Descriptions of the referrers every feature knows of, at most {@link #SHOWN} and
	 * then "and N more"; empty when nothing refers to the record.
	 */
	static List<String> describe(List<References> features, Target target, long id) {
		List<String> shown = new ArrayList<>();
		long total = 0;
		for (References feature : features) {
			Found found = feature.find(target, id, SHOWN);
			found.first().stream().limit(SHOWN - shown.size()).forEach(shown::add);
			total += found.total();
		}
		if (total > shown.size()) {
			shown.add("and " + (total - shown.size()) + " more");
		}
		return shown;
	}

	/**
	 * A feature's references declared as queries: for each kind of record referred to,
	 * the JPQL from and where clauses that find the referrers, and the role they play.
	 */
	class Queries implements References {

		private final EntityManager entityManager;

		private final String noun;

		private final String key;

		private final Map<Target, Referrer> referrers;

		/**
		 * @param noun names a referrer, e.g. {@code "quote"} in
		 * {@code "quote 3 (speaker)"}
		 * @param key a JPQL expression naming each referrer once, e.g. {@code q.id}
		 */
		public Queries(EntityManager entityManager, String noun, String key, Map<Target, Referrer> referrers) {
			this.entityManager = entityManager;
			this.noun = noun;
			this.key = key;
			this.referrers = Map.copyOf(referrers);
		}

		@Override
		public Found find(Target target, long id, int limit) {
			Referrer referrer = this.referrers.get(target);
			if (referrer == null) {
				return Found.NONE;
			}
			return Found.query(this.entityManager, referrer.from(), this.key, id, limit,
					key -> this.noun + " " + key + " (" + referrer.role() + ")");
		}

	}

	/**
	 * @param from the JPQL from and where clauses with the parameter {@code id}, e.g.
	 * {@code "Quote q where q.speakerPerson.id = :id"}
	 * @param role what the referrer is to the record, e.g. {@code "speaker"}
	 */
	record Referrer(String from, String role) {
	}

	/**
	 * The first referrers and how many there are in all.
	 *
	 * @param first descriptions of at most the limit asked for
	 * @param total every referrer
	 */
	record Found(List<String> first, long total) {

		public static final Found NONE = new Found(List.of(), 0);

		public Found {
			first = List.copyOf(first);
		}

		/**
		 * Runs a query for the referrers:
		 * {@code select distinct <key> from <from> order by
		 * <key>} with the parameter {@code id}, and counts them only when there may be
		 * more than the limit.
		 * @param from the JPQL from and where clauses, e.g.
		 * {@code "Quote q where q.speakerPerson.id = :id"}
		 * @param key a JPQL expression naming each referrer once, e.g. {@code q.id}
		 * @param label turns a key into its description, e.g. {@code "quote 3 (speaker)"}
		 */
		public static Found query(EntityManager entityManager, String from, String key, long id, int limit,
				Function<Object, String> label) {
			List<?> keys = entityManager.createQuery("select distinct " + key + " from " + from + " order by " + key)
				.setParameter("id", id)
				.setMaxResults(limit)
				.getResultList();
			long total = keys.size();
			if (total == limit) {
				total = entityManager.createQuery("select count(distinct " + key + ") from " + from, Long.class)
					.setParameter("id", id)
					.getSingleResult();
			}
			return new Found(keys.stream().map(label).toList(), total);
		}

	}

}
