package org.verbatim.document;

import org.verbatim.shared.Anchoring;

/**
 * What is anchored in a document's text (quotes, annotations), as the features that own
 * it implement it: so that documents can re-verify or remove their parts without
 * depending on those features.
 */
public interface DocumentParts {

	/**
	 * Moves every anchor of the document from the old text to the new one.
	 * @throws org.verbatim.shared.InvalidInputException naming each part whose words the
	 * new text no longer holds in one place
	 */
	void reanchor(Document document, Anchoring oldText, Anchoring newText);

	/** Deletes every part anchored in the document, before the document itself. */
	void deleteAllIn(Document document);

}
