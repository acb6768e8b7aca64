package org.verbatim.party;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PersonRepository extends Repository<Person, Long> {

	Optional<Person> findBySlug(String slug);

	List<Person> findBySlugIn(Collection<String> slugs);

	Person save(Person entity);

	boolean existsBySlug(String slug);

	void delete(Person entity);

	List<Person> findByIdIn(java.util.Collection<Long> ids);

	@Query("select p.id from Person p where p.slug = :slug")
	Optional<Long> findIdBySlug(String slug);

	/** Ids of the people with a name variant whose normalised form is this name. */
	@Query("select distinct p.id from Person p join p.variants v where v.normalizedName = :normalizedName")
	List<Long> findIdsByVariant(String normalizedName);

	@Query("select p.slug from Person p where p.id in :ids")
	List<String> findSlugsByIdIn(java.util.Collection<Long> ids);

	@Query("""
			select new org.verbatim.party.NameMatch(p.id, p.slug, p.canonicalName, p.description,
				v.name, v.normalizedName, v.languageTag, v.kind)
			from Person p join p.variants v
			where v.normalizedName like :pattern escape '\\'
			order by p.id, v.normalizedName""")
	List<NameMatch> matching(String pattern);

	@Query(value = "select new org.verbatim.party.PersonRepository$Row(p.slug, p.canonicalName, p.description) from Person p",
			countQuery = "select count(p) from Person p")
	Page<Row> findRows(Pageable pageable);

	record Row(String slug, String name, @Nullable String description) {
	}

}
