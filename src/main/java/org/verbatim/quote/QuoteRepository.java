package org.verbatim.quote;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface QuoteRepository extends Repository<Quote, Long> {

	Optional<Quote> findById(Long id);

	Quote save(Quote quote);

	void delete(Quote quote);

	Page<Quote> findAll(Specification<Quote> spec, Pageable pageable);

	List<Quote> findAll(Specification<Quote> spec);

	@Query("select q from Quote q where q.document.id = :documentId order by q.id")
	List<Quote> findByDocumentId(Long documentId);

}
