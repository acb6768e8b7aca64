package org.verbatim.document;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.verbatim.shared.References;

import org.springframework.stereotype.Component;

/**
 * The documents that name a person among their authors or are tagged with a topic.
 */
@Component
class DocumentReferences extends References.Queries {

	DocumentReferences(EntityManager entityManager) {
		super(entityManager, "document", "d.slug",
				Map.of(Target.PERSON, new Referrer("Document d join d.authors a where a.person.id = :id", "author"),
						Target.TOPIC, new Referrer("Document d join d.topics t where t.id = :id", "topic")));
	}

}
