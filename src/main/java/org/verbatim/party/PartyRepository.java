package org.verbatim.party;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.verbatim.shared.SlugRecord;
import org.verbatim.shared.SlugRepository;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The look-ups people and organisations share, written once for both:
 * {@code #{#entityName}} is the entity of the repository that extends this one.
 */
@NoRepositoryBean
interface PartyRepository<T extends SlugRecord> extends SlugRepository<T> {

	List<T> findByIdIn(Collection<Long> ids);

	@Query("select e.id from #{#entityName} e where e.slug = :slug")
	Optional<Long> findIdBySlug(String slug);

	/** Ids of the parties with a name variant whose normalised form is this name. */
	@Query("select distinct e.id from #{#entityName} e join e.variants v where v.normalizedName = :normalizedName")
	List<Long> findIdsByVariant(String normalizedName);

	@Query("select e.slug from #{#entityName} e where e.id in :ids")
	List<String> findSlugsByIdIn(Collection<Long> ids);

	/** A party as the unfiltered list shows it. */
	record Row(String slug, String name, @Nullable String description) {
	}

}
