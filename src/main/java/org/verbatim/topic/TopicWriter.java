package org.verbatim.topic;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import org.verbatim.shared.Inputs;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.References;
import org.verbatim.shared.SlugLookups;
import org.verbatim.shared.Slugs;
import org.verbatim.web.ConflictException;
import org.verbatim.web.MergePatch;
import org.verbatim.web.NotFoundException;
import org.verbatim.web.Preconditions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes topics: creates, replaces, patches and deletes them for the API, and resolves
 * the topics a request refers to or creates inline. Runs in the caller's transaction, so
 * that a request that fails later stores no topic either.
 */
@Service
@Transactional
public class TopicWriter {

	private final TopicRepository topics;

	private final TopicService hierarchy;

	private final MergePatch mergePatch;

	private final List<References> references;

	private final ApplicationEventPublisher events;

	TopicWriter(TopicRepository topics, TopicService hierarchy, MergePatch mergePatch, List<References> references,
			ApplicationEventPublisher events) {
		this.topics = topics;
		this.hierarchy = hierarchy;
		this.mergePatch = mergePatch;
		this.references = references;
		this.events = events;
	}

	/** The topics referred to or created by {@code inputs}, in their order. */
	public Set<Topic> resolveAll(@Nullable List<TopicInput> inputs, String pointer) {
		Set<Topic> resolved = new LinkedHashSet<>();
		if (inputs != null) {
			for (int i = 0; i < inputs.size(); i++) {
				resolved.add(resolve(inputs.get(i), pointer + "/" + i));
			}
		}
		return resolved;
	}

	/**
	 * Looks up at once the topics that the coming {@link #resolve} calls of this
	 * transaction will name, so that those need no query each.
	 */
	public void prefetch(Collection<String> slugs) {
		SlugLookups.prefetch(Topic.class, slugs, this.topics::findBySlugIn, Topic::slug);
	}

	public Topic resolve(@Nullable TopicInput input, String pointer) {
		if (input == null) {
			throw new InvalidInputException(pointer,
					"Required: a topic slug, or an object with `label` to create one.");
		}
		if (input.label() == null) {
			String slug = Inputs.required(input.slug(), pointer, 100);
			return SlugLookups.find(Topic.class, slug, () -> this.topics.findBySlug(slug))
				.orElseThrow(() -> new InvalidInputException(pointer, "No topic has the slug '" + slug + "'. Refer to "
						+ "an existing topic (GET /api/v1/topics), or give `label` to create it."));
		}
		String label = Inputs.required(input.label(), pointer + "/label", 200);
		String slug = Slugs.givenOrFrom(input.slug(), label, pointer);
		Topic existing = SlugLookups.find(Topic.class, slug, () -> this.topics.findBySlug(slug)).orElse(null);
		if (existing != null) {
			if (!existing.label().equals(label)) {
				throw new InvalidInputException(pointer + "/label", "The slug '" + slug + "' is taken by the topic '"
						+ existing.label() + "'. Refer to it by its slug, or give another slug.");
			}
			return existing;
		}
		Topic parent = (input.parent() != null) ? resolve(TopicInput.ref(input.parent()), pointer + "/parent") : null;
		return SlugLookups.created(Topic.class, slug, this.topics.save(
				new Topic(slug, label, Inputs.optional(input.description(), pointer + "/description", 2000), parent)));
	}

	/** A new topic; 409 when the slug is taken, even by a topic of the same label. */
	Topic create(TopicInput input) {
		String label = Inputs.required(input.label(), "/label", 200);
		String slug = Slugs.givenOrFrom(input.slug(), label, "");
		if (this.topics.existsBySlug(slug)) {
			throw new ConflictException("A topic with the slug '" + slug + "' exists already. Change it with "
					+ "PUT /api/v1/topics/" + slug + ", or give this one another slug.",
					List.of("/api/v1/topics/" + slug));
		}
		Topic topic = new Topic(slug, label, null, null);
		fill(topic, input);
		return this.topics.save(topic);
	}

	/** Replaces everything but the slug, if {@code ifMatch} names the current version. */
	Topic replace(String slug, @Nullable String ifMatch, TopicInput input) {
		Topic topic = topic(slug, ifMatch);
		fill(topic, input);
		return topic;
	}

	/**
	 * Applies a JSON merge patch to the input that recreates the topic, and stores the
	 * result as {@link #replace} does.
	 */
	Topic patch(String slug, @Nullable String ifMatch, JsonNode patch) {
		Topic topic = topic(slug, ifMatch);
		fill(topic, this.mergePatch.apply(inputOf(topic), patch, TopicInput.class));
		return topic;
	}

	/** Deletes the topic; 409 naming what still refers to it, subtopics included. */
	void delete(String slug, @Nullable String ifMatch) {
		Topic topic = topic(slug, ifMatch);
		Long id = topic.id();
		List<String> referrers = (id != null) ? References.describe(this.references, References.Target.TOPIC, id)
				: List.of();
		if (!referrers.isEmpty()) {
			throw new ConflictException("The topic '" + slug + "' cannot be deleted while other records refer to it "
					+ "(see `conflicts`). Change or delete those first.", referrers);
		}
		this.topics.delete(topic);
	}

	/**
	 * The input that would recreate the topic as stored: what a merge patch applies to.
	 */
	static TopicInput inputOf(Topic topic) {
		Topic parent = topic.parent();
		return new TopicInput(topic.slug(), topic.label(), topic.description(),
				(parent != null) ? parent.slug() : null);
	}

	/** Stores the input's fields in the topic; the slug stays and no cycle may form. */
	private void fill(Topic topic, TopicInput input) {
		if (input.slug() != null && !input.slug().equals(topic.slug())) {
			throw new InvalidInputException("/slug", "A topic's slug cannot change: other records and links refer "
					+ "to it. Send '" + topic.slug() + "' or leave the slug out.");
		}
		String label = Inputs.required(input.label(), "/label", 200);
		String description = Inputs.optional(input.description(), "/description", 2000);
		Topic parent = null;
		if (input.parent() != null) {
			parent = resolve(TopicInput.ref(input.parent()), "/parent");
			if (parent.slugAndAncestors().contains(topic.slug())) {
				throw new InvalidInputException("/parent",
						"'" + input.parent() + "' is "
								+ (parent.equals(topic) ? "this topic itself" : "below this topic")
								+ "; a topic cannot be its own ancestor. Choose a topic outside its subtree.");
			}
		}
		Topic before = topic.parent();
		boolean moved = topic.id() != null
				&& !Objects.equals((before != null) ? before.id() : null, (parent != null) ? parent.id() : null);
		topic.replace(label, description, parent);
		if (moved) {
			this.events.publishEvent(new TopicMoved(topic.slug(), this.hierarchy.subtreeIds("slug", topic.slug())));
		}
	}

	private Topic topic(String slug, @Nullable String ifMatch) {
		Topic topic = this.topics.findBySlug(slug).orElseThrow(() -> new NotFoundException("topic", slug));
		Preconditions.requireMatch(ifMatch, topic.version(), "topic");
		return topic;
	}

}
