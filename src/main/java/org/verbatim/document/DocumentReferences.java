package org.verbatim.document;

import jakarta.persistence.EntityManager;
import org.verbatim.shared.References;

import org.springframework.stereotype.Component;

/**
 * The documents that name a person among their authors or are tagged with a topic.
 */
@Component
class DocumentReferences implements References {

	private final EntityManager entityManager;

	DocumentReferences(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Found find(Target target, long id, int limit) {
		return switch (target) {
			case PERSON -> documents("Document d join d.authors a where a.person.id = :id", "author", id, limit);
			case TOPIC -> documents("Document d join d.topics t where t.id = :id", "topic", id, limit);
			case ORGANISATION, EVENT -> Found.NONE;
		};
	}

	private Found documents(String from, String role, long id, int limit) {
		return Found.query(this.entityManager, from, "d.slug", id, limit, key -> "document " + key + " (" + role + ")");
	}

}
