package org.verbatim.quote;

import org.verbatim.shared.Audited;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
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
import org.verbatim.document.Document;
import org.verbatim.event.Event;
import org.verbatim.party.Organisation;
import org.verbatim.party.Person;
import org.verbatim.shared.FuzzyDate;
import org.verbatim.shared.Names;
import org.verbatim.shared.SearchDateBinder;
import org.verbatim.shared.SearchFields;
import org.verbatim.shared.Span;
import org.verbatim.topic.SearchTopicsBinder;
import org.verbatim.topic.Topic;

/**
 * Words someone said, as a document quotes them: the exact words, who said them (and how
 * the source attributes them), the occasion and date where the source gives them, and
 * every place in the document's text where the words stand.
 */
@Entity
@Table(name = "quote")
@Indexed(index = "quote")
class Quote extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
	@SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id", nullable = false)
	private @Nullable Document document;

	@Column(name = "quote_text", nullable = false)
	// No term vectors, unlike a document's text: a quote is a few sentences, analysed
	// again when highlighted for less than its vectors cost to read, and their
	// per-document buffers were a third of an import's allocations.
	@FullTextField(name = SearchFields.TEXT, analyzer = "text", projectable = Projectable.YES,
			highlightable = Highlightable.UNIFIED)
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

	/** The wording as {@code speaker} filters compare it ({@link Names#normalize}). */
	@Column(name = "speaker_label_normalized")
	private @Nullable String speakerLabelNormalized;

	/** The source's own words attributing the quote ("Aleksandr Lukashenko noted"). */
	private @Nullable String attribution;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "event_id")
	private @Nullable Event event;

	@Embedded
	@PropertyBinding(binder = @PropertyBinderRef(type = SearchDateBinder.class))
	private @Nullable FuzzyDate date;

	@ElementCollection
	@CollectionTable(name = "quote_occurrence", joinColumns = @JoinColumn(name = "quote_id"))
	@OrderColumn(name = "ordinal")
	private List<Occurrence> occurrences = new ArrayList<>();

	// In a stable order whichever way the topics are read (a batch statement or a join).
	@ManyToMany
	@OrderBy("id")
	@JoinTable(name = "quote_topic", joinColumns = @JoinColumn(name = "quote_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	@PropertyBinding(binder = @PropertyBinderRef(type = SearchTopicsBinder.class))
	private Set<Topic> topics = new LinkedHashSet<>();

	protected Quote() {
		this.text = "";
		this.kind = QuoteKind.DIRECT;
		this.speakerKind = SpeakerKind.UNATTRIBUTED;
	}

	Quote(Document document) {
		this();
		this.document = document;
	}

	/** Replaces everything but the document the quote is in. */
	void replace(String text, QuoteKind kind, SpeakerKind speakerKind, @Nullable Person person,
			@Nullable Organisation organisation, @Nullable String label, @Nullable String attribution,
			@Nullable Event event, @Nullable FuzzyDate date, List<Span> occurrences, Set<Topic> topics) {
		this.text = text;
		this.kind = kind;
		this.speakerKind = speakerKind;
		this.speakerPerson = person;
		this.speakerOrganisation = organisation;
		this.speakerLabel = label;
		this.speakerLabelNormalized = (label != null) ? Names.normalize(label) : null;
		this.attribution = attribution;
		this.event = event;
		this.date = date;
		moveTo(occurrences);
		this.topics.clear();
		this.topics.addAll(topics);
		touch();
	}

	void moveTo(List<Span> occurrences) {
		this.occurrences.clear();
		occurrences.forEach(span -> this.occurrences.add(new Occurrence(span.start(), span.end())));
	}

	@Override
	public @Nullable Long id() {
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
		return this.occurrences.stream().map(Occurrence::span).toList();
	}

	Set<Topic> topics() {
		return Collections.unmodifiableSet(this.topics);
	}

	// What the search index holds beside the words: the same fields as documents and
	// events, so that one query spans all three. Slugs of topics, speakers and documents
	// are stable, so a change of the tagged item itself is what triggers reindexing
	// (SHALLOW).

	@KeywordField(name = SearchFields.TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	String getSearchType() {
		return "quote";
	}

	@KeywordField(name = SearchFields.KIND, aggregable = Aggregable.YES, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "kind")))
	String getSearchKind() {
		return this.kind.name();
	}

	@FullTextField(name = SearchFields.TITLE, analyzer = "text", projectable = Projectable.YES,
			highlightable = Highlightable.UNIFIED)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	@Nullable String getSearchTitle() {
		// A quote has no title of its own; its document's would make every quote match
		// it.
		return null;
	}

	@KeywordField(name = SearchFields.REF, projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	@Nullable String getSearchRef() {
		return (this.id != null) ? this.id.toString() : null;
	}

	@KeywordField(name = SearchFields.DOCUMENT, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "document")),
			reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	@Nullable String getSearchDocument() {
		return (this.document != null) ? this.document.slug() : null;
	}

	@KeywordField(name = SearchFields.SPEAKERS, normalizer = "folded", aggregable = Aggregable.YES,
			projectable = Projectable.YES)
	@IndexingDependency(
			derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "speakerPerson")),
					@ObjectPath(@PropertyValue(propertyName = "speakerOrganisation")),
					@ObjectPath(@PropertyValue(propertyName = "speakerLabel")) },
			reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	List<String> getSearchSpeakers() {
		List<String> speakers = new ArrayList<>();
		if (this.speakerPerson != null) {
			speakers.add(this.speakerPerson.slug());
		}
		if (this.speakerOrganisation != null) {
			speakers.add(this.speakerOrganisation.slug());
		}
		if (this.speakerLabel != null) {
			speakers.add(this.speakerLabel);
		}
		return speakers;
	}

	/**
	 * Where each occurrence starts in the document text, to turn hits in the words into
	 * offsets there.
	 */
	@GenericField(name = SearchFields.ANCHORS, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "occurrences")))
	List<Integer> getSearchAnchors() {
		return this.occurrences.stream().map(o -> o.span().start()).toList();
	}

}
