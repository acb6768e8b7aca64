package org.verbatim.party;

import org.verbatim.shared.Audited;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.NameVariant;
import org.verbatim.shared.SlugRecord;
import org.verbatim.shared.Slugs;

/**
 * A person who writes or speaks in the archive, with every spelling of their name and the
 * roles they held.
 */
@Entity
@Table(name = "person")
@TypeBinding(binder = @TypeBinderRef(type = SearchNamesBinder.class,
		params = @Param(name = SearchNamesBinder.NAME_PROPERTY, value = "canonicalName")))
@Indexed(index = "person")
public class Person extends Audited implements Named, SlugRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
	@SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(name = "canonical_name", nullable = false)
	private String canonicalName;

	private @Nullable String description;

	@ElementCollection
	@CollectionTable(name = "person_name_variant", joinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "ordinal")
	private List<NameVariant> variants = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "ordinal")
	private List<PersonRole> roles = new ArrayList<>();

	protected Person() {
		this.slug = "";
		this.canonicalName = "";
	}

	Person(String slug, String canonicalName, @Nullable String description) {
		this.slug = Slugs.require(slug);
		this.canonicalName = canonicalName;
		this.description = description;
	}

	@Override
	public @Nullable Long id() {
		return this.id;
	}

	@Override
	public String slug() {
		return this.slug;
	}

	public String canonicalName() {
		return this.canonicalName;
	}

	@Override
	public String displayName() {
		return this.canonicalName;
	}

	@Override
	public @Nullable String description() {
		return this.description;
	}

	@Override
	public List<NameVariant> variants() {
		return Collections.unmodifiableList(this.variants);
	}

	public List<PersonRole> roles() {
		return Collections.unmodifiableList(this.roles);
	}

	Person addVariant(NameVariant variant) {
		this.variants.add(variant);
		return this;
	}

	/** Replaces the editable state; the slug stays, as other records and URLs use it. */
	void replace(String canonicalName, @Nullable String description, List<NameVariant> variants,
			List<PersonRole> roles) {
		this.canonicalName = canonicalName;
		this.description = description;
		this.variants.clear();
		this.variants.addAll(variants);
		this.roles.clear();
		this.roles.addAll(roles);
		touch();
	}

}
