package org.verbatim.annotation;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.verbatim.shared.References;

import org.springframework.stereotype.Component;

/**
 * The annotations that refer to a topic.
 */
@Component
class AnnotationReferences extends References.Queries {

	AnnotationReferences(EntityManager entityManager) {
		super(entityManager, "annotation", "a.id",
				Map.of(Target.TOPIC, new Referrer("Annotation a where a.topic.id = :id", "topic")));
	}

}
