package org.verbatim.annotation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.verbatim.document.Document;
import org.verbatim.document.DocumentService;
import org.verbatim.web.NotFoundException;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Documents")
class AnnotationsController {

	private final DocumentService documents;

	private final AnnotationRepository annotations;

	AnnotationsController(DocumentService documents, AnnotationRepository annotations) {
		this.documents = documents;
		this.annotations = annotations;
	}

	@GetMapping("/api/v1/documents/{slug}/annotations")
	@Operation(summary = "A document's annotations",
			description = "Notes on spans of the text in reading order, including the figures it states as facts "
					+ "with their quantity, unit and period.")
	@Transactional(readOnly = true)
	List<AnnotationView> list(@Parameter(description = "The document's slug",
			example = "the-only-correct-decision") @PathVariable String slug) {
		Document document = this.documents.find(slug).orElseThrow(() -> new NotFoundException("document", slug));
		return this.annotations.findByDocumentId(document.id()).stream().map(AnnotationView::of).toList();
	}

}
