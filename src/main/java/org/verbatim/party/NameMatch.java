package org.verbatim.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.verbatim.shared.NameVariant;

/**
 * One name variant of a person or organisation that a {@code q} matched, as the
 * repositories return it; {@link #rank} orders owners by how well any of their names
 * matched.
 */
record NameMatch(Long ownerId, String slug, String name, @Nullable String description, String variant,
		String normalizedVariant, String languageTag, NameVariant.Kind kind) {

	/**
	 * Escapes LIKE wildcards in what the client typed, for {@code like ... escape '\'}.
	 */
	static String containsPattern(String normalizedQuery) {
		return "%" + normalizedQuery.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/**
	 * The matches of variant rows (owner id, name, normalised name, language tag, kind),
	 * with their owners (id, slug, display name, description) loaded by {@code owners};
	 * ordered by owner id, then normalised name (in code unit order, on every database).
	 */
	static List<NameMatch> of(List<Object[]> variants, Function<Set<Long>, List<Object[]>> owners) {
		if (variants.isEmpty()) {
			return List.of();
		}
		Set<Long> ids = new HashSet<>();
		variants.forEach(row -> ids.add(((Number) row[0]).longValue()));
		Map<Long, Object[]> byId = new HashMap<>();
		owners.apply(ids).forEach(row -> byId.put(((Number) row[0]).longValue(), row));
		List<NameMatch> matches = new ArrayList<>(variants.size());
		for (Object[] variant : variants) {
			Object[] owner = byId.get(((Number) variant[0]).longValue());
			if (owner != null) {
				matches.add(new NameMatch((Long) owner[0], (String) owner[1], (String) owner[2], (String) owner[3],
						(String) variant[1], (String) variant[2], (String) variant[3],
						NameVariant.Kind.valueOf((String) variant[4])));
			}
		}
		matches.sort(Comparator.comparing(NameMatch::ownerId).thenComparing(NameMatch::normalizedVariant));
		return matches;
	}

	/** The score of a match found by transliteration or with one wrong letter. */
	static final int OTHER_SPELLING = 3;

	/**
	 * 0: the whole name; 1: the start of a word in it; 2: anywhere inside it; see also
	 * {@link #OTHER_SPELLING}.
	 */
	int score(String normalizedQuery) {
		if (this.normalizedVariant.equals(normalizedQuery)) {
			return 0;
		}
		if (this.normalizedVariant.startsWith(normalizedQuery)
				|| this.normalizedVariant.contains(" " + normalizedQuery)) {
			return 1;
		}
		return 2;
	}

	/**
	 * Groups matches by owner, best owner first (then by name), each with its variants
	 * best first.
	 */
	static List<Ranked> rank(List<NameMatch> matches, String normalizedQuery) {
		Map<Long, List<NameMatch>> byOwner = new LinkedHashMap<>();
		for (NameMatch match : matches) {
			byOwner.computeIfAbsent(match.ownerId(), id -> new ArrayList<>()).add(match);
		}
		List<Ranked> ranked = new ArrayList<>();
		for (List<NameMatch> group : byOwner.values()) {
			group.sort(Comparator.comparingInt((NameMatch m) -> m.score(normalizedQuery)));
			ranked.add(new Ranked(group.get(0).score(normalizedQuery), group));
		}
		ranked.sort(Comparator.comparingInt(Ranked::score).thenComparing(r -> r.first().name()));
		return ranked;
	}

	record Ranked(int score, List<NameMatch> variants) {

		NameMatch first() {
			return this.variants.get(0);
		}

	}

}
