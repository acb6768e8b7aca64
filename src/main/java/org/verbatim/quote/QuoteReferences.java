package org.verbatim.quote;

import jakarta.persistence.EntityManager;
import org.verbatim.shared.References;

import org.springframework.stereotype.Component;

/**
 * The quotes that name a person or organisation as speaker, or refer to an event or
 * topic.
 */
@Component
class QuoteReferences implements References {

	private final EntityManager entityManager;

	QuoteReferences(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Found find(Target target, long id, int limit) {
		return switch (target) {
			case PERSON -> quotes("Quote q where q.speakerPerson.id = :id", "speaker", id, limit);
			case ORGANISATION -> quotes("Quote q where q.speakerOrganisation.id = :id", "speaker", id, limit);
			case EVENT -> quotes("Quote q where q.event.id = :id", "event", id, limit);
			case TOPIC -> quotes("Quote q join q.topics t where t.id = :id", "topic", id, limit);
		};
	}

	private Found quotes(String from, String role, long id, int limit) {
		return Found.query(this.entityManager, from, "q.id", id, limit, key -> "quote " + key + " (" + role + ")");
	}

}
