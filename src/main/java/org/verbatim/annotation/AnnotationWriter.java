package org.verbatim.annotation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.verbatim.annotation.AnnotationInput.ClaimInput;
import org.verbatim.document.Document;
import org.verbatim.document.DocumentParts;
import org.verbatim.shared.Anchoring;
import org.verbatim.shared.Inputs;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.Limits;
import org.verbatim.shared.Span;
import org.verbatim.shared.TargetInput;
import org.verbatim.topic.Topic;
import org.verbatim.topic.TopicInput;
import org.verbatim.topic.TopicWriter;
import org.verbatim.web.Edits;
import org.verbatim.web.SlugRecords;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes annotations, resolving their targets against the
 * document's text. Runs in the caller's transaction.
 */
@Service
@Transactional
public class AnnotationWriter implements DocumentParts {

	/** The motivations of the W3C Web Annotation vocabulary. */
	static final Set<String> MOTIVATIONS = Set.of("assessing", "bookmarking", "classifying", "commenting", "describing",
			"editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging");

	static final Set<String> COMPARATORS = Set.of("EXACTLY", "MORE_THAN", "LESS_THAN", "ABOUT");

	private final AnnotationRepository annotations;

	private final SlugRecords<Topic, TopicInput> topics;

	private final Edits edits;

	private final EntityManager entityManager;

	AnnotationWriter(AnnotationRepository annotations, TopicWriter topics, Edits edits, EntityManager entityManager) {
		this.annotations = annotations;
		this.topics = topics.topics();
		this.edits = edits;
		this.entityManager = entityManager;
	}

	/** Stores a new annotation on the document; returns its id. */
	public long create(Document document, Anchoring text, AnnotationInput input, String pointer) {
		return create(document, text, input, pointer, null, null);
	}

	/** Stores a new annotation with its W3C {@code canonical} and {@code via} IRIs. */
	long create(Document document, Anchoring text, AnnotationInput input, String pointer, @Nullable String canonical,
			@Nullable String via) {
		Annotation annotation = new Annotation(document);
		annotation.link(canonical, via);
		apply(annotation, text, input, pointer);
		// persist, not save, as QuoteWriter.create does.
		this.entityManager.persist(annotation);
		return annotation.id();
	}

	void apply(Annotation annotation, Anchoring text, AnnotationInput input, String pointer) {
		this.edits.validate(input, pointer);
		String motivation = input.motivation();
		if (!MOTIVATIONS.contains(motivation)) {
			throw new InvalidInputException(pointer + "/motivation", "'" + motivation + "' is not a W3C motivation. "
					+ "Accepted: " + String.join(", ", MOTIVATIONS.stream().sorted().toList()) + ".");
		}
		checkSource(input.target(), annotation.document(), pointer + "/target/source");
		Span span = text.resolve(input.target(), pointer + "/target");
		String exact = Inputs.required(text.cut(span), pointer + "/target", Limits.ANNOTATION_EXACT);
		annotation.replace(motivation, span, exact, Inputs.optional(input.body()),
				claim(input.claim(), pointer + "/claim"),
				(input.topic() != null) ? this.topics.resolve(input.topic(), pointer + "/topic") : null);
	}

	/**
	 * A target's optional {@code source} must name the document the annotation is in: by
	 * slug, or by the URL of the document or of its text (absolute or not).
	 */
	private static void checkSource(@Nullable TargetInput target, Document document, String pointer) {
		if (target == null || target.source() == null || target.source().isBlank()) {
			return;
		}
		String source = target.source().strip();
		String path = source;
		try {
			URI uri = new URI(source);
			if (uri.getRawPath() != null) {
				path = uri.getRawPath();
			}
		}
		catch (URISyntaxException ex) {
			// Not a URL: compared as a slug.
		}
		String documentPath = "/api/v1/documents/" + document.slug();
		if (source.equals(document.slug()) || path.endsWith(documentPath) || path.endsWith(documentPath + "/text")) {
			return;
		}
		throw new InvalidInputException(pointer, "'" + source + "' is not the document annotated. Accepted: its slug '"
				+ document.slug() + "', the URL " + documentPath + " (or of its /text), or no source.");
	}

	private static Annotation.Claim claim(ClaimInput claim, String pointer) {
		if (claim == null) {
			return null;
		}
		if (claim.quantity() == null) {
			throw new InvalidInputException(pointer + "/quantity", "Required: the figure, as a number.");
		}
		if (claim.comparator() != null && !COMPARATORS.contains(claim.comparator())) {
			throw new InvalidInputException(pointer + "/comparator", "'" + claim.comparator()
					+ "' is not a comparator. Accepted: EXACTLY, MORE_THAN, LESS_THAN, ABOUT.");
		}
		return new Annotation.Claim(claim.quantity(), claim.comparator(), Inputs.optional(claim.unit()),
				(claim.period() != null) ? claim.period().toFuzzyDate(pointer + "/period") : null);
	}

	@Override
	public void reanchor(Document document, Anchoring oldText, Anchoring newText) {
		DocumentParts.relocateEach(this.annotations.findByDocumentId(document.id()),
				annotation -> newText.relocate(oldText, annotation.exact(), List.of(annotation.span())),
				annotation -> List.of(annotation.span()), (annotation, moved) -> {
					annotation.moveTo(moved.get(0));
					annotation.touch();
				},
				annotation -> "Annotation " + annotation.id() + " on '" + annotation.exact()
						+ "' cannot be placed in the new text: its words stand there "
						+ newText.findAll(annotation.exact()).size() + " times; correct or delete it first.");
	}

	@Override
	public void deleteAllIn(Document document) {
		this.annotations.findByDocumentId(document.id()).forEach(this.annotations::delete);
	}

}
