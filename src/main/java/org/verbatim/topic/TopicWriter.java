package org.verbatim.topic;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.verbatim.shared.Inputs;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes topics, and resolves the topics a request refers to or creates inline. Runs in
 * the caller's transaction, so that a request that fails later stores no topic either.
 */
@Service
@Transactional
public class TopicWriter {

	private final TopicRepository topics;

	TopicWriter(TopicRepository topics) {
		this.topics = topics;
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

	public Topic resolve(@Nullable TopicInput input, String pointer) {
		if (input == null) {
			throw new InvalidInputException(pointer,
					"Required: a topic slug, or an object with `label` to create one.");
		}
		if (input.label() == null) {
			String slug = Inputs.required(input.slug(), pointer, 100);
			return this.topics.findBySlug(slug)
				.orElseThrow(() -> new InvalidInputException(pointer, "No topic has the slug '" + slug + "'. Refer to "
						+ "an existing topic (GET /api/v1/topics), or give `label` to create it."));
		}
		String label = Inputs.required(input.label(), pointer + "/label", 200);
		String slug = Slugs.givenOrFrom(input.slug(), label, pointer);
		Topic existing = this.topics.findBySlug(slug).orElse(null);
		if (existing != null) {
			if (!existing.label().equals(label)) {
				throw new InvalidInputException(pointer + "/label", "The slug '" + slug + "' is taken by the topic '"
						+ existing.label() + "'. Refer to it by its slug, or give another slug.");
			}
			return existing;
		}
		Topic parent = (input.parent() != null) ? resolve(TopicInput.ref(input.parent()), pointer + "/parent") : null;
		return this.topics
			.save(new Topic(slug, label, Inputs.optional(input.description(), pointer + "/description", 2000), parent));
	}

}
