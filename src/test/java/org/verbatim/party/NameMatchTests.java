package org.verbatim.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.verbatim.shared.NameVariant;

import static org.assertj.core.api.Assertions.assertThat;

/** The name variants a {@code q} matched, joined to their owners and ranked. */
class NameMatchTests {

	private static Object[] variant(Number ownerId, String name, String normalized) {
		return new Object[] { ownerId, name, normalized, "en", "PRINTED" };
	}

	private static Object[] owner(long id, String slug, String name) {
		return new Object[] { id, slug, name, "About " + name };
	}

	private static NameMatch match(long ownerId, String name, String normalized) {
		return new NameMatch(ownerId, "owner-" + ownerId, name, null, normalized, normalized, "en",
				NameVariant.Kind.PRINTED);
	}

	@Test
	void likeWildcardsInTheQueryAreEscaped() {
		assertThat(NameMatch.containsPattern("lukashenko")).isEqualTo("%lukashenko%");
		assertThat(NameMatch.containsPattern("50% a_b\\c")).isEqualTo("%50\\% a\\_b\\\\c%");
	}

	@Test
	void variantsAreJoinedToTheirOwnersInOwnerThenNameOrder() {
		List<Set<Long>> asked = new ArrayList<>();
		List<NameMatch> matches = NameMatch.of(List.of(variant(2, "Lukashenka", "lukashenka"),
				variant(1L, "Putin", "putin"), variant(2L, "Lukashenko", "lukashenko"), variant(3, "Nobody", "nobody"),
				variant(2, "Alexander", "alexander")), ids -> {
					asked.add(ids);
					return List.of(owner(1, "vladimir-putin", "Vladimir Putin"),
							owner(2, "aleksandr-lukashenko", "Aleksandr Lukashenko"));
				});
		assertThat(asked).containsExactly(Set.of(1L, 2L, 3L));
		// The variant whose owner is gone is left out.
		assertThat(matches).extracting(NameMatch::ownerId).containsExactly(1L, 2L, 2L, 2L);
		assertThat(matches).extracting(NameMatch::variant)
			.containsExactly("Putin", "Alexander", "Lukashenka", "Lukashenko");
		assertThat(matches.get(1)).isEqualTo(new NameMatch(2L, "aleksandr-lukashenko", "Aleksandr Lukashenko",
				"About Aleksandr Lukashenko", "Alexander", "alexander", "en", NameVariant.Kind.PRINTED));
	}

	@Test
	void noVariantsAskForNoOwners() {
		assertThat(NameMatch.of(List.of(), ids -> {
			throw new AssertionError("asked for owners of " + ids);
		})).isEmpty();
	}

	@Test
	void theWholeNameScoresBestThenAWordStartThenAnyPart() {
		NameMatch match = match(1, "Aleksandr Lukashenko", "aleksandr lukashenko");
		assertThat(match.score("aleksandr lukashenko")).isZero();
		assertThat(match.score("aleks")).isEqualTo(1);
		assertThat(match.score("lukash")).isEqualTo(1);
		assertThat(match.score("shenko")).isEqualTo(2);
		assertThat(match.score("r luk")).isEqualTo(2);
	}

	@Test
	void ownersAreRankedByTheirBestVariantThenByName() {
		String q = "luka";
		NameMatch inside = match(1, "Anna Kalukas", "kalukas");
		NameMatch wordStart = match(1, "Anna Kalukas", "anna lukas");
		NameMatch exact = match(2, "Zed Luka", "luka");
		NameMatch laterName = match(3, "Boris Lukanov", "lukanov");
		NameMatch earlierName = match(4, "Alla Lukina", "luka lukina");
		List<NameMatch.Ranked> ranked = NameMatch.rank(List.of(inside, laterName, wordStart, exact, earlierName), q);
		assertThat(ranked).extracting(NameMatch.Ranked::score).containsExactly(0, 1, 1, 1);
		assertThat(ranked).extracting(r -> r.first().ownerId()).containsExactly(2L, 4L, 1L, 3L);
		assertThat(ranked.get(2).variants()).containsExactly(wordStart, inside);
	}

}
