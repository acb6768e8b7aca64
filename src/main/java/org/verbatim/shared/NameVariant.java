package org.verbatim.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One spelling of a name, tagged with its language and script (BCP 47, e.g.
 * {@code be-Latn} for a Belarusian transliteration, {@code ru-Cyrl} for the original
 * Russian spelling) and what kind of variant it is. The normalised form is what lookups
 * compare.
 */
@Embeddable
public class NameVariant {

	@Column(name = "name")
	private String name;

	@Column(name = "normalized_name")
	private String normalizedName;

	@Column(name = "language_tag")
	private String languageTag;

	@Enumerated(EnumType.STRING)
	@Column(name = "variant_kind")
	private Kind kind;

	protected NameVariant() {
		this.name = "";
		this.normalizedName = "";
		this.languageTag = "und";
		this.kind = Kind.PRINTED;
	}

	public NameVariant(String name, String languageTag, Kind kind) {
		this.name = name;
		this.normalizedName = Names.normalize(name);
		this.languageTag = languageTag;
		this.kind = kind;
	}

	public String name() {
		return this.name;
	}

	public String normalizedName() {
		return this.normalizedName;
	}

	public String languageTag() {
		return this.languageTag;
	}

	public Kind kind() {
		return this.kind;
	}

	/** What a variant is. */
	public enum Kind {

		/** The name as a source of the archive prints it. */
		PRINTED,
		/** A conventional spelling in another language's press. */
		CONVENTIONAL,
		/** A romanisation of the original-script name. */
		TRANSLITERATION,
		/** The name in its original script. */
		ORIGINAL_SCRIPT,
		/** The surname alone, as texts often refer to a person. */
		SURNAME,
		/** A short form or acronym. */
		SHORT_FORM

	}

}
