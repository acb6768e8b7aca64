package org.verbatim.document;

import org.verbatim.shared.Audited;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
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
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.NonStandardField;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBinderRef;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.FuzzyDate;
import org.verbatim.shared.SearchDateBinder;
import org.verbatim.shared.SearchFields;
import org.verbatim.shared.Slugs;
import org.verbatim.topic.SearchTopicsBinder;
import org.verbatim.topic.Topic;

/**
 * A text of the archive: its metadata, byline, sections and topics. The text itself is a
 * {@link DocumentText} of its own, so that lists never read it.
 */
@Entity
@Table(name = "document")
@Indexed(index = "document")
public class Document extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
	@SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String title;

	private @Nullable String subtitle;

	@Enumerated(EnumType.STRING)
	@Column(name = "document_kind", nullable = false)
	private DocumentKind kind;

	@Column(name = "language_tag", nullable = false)
	private String language;

	@Embedded
	@PropertyBinding(binder = @PropertyBinderRef(type = SearchDateBinder.class))
	private @Nullable FuzzyDate date;

	private @Nullable String publisher;

	@Column(name = "source_url")
	private @Nullable String sourceUrl;

	@Column(name = "text_sha256", nullable = false)
	private String sha256;

	@Column(name = "text_length", nullable = false)
	private int textLength;

	@ElementCollection
	@CollectionTable(name = "document_section", joinColumns = @JoinColumn(name = "document_id"))
	@OrderColumn(name = "ordinal")
	private List<Section> sections = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "document_author", joinColumns = @JoinColumn(name = "document_id"))
	@OrderColumn(name = "ordinal")
	private List<Author> authors = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "document_topic", joinColumns = @JoinColumn(name = "document_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	@PropertyBinding(binder = @PropertyBinderRef(type = SearchTopicsBinder.class))
	private Set<Topic> topics = new LinkedHashSet<>();

	/** Loaded only for indexing and the text endpoint; the id is the document's own. */
	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@PrimaryKeyJoinColumn
	private @Nullable DocumentText text;

	protected Document() {
		this.slug = "";
		this.title = "";
		this.kind = DocumentKind.OTHER;
		this.language = "und";
		this.sha256 = "";
	}

	Document(String slug, String title, DocumentKind kind, String language, String sha256, int textLength) {
		this.slug = Slugs.require(slug);
		this.title = title;
		this.kind = kind;
		this.language = language;
		this.sha256 = sha256;
		this.textLength = textLength;
	}

	public @Nullable Long id() {
		return this.id;
	}

	public String slug() {
		return this.slug;
	}

	public String title() {
		return this.title;
	}

	public @Nullable String subtitle() {
		return this.subtitle;
	}

	public DocumentKind kind() {
		return this.kind;
	}

	public String language() {
		return this.language;
	}

	/** The publication date, if known. */
	public @Nullable FuzzyDate date() {
		return (this.date != null && this.date.isKnown()) ? this.date : null;
	}

	public @Nullable String publisher() {
		return this.publisher;
	}

	public @Nullable String sourceUrl() {
		return this.sourceUrl;
	}

	public String sha256() {
		return this.sha256;
	}

	/** The length of the text in Unicode code points. */
	public int textLength() {
		return this.textLength;
	}

	public List<Section> sections() {
		return Collections.unmodifiableList(this.sections);
	}

	public List<Author> authors() {
		return Collections.unmodifiableList(this.authors);
	}

	public Set<Topic> topics() {
		return Collections.unmodifiableSet(this.topics);
	}

	/** The text entity; loads it when it is not loaded yet. */
	@Nullable DocumentText textEntity() {
		return this.text;
	}

	/**
	 * Replaces the editable state; the slug stays, as quotes, annotations and URLs use
	 * it.
	 */
	void replace(DocumentInput.Fields fields) {
		this.title = fields.title();
		this.subtitle = fields.subtitle();
		this.kind = fields.kind();
		this.language = fields.language();
		this.date = fields.date();
		this.publisher = fields.publisher();
		this.sourceUrl = fields.sourceUrl();
		this.sections.clear();
		this.sections.addAll(fields.sections());
		this.authors.clear();
		this.authors.addAll(fields.authors());
		this.topics.clear();
		this.topics.addAll(fields.topics());
		touch();
	}

	/** Links the text stored with a new document; not a change of the document. */
	void attachText(DocumentText text) {
		this.text = text;
	}

	void replaceText(DocumentText text, String sha256, int textLength) {
		this.text = text;
		this.sha256 = sha256;
		this.textLength = textLength;
		touch();
	}

	// The search index's fields, the same for quotes and events so that one query spans
	// all three. The text keeps its words' offsets in the postings: without offsets the
	// highlighter re-analyses each hit's whole text (a speech of thousands of words, two
	// stemmers), which was three quarters of a search's time at 1M quotes. The search
	// module's binder indexes it (by name, as analyzers are named).

	@NonStandardField(name = SearchFields.TEXT,
			valueBinder = @ValueBinderRef(name = "org.verbatim.search.TextWithOffsets",
					retrieval = BeanRetrieval.CLASS))
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "text")),
			reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	@Nullable String getSearchText() {
		return (this.text != null) ? this.text.text() : null;
	}

	@FullTextField(name = SearchFields.TITLE, analyzer = "text", projectable = Projectable.YES,
			highlightable = Highlightable.UNIFIED)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath(@PropertyValue(propertyName = "subtitle")) })
	String getSearchTitle() {
		return (this.subtitle != null) ? this.title + ". " + this.subtitle : this.title;
	}

	@KeywordField(name = SearchFields.TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	String getSearchType() {
		return "document";
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
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
	String getSearchDocument() {
		return this.slug;
	}

	/** For documents, the speakers are the people the byline names. */
	@KeywordField(name = SearchFields.SPEAKERS, normalizer = "folded", aggregable = Aggregable.YES,
			projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "authors")),
			reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	List<String> getSearchSpeakers() {
		return this.authors.stream().map(author -> author.person().slug()).toList();
	}

	/** Not used by documents: the field exists so that one query spans every type. */
	@GenericField(name = SearchFields.ANCHORS, projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	List<Integer> getSearchAnchors() {
		return List.of();
	}

}
