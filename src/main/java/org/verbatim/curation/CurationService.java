package org.verbatim.curation;

import java.util.ArrayList;
import java.util.List;

import org.verbatim.annotation.AnnotationWriter;
import org.verbatim.document.Document;
import org.verbatim.document.DocumentWriter;
import org.verbatim.quote.QuoteWriter;
import org.verbatim.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a new document with its quotes and annotations in one transaction: every anchor
 * is resolved against the text, and if any item cannot be stored, none is.
 */
@Service
class CurationService {

	private final DocumentWriter documents;

	private final QuoteWriter quotes;

	private final AnnotationWriter annotations;

	CurationService(DocumentWriter documents, QuoteWriter quotes, AnnotationWriter annotations) {
		this.documents = documents;
		this.quotes = quotes;
		this.annotations = annotations;
	}

	/** What was stored. */
	record Stored(String slug, int quotes, int annotations) {
	}

	@Transactional
	public Stored create(NewDocument input) {
		DocumentWriter.Created created = this.documents.create(input.document(), "");
		Document document = created.document();
		// Every item is tried, so that one 422 names all that is wrong; the transaction
		// rolls back
		// as soon as one fails.
		List<InvalidInputException.InputError> errors = new ArrayList<>();
		List<?> quoteInputs = (input.quotes() != null) ? input.quotes() : List.of();
		for (int i = 0; i < quoteInputs.size(); i++) {
			try {
				if (input.quotes().get(i) == null) {
					throw new InvalidInputException("/quotes/" + i, "Required: a quote object.");
				}
				this.quotes.create(document, created.text(), input.quotes().get(i), "/quotes/" + i);
			}
			catch (InvalidInputException ex) {
				errors.addAll(ex.errors());
			}
		}
		List<?> annotationInputs = (input.annotations() != null) ? input.annotations() : List.of();
		for (int i = 0; i < annotationInputs.size(); i++) {
			try {
				if (input.annotations().get(i) == null) {
					throw new InvalidInputException("/annotations/" + i, "Required: an annotation object.");
				}
				this.annotations.create(document, created.text(), input.annotations().get(i), "/annotations/" + i);
			}
			catch (InvalidInputException ex) {
				errors.addAll(ex.errors());
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new Stored(document.slug(), quoteInputs.size(), annotationInputs.size());
	}

}
