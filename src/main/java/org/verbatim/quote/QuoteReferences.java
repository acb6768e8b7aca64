package org.verbatim.quote;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.verbatim.shared.References;

import org.springframework.stereotype.Component;

/**
 * The quotes that name a person or organisation as speaker, or refer to an event or
 * topic.
 */
@Component
class QuoteReferences extends References.Queries {

	QuoteReferences(EntityManager entityManager) {
		super(entityManager, "quote", "q.id",
				Map.of(Target.PERSON, new Referrer("Quote q where q.speakerPerson.id = :id", "speaker"),
						Target.ORGANISATION, new Referrer("Quote q where q.speakerOrganisation.id = :id", "speaker"),
						Target.EVENT, new Referrer("Quote q where q.event.id = :id", "event"), Target.TOPIC,
						new Referrer("Quote q join q.topics t where t.id = :id", "topic")));
	}

}
