package org.verbatim.annotation;

import jakarta.persistence.EntityManager;
import org.verbatim.shared.References;

import org.springframework.stereotype.Component;

/**
 * The annotations that refer to a topic.
 */
@Component
class AnnotationReferences implements References {

	private final EntityManager entityManager;

	AnnotationReferences(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Found find(Target target, long id, int limit) {
		if (target != Target.TOPIC) {
			return Found.NONE;
		}
		return Found.query(this.entityManager, "Annotation a where a.topic.id = :id", "a.id", id, limit,
				key -> "annotation " + key + " (topic)");
	}

}
