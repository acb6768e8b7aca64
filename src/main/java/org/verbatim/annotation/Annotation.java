package org.verbatim.annotation;

import org.verbatim.shared.Audited;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.verbatim.document.Document;
import org.verbatim.shared.FuzzyDate;
import org.verbatim.shared.Span;
import org.verbatim.topic.Topic;

/**
 * A note on a span of a document's text, with a W3C Web Annotation motivation. A figure
 * the text states as a fact carries a structured claim: quantity, comparator, unit and
 * the period it is about.
 */
@Entity
@Table(name = "annotation")
class Annotation extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annotation_seq")
	@SequenceGenerator(name = "annotation_seq", sequenceName = "annotation_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id", nullable = false)
	private @Nullable Document document;

	@Column(nullable = false)
	private String motivation;

	@Column(name = "start_offset", nullable = false)
	private int start;

	@Column(name = "end_offset", nullable = false)
	private int end;

	@Column(name = "exact_text", nullable = false)
	private String exact;

	private @Nullable String body;

	@Column(name = "claim_quantity")
	private @Nullable BigDecimal quantity;

	@Column(name = "claim_comparator")
	private @Nullable String comparator;

	@Column(name = "claim_unit")
	private @Nullable String unit;

	@Embedded
	private @Nullable FuzzyDate date;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "topic_id")
	private @Nullable Topic topic;

	/**
	 * The IRI that stays the annotation's wherever it is copied (W3C {@code canonical}).
	 */
	private @Nullable String canonical;

	/** The IRI the annotation had where it came from (W3C {@code via}). */
	private @Nullable String via;

	protected Annotation() {
		this.motivation = "commenting";
		this.exact = "";
	}

	Annotation(Document document) {
		this();
		this.document = document;
	}

	/** Replaces everything but the document the annotation is in. */
	void replace(String motivation, Span span, String exact, @Nullable String body, @Nullable Claim claim,
			@Nullable Topic topic) {
		this.motivation = motivation;
		moveTo(span);
		this.exact = exact;
		this.body = body;
		this.quantity = (claim != null) ? claim.quantity() : null;
		this.comparator = (claim != null) ? claim.comparator() : null;
		this.unit = (claim != null) ? claim.unit() : null;
		this.date = (claim != null) ? claim.period() : null;
		this.topic = topic;
		touch();
	}

	/** Sets the W3C {@code canonical} and {@code via} IRIs; null keeps the stored one. */
	void link(@Nullable String canonical, @Nullable String via) {
		if (canonical != null) {
			this.canonical = canonical;
		}
		if (via != null) {
			this.via = via;
		}
	}

	void moveTo(Span span) {
		this.start = span.start();
		this.end = span.end();
	}

	/** A figure the annotated words state as a fact. */
	record Claim(BigDecimal quantity, @Nullable String comparator, @Nullable String unit, @Nullable FuzzyDate period) {
	}

	Document document() {
		if (this.document == null) {
			throw new IllegalStateException("annotation without document");
		}
		return this.document;
	}

	@Override
	public @Nullable Long id() {
		return this.id;
	}

	String motivation() {
		return this.motivation;
	}

	Span span() {
		return new Span(this.start, this.end);
	}

	String exact() {
		return this.exact;
	}

	@Nullable String body() {
		return this.body;
	}

	@Nullable BigDecimal quantity() {
		return this.quantity;
	}

	@Nullable String comparator() {
		return this.comparator;
	}

	@Nullable String unit() {
		return this.unit;
	}

	@Nullable FuzzyDate date() {
		return (this.date != null && this.date.isKnown()) ? this.date : null;
	}

	@Nullable Topic topic() {
		return this.topic;
	}

	@Nullable String canonical() {
		return this.canonical;
	}

	@Nullable String via() {
		return this.via;
	}

}
