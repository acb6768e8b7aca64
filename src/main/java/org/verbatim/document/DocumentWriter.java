package org.verbatim.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;
import org.verbatim.document.DocumentInput.AuthorInput;
import org.verbatim.document.DocumentInput.SectionInput;
import org.verbatim.party.PartyInputs.PersonInput;
import org.verbatim.party.PartyWriter;
import org.verbatim.party.Person;
import org.verbatim.shared.Anchoring;
import org.verbatim.shared.Inputs;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.Limits;
import org.verbatim.shared.SlugLookups;
import org.verbatim.shared.Slugs;
import org.verbatim.shared.Span;
import org.verbatim.topic.Topic;
import org.verbatim.topic.TopicInput;
import org.verbatim.topic.TopicWriter;
import org.verbatim.web.Edits;
import org.verbatim.web.NotFoundException;
import org.verbatim.web.SlugRecords;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes documents. Runs in the caller's transaction, so that a
 * document created with its quotes is stored whole or not at all.
 */
@Service
@Transactional
public class DocumentWriter {

	private static final String RESOURCE = "document";

	private static final String TAKEN = "A document with the slug '%1$s' exists already. Change it with PUT "
			+ "/api/v1/documents/%1$s, or give this one another slug.";

	private static final String SLUG_FIXED = "A document's slug cannot change: quotes, annotations and links refer "
			+ "to it. Send '%s' or leave the slug out.";

	private final DocumentRepository documents;

	private final SlugRecords<Person, PersonInput> people;

	private final SlugRecords<Topic, TopicInput> topics;

	// Looked up when used: the features implementing it depend on this writer.
	private final ObjectProvider<DocumentParts> parts;

	private final Edits edits;

	private final EntityManager entityManager;

	DocumentWriter(DocumentRepository documents, PartyWriter parties, TopicWriter topics,
			ObjectProvider<DocumentParts> parts, Edits edits, EntityManager entityManager) {
		this.documents = documents;
		this.people = parties.people();
		this.topics = topics.topics();
		this.parts = parts;
		this.edits = edits;
		this.entityManager = entityManager;
	}

	/** A stored document and its text, ready to anchor its parts in. */
	public record Created(Document document, Anchoring text) {
	}

	/**
	 * Looks up at once whether the slugs that the coming {@link #create} calls of this
	 * transaction will take are taken, so that those need no query each.
	 */
	public void prefetch(Collection<String> slugs) {
		SlugLookups.prefetch(Document.class, slugs, this.documents::findBySlugIn, Document::slug);
	}

	public Created create(DocumentInput input, String pointer) {
		String title = Inputs.required(input.title(), pointer + "/title", Limits.DOCUMENT_TITLE);
		String slug = Slugs.givenOrFrom(input.slug(), title, pointer);
		Edits.refuseTaken(SlugLookups.find(Document.class, slug, () -> this.documents.findBySlug(slug)).isPresent(),
				slug, "/api/v1/documents", TAKEN);
		Anchoring text = text(input.text(), pointer + "/text");
		Document document = new Document(slug, title, DocumentKind.OTHER, "und", sha256(text.text()), text.length());
		document.replace(fields(input, text, pointer));
		SlugLookups.created(Document.class, slug, this.documents.save(document));
		DocumentText stored = new DocumentText(document.id(), text.text());
		this.entityManager.persist(stored);
		document.attachText(stored);
		return new Created(document, text);
	}

	/** PUT: replaces the document if {@code ifMatch} names its current version. */
	public void replace(String slug, @Nullable String ifMatch, DocumentInput input) {
		replace(current(slug, ifMatch), input, "");
	}

	/**
	 * PATCH: merges a JSON Merge Patch into the document as stored, then stores it as
	 * PUT.
	 */
	public void patch(String slug, @Nullable String ifMatch, JsonNode patch) {
		Document document = current(slug, ifMatch);
		replace(document, this.edits.merge(toInput(document), patch, DocumentInput.class), "");
	}

	/** DELETE: the document, its text and everything anchored in it. */
	public void delete(String slug, @Nullable String ifMatch) {
		delete(current(slug, ifMatch));
	}

	/**
	 * Replaces the document's metadata and, when it differs, its text, re-verifying every
	 * quote and annotation anchored in it.
	 */
	Document replace(Document document, DocumentInput input, String pointer) {
		Edits.keepSlug(input.slug(), document.slug(), pointer, SLUG_FIXED);
		Anchoring text = text(input.text(), pointer + "/text");
		DocumentText stored = textOf(document);
		if (!stored.text().equals(text.text())) {
			Anchoring old = new Anchoring(stored.text());
			List<InvalidInputException.InputError> broken = new ArrayList<>();
			for (DocumentParts part : this.parts.orderedStream().toList()) {
				try {
					part.reanchor(document, old, text);
				}
				catch (InvalidInputException ex) {
					broken.addAll(ex.errors());
				}
			}
			if (!broken.isEmpty()) {
				throw new InvalidInputException(broken);
			}
			stored.replace(text.text());
			document.replaceText(stored, sha256(text.text()), text.length());
		}
		document.replace(fields(input, text, pointer));
		return document;
	}

