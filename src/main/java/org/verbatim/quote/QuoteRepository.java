package org.verbatim.quote;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface QuoteRepository extends Repository<Quote, Long> {

	Optional<Quote> findById(Long id);

	Quote save(Quote quote);

	void delete(Quote quote);

	@Query("select q from Quote q where q.document.id = :documentId order by q.id")
	List<Quote> findByDocumentId(Long documentId);

}
