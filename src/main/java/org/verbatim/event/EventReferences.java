package org.verbatim.event;

import jakarta.persistence.EntityManager;
import org.verbatim.shared.References;

import org.springframework.stereotype.Component;

/**
 * The events that people and organisations take part in, or that are tagged with a topic.
 */
@Component
class EventReferences implements References {

	private final EntityManager entityManager;

	EventReferences(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Found find(Target target, long id, int limit) {
		return switch (target) {
			case PERSON -> events("Event e join e.people p where p.id = :id", "participant", id, limit);
			case ORGANISATION -> events("Event e join e.organisations o where o.id = :id", "participant", id, limit);
			case TOPIC -> events("Event e join e.topics t where t.id = :id", "topic", id, limit);
			case EVENT -> Found.NONE;
		};
	}

	private Found events(String from, String role, long id, int limit) {
		return Found.query(this.entityManager, from, "e.slug", id, limit, key -> "event " + key + " (" + role + ")");
	}

}
