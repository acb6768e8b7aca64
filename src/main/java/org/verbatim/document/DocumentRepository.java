package org.verbatim.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DocumentRepository extends Repository<Document, Long> {

	Optional<Document> findBySlug(String slug);

	List<Document> findBySlugIn(Collection<String> slugs);

	Document save(Document document);

	Page<Document> findAll(Specification<Document> spec, Pageable pageable);

	/** The text and its hash, in one query. */
	@Query("""
			select new org.verbatim.document.DocumentService$Text(t.text, d.sha256)
			from DocumentText t, Document d where t.documentId = d.id and d.slug = :slug""")
	Optional<DocumentService.Text> findTextBySlug(String slug);

	@Query("select d.version from Document d where d.slug = :slug")
	Optional<Long> findVersionBySlug(String slug);

}
