package org.verbatim.event;

import org.verbatim.shared.Audited;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.jspecify.annotations.Nullable;
import org.verbatim.party.Organisation;
import org.verbatim.party.Person;
import org.verbatim.shared.FuzzyDate;
import org.verbatim.shared.SearchDateBinder;
import org.verbatim.shared.SearchFields;
import org.verbatim.shared.SlugRecord;
import org.verbatim.shared.Slugs;
import org.verbatim.topic.SearchTopicsBinder;
import org.verbatim.topic.Topic;

/**
 * Something that happened on a date known to some precision: a speech, a forum, an
 * election, the conclusion of an agreement.
 */
@Entity
@Table(name = "event")
@Indexed(index = "event")
public class Event extends Audited implements SlugRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
	@SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "event_kind", nullable = false)
	private EventKind kind;

	private @Nullable String description;

	private @Nullable String place;

	@Embedded
	@PropertyBinding(binder = @PropertyBinderRef(type = SearchDateBinder.class))
	private FuzzyDate date;

	@ManyToMany
	@JoinTable(name = "event_person", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "person_id"))
	private Set<Person> people = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "event_organisation", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "organisation_id"))
	private Set<Organisation> organisations = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "event_topic", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	@PropertyBinding(binder = @PropertyBinderRef(type = SearchTopicsBinder.class))
	private Set<Topic> topics = new LinkedHashSet<>();

	protected Event() {
		this.slug = "";
		this.name = "";
		this.kind = EventKind.OTHER;
		this.date = FuzzyDate.year(1);
	}

	Event(String slug, String name, EventKind kind, FuzzyDate date) {
		this.slug = Slugs.require(slug);
		this.name = name;
		this.kind = kind;
		this.date = date;
	}

	/** Replaces the editable state; the slug stays, as other records and URLs use it. */
	void replace(String name, EventKind kind, FuzzyDate date, @Nullable String place, @Nullable String description,
			Set<Person> people, Set<Organisation> organisations, Set<Topic> topics) {
		this.name = name;
		this.kind = kind;
		this.date = date;
		this.place = place;
		this.description = description;
		this.people.clear();
		this.people.addAll(people);
		this.organisations.clear();
		this.organisations.addAll(organisations);
		this.topics.clear();
		this.topics.addAll(topics);
		touch();
	}

	Event describedAs(@Nullable String description) {
		this.description = description;
		return this;
	}

	public @Nullable Long id() {
		return this.id;
	}

	public String slug() {
		return this.slug;
	}

	public String name() {
		return this.name;
	}

	public EventKind kind() {
		return this.kind;
	}

	public @Nullable String description() {
		return this.description;
	}

	public @Nullable String place() {
		return this.place;
	}

	public FuzzyDate date() {
		return this.date;
	}

	public Set<Person> people() {
		return Collections.unmodifiableSet(this.people);
	}

	public Set<Organisation> organisations() {
		return Collections.unmodifiableSet(this.organisations);
	}

	public Set<Topic> topics() {
		return Collections.unmodifiableSet(this.topics);
	}

	// The search index's fields, the same for quotes and documents so that one query
	// spans all three.

	// No term vectors: a description is a sentence or two, analysed again when
	// highlighted (see Document's text, which keeps them).
	@FullTextField(name = SearchFields.TEXT, analyzer = "text", projectable = Projectable.YES,
			highlightable = Highlightable.UNIFIED)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "description")))
	@Nullable String getSearchText() {
		return this.description;
	}

	@FullTextField(name = SearchFields.TITLE, analyzer = "text", projectable = Projectable.YES,
			highlightable = Highlightable.UNIFIED)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "name")))
	String getSearchTitle() {
		return this.name;
	}

	@KeywordField(name = SearchFields.TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	String getSearchType() {
		return "event";
	}

	@KeywordField(name = SearchFields.KIND, aggregable = Aggregable.YES, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "kind")))
	String getSearchKind() {
		return this.kind.name();
	}

	@KeywordField(name = SearchFields.REF, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
	String getSearchRef() {
		return this.slug;
	}

	@KeywordField(name = SearchFields.DOCUMENT, projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	@Nullable String getSearchDocument() {
		return null;
	}

	/** For events, the speakers are the participants. */
	@KeywordField(name = SearchFields.SPEAKERS, normalizer = "folded", aggregable = Aggregable.YES,
			projectable = Projectable.YES)
	@IndexingDependency(
			derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "people")),
					@ObjectPath(@PropertyValue(propertyName = "organisations")) },
			reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	List<String> getSearchSpeakers() {
		List<String> speakers = new ArrayList<>();
		this.people.forEach(person -> speakers.add(person.slug()));
		this.organisations.forEach(organisation -> speakers.add(organisation.slug()));
		return speakers;
	}

	/** Not used by events: the field exists so that one query spans every type. */
	@GenericField(name = SearchFields.ANCHORS, projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	List<Integer> getSearchAnchors() {
		return List.of();
	}

}
