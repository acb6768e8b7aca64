package org.verbatim.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.jspecify.annotations.Nullable;
import org.verbatim.annotation.AnnotationWriter;
import org.verbatim.document.Document;
import org.verbatim.document.DocumentWriter;
import org.verbatim.event.EventWriter;
import org.verbatim.party.PartyWriter;
import org.verbatim.quote.QuoteWriter;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.topic.TopicWriter;

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

	private final EntityManager entityManager;

	private final PartyWriter parties;

	private final TopicWriter topics;

	private final EventWriter events;

	CurationService(DocumentWriter documents, QuoteWriter quotes, AnnotationWriter annotations,
			EntityManager entityManager, PartyWriter parties, TopicWriter topics, EventWriter events) {
		this.parties = parties;
		this.topics = topics;
		this.events = events;
		this.entityManager = entityManager;
		this.documents = documents;
		this.quotes = quotes;
		this.annotations = annotations;
	}

	/** What was stored. */
	record Stored(String slug, int quotes, int annotations) {
	}

	/**
	 * Stores one document, waiting for the search index as a single POST does, so that
	 * the document is found at once.
	 */
	@Transactional
	public Stored create(NewDocument input) {
		return store(input, null);
	}

	/**
	 * Stores one document in its own transaction, indexing it as {@code indexing} says.
	 */
	@Transactional
	public Stored create(NewDocument input, IndexingPlanSynchronizationStrategy indexing) {
		return store(input, indexing);
	}

	/**
	 * Stores several documents in one transaction: all of them, or (on the first failure)
	 * none.
	 */
	@Transactional
	public List<Stored> createAll(List<NewDocument> inputs, IndexingPlanSynchronizationStrategy indexing) {
		prefetch(inputs);
		List<Stored> stored = new ArrayList<>(inputs.size());
		for (NewDocument input : inputs) {
			stored.add(store(input, indexing));
		}
		return stored;
	}

	/**
	 * Looks up in a few queries the people, organisations, topics and events that the
	 * documents name by slug, rather than in one query each as they are resolved. Slugs
	 * missed here are looked up one by one as before.
	 */
	private void prefetch(List<NewDocument> inputs) {
		Map<String, Set<String>> slugs = new HashMap<>();
		for (NewDocument input : inputs) {
			ImportKeys.visit(input,
					(type, slug, creates) -> slugs.computeIfAbsent(type, t -> new HashSet<>()).add(slug));
		}
		this.parties.people().prefetch(slugs.getOrDefault(ImportKeys.PERSON, Set.of()));
		this.parties.organisations().prefetch(slugs.getOrDefault(ImportKeys.ORGANISATION, Set.of()));
		this.topics.topics().prefetch(slugs.getOrDefault(ImportKeys.TOPIC, Set.of()));
		this.events.events().prefetch(slugs.getOrDefault(ImportKeys.EVENT, Set.of()));
		this.documents.prefetch(slugs.getOrDefault(ImportKeys.DOCUMENT, Set.of()));
	}

	private Stored store(NewDocument input, @Nullable IndexingPlanSynchronizationStrategy indexing) {
		// Nothing is written before the commit: the lookups of speakers, topics and
		// events by slug would otherwise flush the pending inserts before each query,
		// one small batch at a time. What this transaction creates it finds again
		// through SlugLookups, not by a query, so the queries need not see it.
		this.entityManager.setFlushMode(FlushModeType.COMMIT);
		if (indexing != null) {
			Search.session(this.entityManager).indexingPlanSynchronizationStrategy(indexing);
		}
		DocumentWriter.Created created = this.documents.create(input.document(), "");
		Document document = created.document();
		// Every item is tried, so that one 422 names all that is wrong; the transaction
		// rolls back as soon as one fails.
		List<InvalidInputException.InputError> errors = new ArrayList<>();
		int quotes = storeEach(input.quotes(), "/quotes/", "Required: a quote object.", errors,
				(quote, pointer) -> this.quotes.create(document, created.text(), quote, pointer));
		int annotations = storeEach(input.annotations(), "/annotations/", "Required: an annotation object.", errors,
				(annotation, pointer) -> this.annotations.create(document, created.text(), annotation, pointer));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new Stored(document.slug(), quotes, annotations);
	}

	/**
	 * Stores each item, adding what is wrong with it to {@code errors}; returns how many
	 * there are.
	 */
	private static <T> int storeEach(@Nullable List<T> items, String path, String required,
			List<InvalidInputException.InputError> errors, BiConsumer<T, String> store) {
		List<T> all = (items != null) ? items : List.of();
		for (int i = 0; i < all.size(); i++) {
			try {
				if (all.get(i) == null) {
					throw new InvalidInputException(path + i, required);
				}
				store.accept(all.get(i), path + i);
			}
			catch (InvalidInputException ex) {
				errors.addAll(ex.errors());
			}
		}
		return all.size();
	}

}
