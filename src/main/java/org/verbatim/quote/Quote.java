package org.verbatim.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.verbatim.document.Document;
import org.verbatim.event.Event;
import org.verbatim.party.Organisation;
import org.verbatim.party.Person;
import org.verbatim.shared.FuzzyDate;
import org.verbatim.shared.Span;
import org.verbatim.topic.Topic;

/**
 * Words someone said, as a document quotes them: the exact words, who said them (and how
 * the source attributes them), the occasion and date where the source gives them, and
 * every place in the document's text where the words stand.
 */
@Entity
@Table(name = "quote")
class Quote {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
	@SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id", nullable = false)
	private @Nullable Document document;

	@Column(name = "quote_text", nullable = false)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(name = "quote_kind", nullable = false)
	private QuoteKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "speaker_kind", nullable = false)
	private SpeakerKind speakerKind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "speaker_person_id")
	private @Nullable Person speakerPerson;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "speaker_organisation_id")
	private @Nullable Organisation speakerOrganisation;

	/** The group as the source words it, for GROUP speakers. */
	@Column(name = "speaker_label")
	private @Nullable String speakerLabel;

	/** The source's own words attributing the quote ("Aleksandr Lukashenko noted"). */
	private @Nullable String attribution;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "event_id")
	private @Nullable Event event;

	@Embedded
	private @Nullable FuzzyDate date;

	@ElementCollection
	@CollectionTable(name = "quote_occurrence", joinColumns = @JoinColumn(name = "quote_id"))
	@OrderColumn(name = "ordinal")
	private List<Occurrence> occurrences = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "quote_topic", joinColumns = @JoinColumn(name = "quote_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	private Set<Topic> topics = new LinkedHashSet<>();

	@Version
	private @Nullable Long version;

	protected Quote() {
		this.text = "";
		this.kind = QuoteKind.DIRECT;
		this.speakerKind = SpeakerKind.UNATTRIBUTED;
	}

	@Nullable Long id() {
		return this.id;
	}

	Document document() {
		if (this.document == null) {
			throw new IllegalStateException("quote without document");
		}
		return this.document;
	}

	String text() {
		return this.text;
	}

	QuoteKind kind() {
		return this.kind;
	}

	SpeakerKind speakerKind() {
		return this.speakerKind;
	}

	@Nullable Person speakerPerson() {
		return this.speakerPerson;
	}

	@Nullable Organisation speakerOrganisation() {
		return this.speakerOrganisation;
	}

	@Nullable String speakerLabel() {
		return this.speakerLabel;
	}

	@Nullable String attribution() {
		return this.attribution;
	}

	@Nullable Event event() {
		return this.event;
	}

	/** When the words were said, if the source gives it. */
	@Nullable FuzzyDate date() {
		return (this.date != null && this.date.isKnown()) ? this.date : null;
	}

	List<Span> occurrences() {
		return this.occurrences.stream().map(o -> new Span(o.start, o.end)).toList();
	}

	Set<Topic> topics() {
		return Collections.unmodifiableSet(this.topics);
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other != null && Hibernate.getClass(this) == Hibernate.getClass(other)
				&& this.id != null && this.id.equals(((Quote) other).id));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

	/** One place in the document's text where the quote's words stand. */
	@Embeddable
	static class Occurrence {

		@Column(name = "start_offset", nullable = false)
		private int start;

		@Column(name = "end_offset", nullable = false)
		private int end;

		protected Occurrence() {
		}

	}

}
