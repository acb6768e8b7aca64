package org.verbatim.party;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.verbatim.shared.SearchFields;

import org.springframework.stereotype.Component;

/**
 * Finds people and organisations under spellings nobody curated: through the search
 * index's transliterated names, tolerating one wrong letter in words of five letters or
 * more. Best match first.
 */
@Component
class NameSearch {

	static final int MAX_CANDIDATES = 50;

	static final int MAX_WORDS = 8;

	private final EntityManager entityManager;

	NameSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The ids of the people or organisations ({@code type}) whose names match. */
	List<Long> find(Class<?> type, String name) {
		List<String> words = NameKeys.words(name);
		if (words.isEmpty() || words.size() > MAX_WORDS) {
			// Nobody's name has that many words; don't build a query of thousands of
			// clauses.
			return List.of();
		}
		return Search.session(this.entityManager).search(type).select(f -> f.id(Long.class)).where(f -> {
			var all = f.bool();
			for (String word : words) {
				var match = f.match().field(SearchFields.NAMES).matching(word);
				all.must((word.length() >= NameKeys.FUZZY_FROM_LENGTH) ? match.fuzzy(1) : match);
			}
			return all;
		}).fetchHits(MAX_CANDIDATES);
	}

}
