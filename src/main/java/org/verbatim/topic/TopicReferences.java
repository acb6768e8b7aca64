package org.verbatim.topic;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.verbatim.shared.References;

import org.springframework.stereotype.Component;

/**
 * The subtopics of a topic: a topic with subtopics cannot go.
 */
@Component
class TopicReferences extends References.Queries {

	TopicReferences(EntityManager entityManager) {
		super(entityManager, "topic", "t.slug",
				Map.of(Target.TOPIC, new Referrer("Topic t where t.parent.id = :id", "subtopic")));
	}

}
