package org.verbatim.topic;

import jakarta.persistence.EntityManager;
import org.verbatim.shared.References;

import org.springframework.stereotype.Component;

/**
 * The subtopics of a topic: a topic with subtopics cannot go.
 */
@Component
class TopicReferences implements References {

	private final EntityManager entityManager;

	TopicReferences(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Found find(Target target, long id, int limit) {
		if (target != Target.TOPIC) {
			return Found.NONE;
		}
		return Found.query(this.entityManager, "Topic t where t.parent.id = :id", "t.slug", id, limit,
				key -> "topic " + key + " (subtopic)");
	}

}
