package org.verbatim.document;

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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.FuzzyDate;
import org.verbatim.shared.Slugs;
import org.verbatim.topic.Topic;

/**
 * A text of the archive: its metadata, byline, sections and topics. The text itself is a
 * {@link DocumentText} of its own, so that lists never read it.
 */
@Entity
@Table(name = "document")
public class Document {

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
	private Set<Topic> topics = new LinkedHashSet<>();

	@Version
	private @Nullable Long version;

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

	@Override
	public boolean equals(Object other) {
		return this == other || (other != null && Hibernate.getClass(this) == Hibernate.getClass(other)
				&& this.id != null && this.id.equals(((Document) other).id));
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
