package org.verbatim.annotation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.verbatim.document.Document;
import org.verbatim.shared.Anchoring;
import org.verbatim.shared.AuditView;
import org.verbatim.shared.Editors;
import org.verbatim.shared.Span;

/**
 * Maps annotations to the W3C Web Annotation Data Model: absolute IRIs from the request's
 * base URL, the note and topic as bodies, and a target that selects the span both by
 * quote (with context cut from the text) and by position.
 */
final class WebAnnotations {

	/** Code points of context either side of the quoted words. */
	static final int CONTEXT = 32;

	private WebAnnotations() {
	}

	/** The IRIs of the archive's resources under one base URL (scheme, host, port). */
	record Iris(String base) {

		Iris {
			base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		}

		/**
		 * The annotation's IRI: its document's container with its number added, as the
		 * protocol requires of every annotation in a container.
		 */
		String annotation(String slug, long id) {
			return container(slug) + id;
		}

		/** The document's annotation container (W3C Web Annotation Protocol). */
		String container(String slug) {
			return annotations(slug) + "/";
		}

		String document(String slug) {
			return this.base + "/api/v1/documents/" + slug;
		}

		String text(String slug) {
			return document(slug) + "/text";
		}

		String annotations(String slug) {
			return document(slug) + "/annotations";
		}

		String topic(String slug) {
			return this.base + "/api/v1/topics/" + slug;
		}

	}

	/** One annotation, with {@code @context} when it stands alone. */
	static WebAnnotation of(Annotation a, Document document, Anchoring text, Iris iris, boolean standalone) {
		List<WebAnnotation.Body> bodies = new ArrayList<>();
		if (a.body() != null) {
			bodies.add(WebAnnotation.Body.text(a.body(), a.motivation()));
		}
		if (a.topic() != null) {
			bodies.add(WebAnnotation.Body.resource(iris.topic(a.topic().slug()), "tagging"));
		}
		Span span = a.span();
		WebAnnotation.Target target = new WebAnnotation.Target(iris.text(document.slug()),
				List.of(quote(text, span), new WebAnnotation.TextPositionSelector(span.start(), span.end())));
		AuditView audit = a.audit();
		return new WebAnnotation(standalone ? WebAnnotation.CONTEXT : null, iris.annotation(document.slug(), a.id()),
				"Annotation", a.canonical(), a.via(), a.motivation(), agent(audit.createdBy()), audit.createdAt(),
				audit.modifiedAt(), bodies.isEmpty() ? null : bodies, target);
	}

	/** A document's annotations as a collection with one page. */
	static WebAnnotation.Collection collection(Document document, List<Annotation> annotations, Anchoring text,
			Iris iris) {
		String id = iris.annotations(document.slug());
		List<WebAnnotation> items = annotations.stream().map(a -> of(a, document, text, iris, false)).toList();
		WebAnnotation.Page page = items.isEmpty() ? null
				: new WebAnnotation.Page(id + "#page-0", "AnnotationPage", id, 0, items);
		return new WebAnnotation.Collection(WebAnnotation.CONTEXT, id, "AnnotationCollection",
				"Annotations on " + document.title(), items.size(), page);
	}

	/**
	 * The words of the span with up to {@link #CONTEXT} code points either side, widened
	 * so that the context does not start or end between a letter and its combining marks.
	 */
	static WebAnnotation.TextQuoteSelector quote(Anchoring text, Span span) {
		int from = Math.max(0, span.start() - CONTEXT);
		while (from > 0 && isMark(text, from)) {
			from--;
		}
		int to = Math.min(text.length(), span.end() + CONTEXT);
		while (to < text.length() && isMark(text, to)) {
			to++;
		}
		String prefix = (from < span.start()) ? text.cut(new Span(from, span.start())) : null;
		String suffix = (span.end() < to) ? text.cut(new Span(span.end(), to)) : null;
		return new WebAnnotation.TextQuoteSelector(text.cut(span), prefix, suffix);
	}

	/** Whether the code point at {@code offset} is a combining mark. */
	private static boolean isMark(Anchoring text, int offset) {
		int type = Character.getType(text.cut(new Span(offset, offset + 1)).codePointAt(0));
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

	private static WebAnnotation.@Nullable Agent agent(@Nullable String editor) {
		if (editor == null) {
			return null;
		}
		boolean software = Editors.SYSTEM.equals(editor) || "seed".equals(editor);
		return new WebAnnotation.Agent(software ? "Software" : "Person", editor);
	}

}
