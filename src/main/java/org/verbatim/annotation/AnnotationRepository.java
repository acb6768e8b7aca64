package org.verbatim.annotation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AnnotationRepository extends Repository<Annotation, Long> {

	@Query("select a from Annotation a left join fetch a.topic where a.document.id = :documentId order by a.start, a.id")
	List<Annotation> findByDocumentId(Long documentId);

	Optional<Annotation> findById(Long id);

	/** The annotation with its document and topic, in one statement. */
	@Query("select a from Annotation a join fetch a.document left join fetch a.topic where a.id = :id")
	Optional<Annotation> findWithDocumentById(Long id);

	Annotation save(Annotation annotation);

	void delete(Annotation annotation);

	/** Writes pending changes, so that the version of a changed annotation is current. */
	void flush();

}
