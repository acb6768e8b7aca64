package org.verbatim.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
