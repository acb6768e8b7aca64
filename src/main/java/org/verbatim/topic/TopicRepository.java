package org.verbatim.topic;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TopicRepository extends Repository<Topic, Long> {

	@Query("""
			select new org.verbatim.topic.TopicRepository$Row(t.id, t.slug, t.label, t.description, t.parent.id)
			from Topic t order by t.label""")
	List<Row> findRows();

	Optional<Topic> findBySlug(String slug);

	List<Topic> findBySlugIn(Collection<String> slugs);

	Topic save(Topic topic);

	boolean existsBySlug(String slug);

	void delete(Topic topic);

	record Row(Long id, String slug, String label, @Nullable String description, @Nullable Long parentId) {
	}

}
