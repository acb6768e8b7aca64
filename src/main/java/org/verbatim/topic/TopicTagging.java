package org.verbatim.topic;

/**
 * How another feature tags its items with topics: the join table and its item column.
 * Features declare one as a bean so that the topic tree can count their items without
 * depending on them. Both names are constants of the declaring feature, never client
 * input.
 *
 * @param items what the counted items are called in the API ("quotes", "documents",
 * "events")
 * @param joinTable the table holding (item, topic_id) pairs
 * @param itemColumn the item's column in that table
 */
public record TopicTagging(String items, String joinTable, String itemColumn) {

	public TopicTagging {
		if (!joinTable.matches("[a-z_]+") || !itemColumn.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a plain SQL identifier: " + joinTable + "." + itemColumn);
		}
	}

}
