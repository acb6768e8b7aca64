package org.verbatim.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.PluralAttribute;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.topic.Topic;
import org.verbatim.topic.TopicMoved;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Indexes again what is tagged with a topic that moved, or with a topic below it: the
 * index stores each item's topics with their ancestors (so that a topic facet counts its
 * subtopics), and Hibernate Search cannot see that a topic's new parent changes the
 * ancestors of the items that refer to it. Runs once the move is committed, before the
 * request that moved the topic is answered, for every indexed entity with a
 * {@code topics} collection, in batches so that a broad topic does not fill the memory.
 */
@Component
class TopicReindexing {

	private static final Logger log = LoggerFactory.getLogger(TopicReindexing.class);

	static final int BATCH = 100;

	private final EntityManagerFactory entityManagerFactory;

	TopicReindexing(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@TransactionalEventListener
	void reindex(TopicMoved moved) {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			entityManager.getTransaction().begin();
			SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
			int count = 0;
			for (SearchIndexedEntity<?> type : Search.mapping(this.entityManagerFactory).allIndexedEntities()) {
				if (!hasTopics(type.javaClass())) {
					continue;
				}
				List<Object> ids = entityManager
					.createQuery("select e.id from " + type.jpaName()
							+ " e where exists (select 1 from e.topics t where t.id in :topics)", Object.class)
					.setParameter("topics", moved.subtree())
					.getResultList();
				for (int from = 0; from < ids.size(); from += BATCH) {
					entityManager
						.createQuery("select e from " + type.jpaName() + " e where e.id in :ids", type.javaClass())
						.setParameter("ids", ids.subList(from, Math.min(from + BATCH, ids.size())))
						.getResultList()
						.forEach(plan::addOrUpdate);
					plan.execute();
					entityManager.clear();
				}
				count += ids.size();
			}
			entityManager.getTransaction().commit();
			log.info("Indexed again the {} items tagged with topic '{}' or below it, which moved", count, moved.slug());
		}
		finally {
			if (entityManager.getTransaction().isActive()) {
				entityManager.getTransaction().rollback();
			}
			entityManager.close();
		}
	}

	private boolean hasTopics(Class<?> type) {
		Attribute<?, ?> topics = this.entityManagerFactory.getMetamodel()
			.entity(type)
			.getAttributes()
			.stream()
			.filter(attribute -> attribute.getName().equals("topics"))
			.findFirst()
			.orElse(null);
		return topics instanceof PluralAttribute<?, ?, ?> plural
				&& plural.getElementType().getJavaType() == Topic.class;
	}

}
