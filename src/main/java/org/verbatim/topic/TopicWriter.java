package org.verbatim.topic;

import java.util.Objects;

import org.verbatim.shared.Inputs;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.Limits;
import org.verbatim.shared.References;
import org.verbatim.web.Edits;
import org.verbatim.web.SlugRecords;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes topics: fills them from their inputs and turns them back into inputs, for the
 * writes every record addressed by slug shares ({@link SlugRecords}). Runs in the
 * caller's transaction, so that a request that fails later stores no topic either.
 */
@Service
@Transactional
public class TopicWriter {

	static final SlugRecords.Texts TOPIC = new SlugRecords.Texts("topic", "/api/v1/topics", "label", Limits.TOPIC_LABEL,
			Limits.SLUG,
			"A topic with the slug '%1$s' exists already. Change it with PUT /api/v1/topics/%1$s, or give this one "
					+ "another slug.",
			"A topic's slug cannot change: other records and links refer to it. Send '%s' or leave the slug out.",
			"The topic '%s' cannot be deleted while other records refer to it (see `conflicts`). Change or delete "
					+ "those first.",
			"Required: a topic slug, or an object with `label` to create one.",
			"No topic has the slug '%s'. Refer to an existing topic (GET /api/v1/topics), or give `label` to create "
					+ "it.",
			"The slug '%s' is taken by the topic '%s'. Refer to it by its slug, or give another slug.");

	private final SlugRecords<Topic, TopicInput> topics;

	private final TopicService hierarchy;

	private final ApplicationEventPublisher events;

	TopicWriter(TopicRepository topics, TopicService hierarchy, ApplicationEventPublisher events, Edits edits) {
		this.hierarchy = hierarchy;
		this.events = events;
		this.topics = edits.of(new SlugRecords.Kind<>(Topic.class, TopicInput.class, References.Target.TOPIC, TOPIC,
				TopicInput::slug, TopicInput::label, Topic::label, (slug, label) -> new Topic(slug, label, null, null),
				this::fill, TopicWriter::inputOf), topics);
	}

	/** Topics: the API's writes, and the topics that requests refer to or create. */
	public SlugRecords<Topic, TopicInput> topics() {
		return this.topics;
	}

	/**
	 * The input that would recreate the topic as stored: what a merge patch applies to.
	 */
	static TopicInput inputOf(Topic topic) {
		Topic parent = topic.parent();
		return new TopicInput(topic.slug(), topic.label(), topic.description(),
				(parent != null) ? parent.slug() : null);
	}

	/** Stores the input's fields in the topic; no cycle may form. */
	private void fill(Topic topic, TopicInput input, String pointer) {
		String label = Inputs.required(input.label(), pointer + "/label", Limits.TOPIC_LABEL);
		Topic parent = null;
		if (input.parent() != null) {
			parent = this.topics.resolve(TopicInput.ref(input.parent()), pointer + "/parent");
			if (parent.slugAndAncestors().contains(topic.slug())) {
				throw new InvalidInputException(pointer + "/parent",
						"'" + input.parent() + "' is "
								+ (parent.equals(topic) ? "this topic itself" : "below this topic")
								+ "; a topic cannot be its own ancestor. Choose a topic outside its subtree.");
			}
		}
		Topic before = topic.parent();
		boolean moved = topic.id() != null
				&& !Objects.equals((before != null) ? before.id() : null, (parent != null) ? parent.id() : null);
		topic.replace(label, Inputs.optional(input.description()), parent);
		if (moved) {
			this.events.publishEvent(new TopicMoved(topic.slug(), this.hierarchy.subtreeIds("slug", topic.slug())));
		}
	}

}