	/**
	 * Deletes the document with its text and everything anchored in it, without a version
	 * check.
	 */
	public void delete(Document document) {
		this.parts.orderedStream().forEach(part -> part.deleteAllIn(document));
		DocumentText text = textOf(document);
		this.entityManager.remove(text);
		this.entityManager.remove(document);
	}

	public Document bySlug(String slug) {
		return this.documents.findBySlug(slug).orElseThrow(() -> new NotFoundException(RESOURCE, slug));
	}

	private Document current(String slug, @Nullable String ifMatch) {
		return Edits.current(this.documents.findBySlug(slug), RESOURCE, slug, ifMatch, Document::version);
	}

	/**
	 * Before a part of the document (a quote, an annotation) is written: locks the
	 * document's row until the transaction ends, reads it again under that lock and moves
	 * its version (ETag) on, as its representation shows its parts. Writes of parts of
	 * one document then queue instead of failing each other's version check, and a change
	 * of the text either waits for them or they anchor in the new text. Call it before
	 * reading the text to anchor in.
	 */
	public void partChanging(Document document) {
		this.entityManager.refresh(document, LockModeType.PESSIMISTIC_WRITE);
		this.entityManager.lock(document, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
	}

	/** The document's text, to resolve anchors in. */
	public Anchoring anchoring(Document document) {
		return new Anchoring(textOf(document).text());
	}

	/** The request body that would recreate the document as stored, for merge patches. */
	public DocumentInput toInput(Document document) {
		return DocumentInput.of(document, textOf(document).text());
	}

	private DocumentText textOf(Document document) {
		DocumentText text = this.entityManager.find(DocumentText.class, document.id());
		if (text == null) {
			throw new IllegalStateException("document " + document.slug() + " has no text");
		}
		return text;
	}

	private static Anchoring text(@Nullable String text, String pointer) {
		if (text == null || text.isEmpty()) {
			throw new InvalidInputException(pointer, "Required: the document's full text, stored exactly as sent.");
		}
		if (text.length() > Limits.DOCUMENT_TEXT) {
			throw new InvalidInputException(pointer, "Too long: " + text.length() + " UTF-16 units where at most "
					+ Limits.DOCUMENT_TEXT + " are stored.");
		}
		return new Anchoring(text);
	}

	/** The input's fields checked and resolved, ready to be stored. */
	private DocumentInput.Fields fields(DocumentInput input, Anchoring text, String pointer) {
		this.edits.validate(input, pointer);
		List<Author> authors = new ArrayList<>();
		if (input.authors() != null) {
			for (int i = 0; i < input.authors().size(); i++) {
				AuthorInput a = input.authors().get(i);
				String at = pointer + "/authors/" + i;
				if (a == null) {
					throw new InvalidInputException(at, "Required: an author object with `person`.");
				}
				Person person = this.people.resolve(a.person(), at + "/person");
				String byline = Inputs.optional(a.bylineName());
				authors.add(new Author(person, (byline != null) ? byline : person.canonicalName(),
						Inputs.optional(a.bylineRole()), (a.role() != null) ? a.role() : Author.Role.AUTHOR));
			}
		}
		List<Section> sections = new ArrayList<>();
		if (input.sections() != null) {
			for (int i = 0; i < input.sections().size(); i++) {
				SectionInput s = input.sections().get(i);
				String at = pointer + "/sections/" + i;
				if (s == null) {
					throw new InvalidInputException(at, "Required: a section object with `kind` and `target`.");
				}
				Span span = text.resolve(s.target(), at + "/target");
				sections.add(new Section(
						Inputs.present(s.kind(), at + "/kind",
								"one of TITLE, SUBTITLE, STANDFIRST, PULL_QUOTE, BODY, BYLINE"),
						Inputs.optional(s.heading()), span.start(), span.end()));
			}
		}
		return new DocumentInput.Fields(Inputs.required(input.title(), pointer + "/title", Limits.DOCUMENT_TITLE),
				Inputs.optional(input.subtitle()),
				Inputs.present(input.kind(), pointer + "/kind",
						"one of ARTICLE, SPEECH, INTERVIEW, STATEMENT, TRANSCRIPT, PRESS_RELEASE, OTHER"),
				input.language(), (input.date() != null) ? input.date().toFuzzyDate(pointer + "/date") : null,
				Inputs.optional(input.publisher()), Inputs.optional(input.sourceUrl()), sections, authors,
				this.topics.resolveAll(input.topics(), pointer + "/topics"));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

}
