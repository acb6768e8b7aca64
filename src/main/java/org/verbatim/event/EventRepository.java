package org.verbatim.event;

import org.verbatim.shared.SlugRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

interface EventRepository extends SlugRepository<Event> {

	Page<Event> findAll(Specification<Event> spec, Pageable pageable);

}
