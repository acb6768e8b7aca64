package org.verbatim.topic;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.verbatim.shared.SlugRepository;

import org.springframework.data.jpa.repository.Query;

interface TopicRepository extends SlugRepository<Topic> {

	@Query("""
			select new org.verbatim.topic.TopicRepository$Row(t.id, t.slug, t.label, t.description, t.parent.id)
			from Topic t order by t.label""")
	List<Row> findRows();

	record Row(Long id, String slug, String label, @Nullable String description, @Nullable Long parentId) {
	}

}
