package org.verbatim.event;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.verbatim.shared.References;

import org.springframework.stereotype.Component;

/**
 * The events that people and organisations take part in, or that are tagged with a topic.
 */
@Component
class EventReferences extends References.Queries {

	EventReferences(EntityManager entityManager) {
		super(entityManager, "event", "e.slug",
				Map.of(Target.PERSON, new Referrer("Event e join e.people p where p.id = :id", "participant"),
						Target.ORGANISATION,
						new Referrer("Event e join e.organisations o where o.id = :id", "participant"), Target.TOPIC,
						new Referrer("Event e join e.topics t where t.id = :id", "topic")));
	}

}
