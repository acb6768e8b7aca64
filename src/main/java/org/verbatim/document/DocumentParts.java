package org.verbatim.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.verbatim.shared.Anchoring;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.Span;

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

	/**
	 * The step {@link #reanchor} implementations share: moves each part whose spans
	 * {@code relocate} changes, and throws one error naming every part it cannot place.
	 * @param relocate the part's new spans, empty when its words cannot be placed
	 * @param moveTo stores the new spans on the part and marks it changed
	 * @param unplaced the message for a part that cannot be placed
	 */
	static <P> void relocateEach(List<P> parts, Function<P, List<Span>> relocate, Function<P, List<Span>> spans,
			BiConsumer<P, List<Span>> moveTo, Function<P, String> unplaced) {
		List<InvalidInputException.InputError> errors = new ArrayList<>();
		for (P part : parts) {
			List<Span> moved = relocate.apply(part);
			if (moved.isEmpty()) {
				errors.add(new InvalidInputException.InputError("/text", unplaced.apply(part)));
			}
			else if (!moved.equals(spans.apply(part))) {
				moveTo.accept(part, moved);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

}
