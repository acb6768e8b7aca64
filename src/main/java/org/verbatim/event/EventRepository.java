package org.verbatim.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

interface EventRepository extends Repository<Event, Long> {

	Optional<Event> findBySlug(String slug);

	List<Event> findBySlugIn(Collection<String> slugs);

	Event save(Event event);

	boolean existsBySlug(String slug);

	void delete(Event event);

	Page<Event> findAll(Specification<Event> spec, Pageable pageable);

}
