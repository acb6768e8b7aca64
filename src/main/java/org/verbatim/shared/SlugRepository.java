package org.verbatim.shared;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/** What the shared writes need of the repository of a {@link SlugRecord}. */
@NoRepositoryBean
public interface SlugRepository<T extends SlugRecord> extends Repository<T, Long> {

	Optional<T> findBySlug(String slug);

	List<T> findBySlugIn(Collection<String> slugs);

	boolean existsBySlug(String slug);

	T save(T record);

	void delete(T record);

}
