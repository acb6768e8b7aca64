package org.verbatim.shared;

/**
 * The names of the search index's fields, written once for the entities' mapping and the
 * search that queries them. Quotes, documents and events use the same names so that one
 * query spans their three indexes (decision 0007).
 */
public final class SearchFields {

	/** The words: a quote's text, a document's text, an event's description. */
	public static final String TEXT = "text";

	/** A document's title and subtitle, or an event's name. */
	public static final String TITLE = "title";

	/** quote, document or event, as the API names the type. */
	public static final String TYPE = "type";

	public static final String KIND = "kind";

	/** The quote's id, or the document's or event's slug. */
	public static final String REF = "ref";

	/** The slug of the document a quote is in, or a document's own. */
	public static final String DOCUMENT = "document";

	/** Slugs of speakers, authors or participants, or a group's wording. */
	public static final String SPEAKERS = "speakers";

	/** Slugs of the topics tagged and of their ancestors. */
	public static final String TOPICS = "topics";

	public static final String DATE_EARLIEST = "dateEarliest";

	public static final String DATE_LATEST = "dateLatest";

	public static final String YEAR = "year";

	/** Where each occurrence of a quote starts in its document's text. */
	public static final String ANCHORS = "anchors";

	/** Every name of a person or an organisation, in their own indexes. */
	public static final String NAMES = "names";

	private SearchFields() {
	}

}
