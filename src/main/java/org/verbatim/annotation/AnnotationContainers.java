package org.verbatim.annotation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.verbatim.annotation.WebAnnotations.Iris;
import org.verbatim.document.Document;
import org.verbatim.document.DocumentWriter;
import org.verbatim.shared.Anchoring;
import org.verbatim.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document's annotations as a W3C Web Annotation Protocol container and its pages. The
 * ETag of each representation is a digest of what it shows: the document's version, every
 * annotation's id and version, and the representation asked for.
 */
@Service
@Transactional(readOnly = true)
class AnnotationContainers {

	/** Annotations on a page of a container. */
	static final int PAGE_SIZE = 20;

	static final String ANNOTATION_PAGE = "AnnotationPage";

	private final AnnotationRepository annotations;

	private final DocumentWriter documents;

	AnnotationContainers(AnnotationRepository annotations, DocumentWriter documents) {
		this.annotations = annotations;
		this.documents = documents;
	}

	/** A representation with its ETag. */
	record Tagged<T>(T body, String etag) {
	}

	/**
	 * The container; with {@code minimal}, without its first page, else with the first
	 * page embedded.
	 */
	Tagged<WebAnnotationContainer> container(String slug, boolean iris, boolean minimal, Iris base) {
		Document document = this.documents.bySlug(slug);
		List<Annotation> all = this.annotations.findByDocumentId(document.id());
		Pages pages = new Pages(base.container(slug), iris, all.size());
		Object first = null;
		if (!all.isEmpty()) {
			first = minimal ? pages.page(0) : page(document, all, pages, 0, false, base);
		}
		WebAnnotationContainer container = new WebAnnotationContainer(
				List.of(WebAnnotation.CONTEXT, WebAnnotationContainer.LDP_CONTEXT), pages.container(),
				List.of("BasicContainer", "AnnotationCollection"), "Annotations on " + document.title(), all.size(),
				first, all.isEmpty() ? null : pages.page(pages.last()));
		return new Tagged<>(container, etag(document, all, base, "container", iris, minimal));
	}

	/** One page of the container, which must exist. */
	Tagged<WebAnnotationContainer.Page> page(String slug, int number, boolean iris, Iris base) {
		Document document = this.documents.bySlug(slug);
		List<Annotation> all = this.annotations.findByDocumentId(document.id());
		Pages pages = new Pages(base.container(slug), iris, all.size());
		if (number < 0 || number > pages.last() || all.isEmpty()) {
			throw new NotFoundException("annotation page", pages.page(number));
		}
		return new Tagged<>(page(document, all, pages, number, true, base),
				etag(document, all, base, "page " + number, iris, false));
	}

	private WebAnnotationContainer.Page page(Document document, List<Annotation> all, Pages pages, int number,
			boolean standalone, Iris base) {
		int from = number * PAGE_SIZE;
		List<Annotation> on = all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
		List<Object> items;
		if (pages.iris()) {
			items = on.stream().<Object>map(a -> base.annotation(document.slug(), a.id())).toList();
		}
		else {
			Anchoring text = this.documents.anchoring(document);
			items = on.stream().<Object>map(a -> WebAnnotations.of(a, document, text, base, false)).toList();
		}
		return new WebAnnotationContainer.Page(standalone ? WebAnnotation.CONTEXT : null, pages.page(number),
				ANNOTATION_PAGE,
				standalone ? new WebAnnotationContainer.PartOf(pages.container(), all.size(), pages.page(0),
						pages.page(pages.last())) : pages.container(),
				from, (number > 0) ? pages.page(number - 1) : null,
				(number < pages.last()) ? pages.page(number + 1) : null, items);
	}

	/**
	 * The IRIs of a container's pages, which say whether they list IRIs or annotations.
	 */
	private record Pages(String base, boolean iris, int total) {

		String container() {
			return this.base + "?iris=" + (this.iris ? 1 : 0);
		}

		String page(int number) {
			return container() + "&page=" + number;
		}

		int last() {
			return Math.max(0, (this.total - 1) / PAGE_SIZE);
		}

	}

	private static String etag(Document document, List<Annotation> all, Iris base, String what, boolean iris,
			boolean minimal) {
		StringBuilder state = new StringBuilder().append(base.base())
			.append('|')
			.append(document.id())
			.append(':')
			.append(document.version())
			.append('|')
			.append(what)
			.append(iris ? " iris" : " descriptions")
			.append(minimal ? " minimal" : "");
		all.forEach(a -> state.append('|').append(a.id()).append(':').append(a.version()));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(state.toString().getBytes(StandardCharsets.UTF_8));
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

}
