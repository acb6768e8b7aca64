package org.verbatim.topic;

import java.util.Set;

/**
 * A topic got another parent: what is tagged with it or a topic below it now counts under
 * other ancestors, so the search index, which stores every item's topics with their
 * ancestors, must index those items again. Published in the transaction that moves the
 * topic.
 *
 * @param slug the topic that moved
 * @param subtree the ids of the topic and of every topic below it
 */
public record TopicMoved(String slug, Set<Long> subtree) {

	public TopicMoved {
		subtree = Set.copyOf(subtree);
	}

}
