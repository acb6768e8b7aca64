package org.verbatim.document;

/**
 * What kind of text a document is.
 */
public enum DocumentKind {

	ARTICLE, SPEECH, INTERVIEW, STATEMENT, TRANSCRIPT, PRESS_RELEASE, OTHER

}
