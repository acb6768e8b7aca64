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
 * An institution, body or company that speaks, is spoken of or employs a speaker.
 */
@Entity
@Table(name = "organisation")
@TypeBinding(binder = @TypeBinderRef(type = SearchNamesBinder.class,
		params = @Param(name = SearchNamesBinder.NAME_PROPERTY, value = "name")))
@Indexed(index = "organisation")
public class Organisation extends Audited implements Named, SlugRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
	@SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	private @Nullable String description;

	@ElementCollection
	@CollectionTable(name = "organisation_name_variant", joinColumns = @JoinColumn(name = "organisation_id"))
	@OrderColumn(name = "ordinal")
	private List<NameVariant> variants = new ArrayList<>();

	protected Organisation() {
		this.slug = "";
		this.name = "";
	}

	Organisation(String slug, String name, @Nullable String description) {
		this.slug = Slugs.require(slug);
		this.name = name;
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

	public String name() {
		return this.name;
	}

	@Override
	public String displayName() {
		return this.name;
	}

	@Override
	public @Nullable String description() {
		return this.description;
	}

	@Override
	public List<NameVariant> variants() {
		return Collections.unmodifiableList(this.variants);
	}

	/** Replaces the editable state; the slug stays, as other records and URLs use it. */
	void replace(String name, @Nullable String description, List<NameVariant> variants) {
		this.name = name;
		this.description = description;
		this.variants.clear();
		this.variants.addAll(variants);
		touch();
	}

}
