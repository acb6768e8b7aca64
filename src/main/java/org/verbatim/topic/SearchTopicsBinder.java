package org.verbatim.topic;

import java.util.Collection;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.SearchFields;

/**
 * Indexes the topics a quote, document or event is tagged with as the
 * {@value SearchFields#TOPICS} field they share: each topic's slug and its ancestors', so
 * that a topic's facet counts its subtopics. Only a change of the tags themselves
 * reindexes the item; a topic that moves is reindexed by the search's topic reindexing.
 */
public final class SearchTopicsBinder implements PropertyBinder {

	@Override
	public void bind(PropertyBindingContext context) {
		context.dependencies().useRootOnly();
		IndexFieldReference<String> topics = context.indexSchemaElement()
			.field(SearchFields.TOPICS, f -> f.asString().aggregable(Aggregable.YES))
			.multiValued()
			.toReference();
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Class<Collection<Topic>> type = (Class) Collection.class;
		context.bridge(type, new Bridge(topics));
	}

	private record Bridge(IndexFieldReference<String> topics) implements PropertyBridge<Collection<Topic>> {

		@Override
		public void write(DocumentElement target, @Nullable Collection<Topic> tagged,
				PropertyBridgeWriteContext context) {
			if (tagged == null) {
				return;
			}
			tagged.stream()
				.flatMap(topic -> topic.slugAndAncestors().stream())
				.distinct()
				.forEach(slug -> target.addValue(this.topics, slug));
		}

	}

}
