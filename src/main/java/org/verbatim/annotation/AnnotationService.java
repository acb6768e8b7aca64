package org.verbatim.annotation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.verbatim.annotation.WebAnnotations.Iris;
import org.verbatim.document.Document;
import org.verbatim.document.DocumentWriter;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.web.ConflictException;
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

	/**
	 * Stores a W3C annotation on the document, keeping its {@code canonical} IRI and, as
	 * {@code via}, the {@code id} it was sent with (or its {@code via}); returns its id.
	 */
	@Transactional
	long create(String slug, WebAnnotationInputs.Linked input) {
		if (input.id() != null && input.via() != null && !input.id().equals(input.via())) {
			throw new InvalidInputException("/via",
					"One `via` is kept, and the `id` sent becomes it: send no " + "`via`, or the same IRI as `id`.");
		}
		Document document = this.documents.bySlug(slug);
		guardText(document);
		return this.writer.create(document, this.documents.anchoring(document), input.annotation(), "",
				input.canonical(), input.viaToKeep());
	}

	/** The annotation as a W3C annotation, if it is in the document named. */
	Versioned<WebAnnotation> webGet(String slug, long id, Iris iris) {
		Annotation annotation = find(id);
		if (!annotation.document().slug().equals(slug)) {
			throw new NotFoundException(RESOURCE, slug + "/" + id);
		}
		return webGet(id, iris);
	}

	/**
	 * Replaces the annotation, in the document named, by a W3C annotation: the server's
	 * {@code id} stays, and {@code canonical} and {@code via} once set do not change
	 * (409).
	 */
	@Transactional
	void replace(String slug, long id, @Nullable String ifMatch, WebAnnotationInputs.Linked input, Iris iris) {
		Annotation annotation = Edits.current(
				this.annotations.findWithDocumentById(id).filter(a -> a.document().slug().equals(slug)), RESOURCE, id,
				ifMatch, Annotation::version);
		String iri = iris.annotation(slug, id);
		List<String> conflicts = new ArrayList<>();
		if (input.id() != null && !input.id().equals(iri)) {
			conflicts.add("/id is " + iri + ", set by the server");
		}
		unchanged("/canonical", annotation.canonical(), input.canonical(), conflicts);
		unchanged("/via", annotation.via(), input.via(), conflicts);
		if (!conflicts.isEmpty()) {
			throw new ConflictException("The annotation's IRIs cannot change: " + String.join("; ", conflicts)
					+ ". Send them as GET shows them, or leave them out.", conflicts);
		}
		annotation.link(input.canonical(), input.via());
		store(annotation, input.annotation());
	}

	/** Deletes the annotation, if it is in the document named. */
	@Transactional
	void delete(String slug, long id, @Nullable String ifMatch) {
		this.annotations.delete(
				Edits.current(this.annotations.findWithDocumentById(id).filter(a -> a.document().slug().equals(slug)),
						RESOURCE, id, ifMatch, Annotation::version));
	}

	private static void unchanged(String pointer, @Nullable String stored, @Nullable String sent,
			List<String> conflicts) {
		if (stored != null && sent != null && !stored.equals(sent)) {
			conflicts.add(pointer + " is " + stored);
		}
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
