package org.verbatim.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The full text of a document, exactly as received: never trimmed, re-encoded or
 * normalised, since every quote's offsets point into it.
 */
@Entity
@Table(name = "document_text")
class DocumentText {

	@Id
	@Column(name = "document_id")
	private @Nullable Long documentId;

	@Column(name = "full_text", nullable = false)
	private String text;

	protected DocumentText() {
		this.text = "";
	}

	DocumentText(long documentId, String text) {
		this.documentId = documentId;
		this.text = text;
	}

	void replace(String text) {
		this.text = text;
	}

	String text() {
		return this.text;
	}

}
