package org.verbatim.annotation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.verbatim.annotation.WebAnnotations.Iris;
import org.verbatim.document.Document;
import org.verbatim.document.DocumentWriter;
import org.verbatim.web.Edits;
import org.verbatim.web.NotFoundException;
import org.verbatim.web.Versioned;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annotations API: reads in either representation, and writes that check the editor's
 * {@code If-Match} and anchor the target in the document's text.
 */
@Service
@Transactional(readOnly = true)
class AnnotationService {

	private static final String RESOURCE = "annotation";

	private final AnnotationRepository annotations;

	private final AnnotationWriter writer;

	private final DocumentWriter documents;

	private final Edits edits;

	AnnotationService(AnnotationRepository annotations, AnnotationWriter writer, DocumentWriter documents,
			Edits edits) {
		this.annotations = annotations;
		this.writer = writer;
		this.documents = documents;
		this.edits = edits;
	}

	List<AnnotationView> list(String slug) {
		Document document = this.documents.bySlug(slug);
		return this.annotations.findByDocumentId(document.id()).stream().map(AnnotationView::of).toList();
	}

	WebAnnotation.Collection webList(String slug, Iris iris) {
		Document document = this.documents.bySlug(slug);
		return WebAnnotations.collection(document, this.annotations.findByDocumentId(document.id()),
				this.documents.anchoring(document), iris);
	}

	Versioned<AnnotationView> get(long id) {
		Annotation annotation = find(id);
		return new Versioned<>(AnnotationView.of(annotation), annotation.version());
	}

	Versioned<WebAnnotation> webGet(long id, Iris iris) {
		Annotation annotation = find(id);
		Document document = annotation.document();
		return new Versioned<>(WebAnnotations.of(annotation, document, this.documents.anchoring(document), iris, true),
				annotation.version());
	}

	/** Stores a new annotation on the document; returns its id. */
	@Transactional
	long create(String slug, AnnotationInput input) {
		Document document = this.documents.bySlug(slug);
		guardText(document);
		return this.writer.create(document, this.documents.anchoring(document), input, "");
	}

	/** Replaces the annotation, which must be at the version {@code If-Match} names. */
	@Transactional
	void replace(long id, @Nullable String ifMatch, AnnotationInput input) {
		store(current(id, ifMatch), input);
	}

	/**
	 * Applies a JSON Merge Patch to the annotation as a PUT of the merged input would.
	 */
	@Transactional
	void patch(long id, @Nullable String ifMatch, JsonNode patch) {
		Annotation annotation = current(id, ifMatch);
		store(annotation, this.edits.merge(AnnotationInput.of(annotation), patch, AnnotationInput.class));
	}

	@Transactional
	void delete(long id, @Nullable String ifMatch) {
		this.annotations.delete(current(id, ifMatch));
	}

	private void store(Annotation annotation, AnnotationInput input) {
		Document document = annotation.document();
		guardText(document);
		this.writer.apply(annotation, this.documents.anchoring(document), input, "");
		this.annotations.flush();
	}

	/**
	 * Locks the document and moves its version on with this write, so that a concurrent
	 * change of its text (which re-anchors the annotations it sees) and this anchoring in
	 * the old text cannot both commit.
	 */
	private void guardText(Document document) {
		this.documents.partChanging(document);
	}

	private Annotation current(long id, @Nullable String ifMatch) {
		return Edits.current(this.annotations.findWithDocumentById(id), RESOURCE, id, ifMatch, Annotation::version);
	}

	private Annotation find(long id) {
		return this.annotations.findWithDocumentById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
	}

}
