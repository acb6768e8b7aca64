package org.verbatim.event;

import java.util.Collections;
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
import jakarta.persistence.Version;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.verbatim.party.Organisation;
import org.verbatim.party.Person;
import org.verbatim.shared.FuzzyDate;
import org.verbatim.shared.Slugs;
import org.verbatim.topic.Topic;

/**
 * Something that happened on a date known to some precision: a speech, a forum, an
 * election, the conclusion of an agreement.
 */
@Entity
@Table(name = "event")
public class Event {

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
	private Set<Topic> topics = new LinkedHashSet<>();

	@Version
	private @Nullable Long version;

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

	@Override
	public boolean equals(Object other) {
		return this == other || (other != null && Hibernate.getClass(this) == Hibernate.getClass(other)
				&& this.id != null && this.id.equals(((Event) other).id));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
