package org.verbatim.party;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends PartyRepository<Person> {

	/**
	 * The name variants whose normalised form is like {@code pattern}, as the rows
	 * {@link NameMatch#of} takes, in no order. The variants alone: joined to their
	 * owners, H2 read every owner and looked up its variants (a contains pattern tells it
	 * nothing); PostgreSQL takes its trigram index either way.
	 */
	@Query(value = """
			select v.person_id, v.name, v.normalized_name, v.language_tag, v.variant_kind
			from person_name_variant v
			where v.normalized_name like :pattern escape '\\'""", nativeQuery = true)
	List<Object[]> matchingVariants(String pattern);

	/** The owners of matching variants, as the rows {@link NameMatch#of} takes. */
	@Query("select p.id, p.slug, p.canonicalName, p.description from Person p where p.id in :ids")
	List<Object[]> findOwnersByIdIn(Collection<Long> ids);

	@Query(value = "select new org.verbatim.party.PartyRepository$Row(p.slug, p.canonicalName, p.description) from Person p",
			countQuery = "select count(p) from Person p")
	Page<Row> findRows(Pageable pageable);

}
