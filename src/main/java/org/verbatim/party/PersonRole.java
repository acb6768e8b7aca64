package org.verbatim.party;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.FuzzyDate;

/**
 * A position a person held, as a source states it, from and to when known.
 */
@Embeddable
public class PersonRole {

	@Column(name = "title", nullable = false)
	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private @Nullable Organisation organisation;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "earliest", column = @Column(name = "from_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "from_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "from_precision")),
			@AttributeOverride(name = "inferred", column = @Column(name = "from_inferred")),
			@AttributeOverride(name = "basis", column = @Column(name = "from_basis")) })
	private @Nullable FuzzyDate from;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "earliest", column = @Column(name = "to_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "to_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "to_precision")),
			@AttributeOverride(name = "inferred", column = @Column(name = "to_inferred")),
			@AttributeOverride(name = "basis", column = @Column(name = "to_basis")) })
	private @Nullable FuzzyDate to;

	@Column(name = "source_note")
	private @Nullable String sourceNote;

	protected PersonRole() {
		this.title = "";
	}

	PersonRole(String title, @Nullable Organisation organisation, @Nullable FuzzyDate from, @Nullable FuzzyDate to,
			@Nullable String sourceNote) {
		this.title = title;
		this.organisation = organisation;
		this.from = from;
		this.to = to;
		this.sourceNote = sourceNote;
	}

	public String title() {
		return this.title;
	}

	public @Nullable Organisation organisation() {
		return this.organisation;
	}

	public @Nullable FuzzyDate from() {
		return this.from;
	}

	public @Nullable FuzzyDate to() {
		return this.to;
	}

	public @Nullable String sourceNote() {
		return this.sourceNote;
	}

}
