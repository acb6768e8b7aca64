package org.verbatim.shared;

/**
 * The longest texts the archive stores, in characters (Unicode code points): the sizes of
 * the columns they go to (see the migrations), so that a request too long for its column
 * is refused with a 422 naming the field instead of failing in the database.
 * {@code LimitsTests} reads the columns from the database and checks each size here.
 */
public final class Limits {

	/** person.slug, organisation.slug, topic.slug: a reference by slug. */
	public static final int SLUG = 100;

	/** event.slug: a reference by slug. */
	public static final int EVENT_SLUG = 150;

	/**
	 * person.canonical_name, organisation.name, and the name variants' name: a name of a
	 * person or organisation.
	 */
	public static final int NAME = 300;

	/**
	 * person.description, organisation.description, event.description, topic.description.
	 */
	public static final int DESCRIPTION = 2000;

	/** document.language_tag and the name variants' language_tag: BCP 47. */
	public static final int LANGUAGE_TAG = 35;

	/** person_role.title. */
	public static final int ROLE_TITLE = 500;

	/** person_role.source_note. */
	public static final int ROLE_SOURCE_NOTE = 500;

	/** event.name. */
	public static final int EVENT_NAME = 500;

	/** event.place. */
	public static final int EVENT_PLACE = 300;

	/** topic.label. */
	public static final int TOPIC_LABEL = 200;

	/** document.title. */
	public static final int DOCUMENT_TITLE = 500;

	/** document.subtitle. */
	public static final int DOCUMENT_SUBTITLE = 1000;

	/** document.publisher. */
	public static final int DOCUMENT_PUBLISHER = 300;

	/** document.source_url. */
	public static final int DOCUMENT_SOURCE_URL = 2000;

	/**
	 * document_text.full_text: the largest text both databases store in a varchar,
	 * counted in UTF-16 units (see V1).
	 */
	public static final int DOCUMENT_TEXT = 1_000_000;

	/** document_author.byline_name. */
	public static final int BYLINE_NAME = 300;

	/** document_author.byline_role. */
	public static final int BYLINE_ROLE = 1000;

	/** document_section.heading. */
	public static final int SECTION_HEADING = 500;

	/** quote.quote_text: the words a quote's target selects. */
	public static final int QUOTE_TEXT = 4000;

	/** quote.speaker_label: a group as the source words it. */
	public static final int SPEAKER_GROUP = 300;

	/** quote.attribution. */
	public static final int ATTRIBUTION = 1000;

	/** annotation.motivation. */
	public static final int MOTIVATION = 40;

	/** annotation.exact_text: the words an annotation's target selects. */
	public static final int ANNOTATION_EXACT = 4000;

	/** annotation.body. */
	public static final int ANNOTATION_BODY = 4000;

	/** annotation.claim_unit. */
	public static final int CLAIM_UNIT = 40;

	/** The date_basis of every dated row: the phrase a date is inferred from. */
	public static final int DATE_BASIS = 500;

	private Limits() {
	}

}
