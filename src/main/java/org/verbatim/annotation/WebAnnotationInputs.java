package org.verbatim.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.shared.TargetInput;
import org.verbatim.shared.TextSelector;
import org.verbatim.topic.TopicInput;
import org.verbatim.web.StorableText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * Reads a W3C Web Annotation (JSON-LD) as an {@link AnnotationInput}: its motivation, a
 * TextualBody (or {@code bodyValue}) as the note, a body with purpose {@code tagging} as
 * the topic, and a target in the document's text by its selectors. What the server sets
 * itself ({@code id}, {@code creator}, {@code created}, ...) is ignored, as the Web
 * Annotation Protocol allows; anything the archive cannot store is a 422 naming it.
 */
@Component
class WebAnnotationInputs {

	/** Properties of the model that the server sets or does not keep. */
	private static final Set<String> IGNORED = Set.of("@context", "id", "type", "creator", "created", "modified",
			"generator", "generated", "audience", "rights", "canonical", "via", "stylesheet");

	private static final Set<String> KNOWN = Set.of("motivation", "body", "bodyValue", "target");

	private final ObjectMapper mapper;

	WebAnnotationInputs(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	AnnotationInput read(JsonNode annotation) {
		if (!annotation.isObject()) {
			throw new InvalidInputException("", "A Web Annotation is a JSON object.");
		}
		StorableText.check(annotation, "");
		for (String name : annotation.propertyNames()) {
			if (!KNOWN.contains(name) && !IGNORED.contains(name)) {
				throw new InvalidInputException("/" + name, "Not a property of the Web Annotation Data Model that "
						+ "the archive keeps. Accepted: motivation, body, bodyValue, target.");
			}
		}
		List<InvalidInputException.InputError> errors = new ArrayList<>();
		String motivation = single(annotation.get("motivation"), "/motivation", errors);
		String note = text(annotation.get("bodyValue"), "/bodyValue", errors);
		TopicInput topic = null;
		List<JsonNode> bodies = list(annotation.get("body"));
		for (int i = 0; i < bodies.size(); i++) {
			String at = "/body/" + i;
			JsonNode body = bodies.get(i);
			String purpose = single(body.get("purpose"), at + "/purpose", errors);
			if ("tagging".equals(purpose)) {
				String tag = text(body.has("value") ? body.get("value")
						: body.has("source") ? body.get("source") : body.get("id"), at, errors);
				if (topic != null) {
					errors.add(new InvalidInputException.InputError(at, "An annotation has one topic here."));
				}
				topic = (tag != null) ? TopicInput.ref(topicSlug(tag)) : null;
			}
			else if (body.isObject() && body.has("value")) {
				if (note != null) {
					errors.add(new InvalidInputException.InputError(at,
							"An annotation has one note here: one TextualBody or bodyValue."));
				}
				note = text(body.get("value"), at + "/value", errors);
			}
			else {
				errors.add(new InvalidInputException.InputError(at, "Accepted bodies: a TextualBody (the note), or "
						+ "a body with purpose `tagging` naming a topic (its slug, or its IRI .../api/v1/topics/{slug})."));
			}
		}
		TargetInput target = target(annotation.get("target"), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new AnnotationInput(motivation, note, target, topic, null);
	}

	private @Nullable TargetInput target(@Nullable JsonNode node, List<InvalidInputException.InputError> errors) {
		List<JsonNode> targets = list(node);
		if (targets.size() != 1 || !targets.get(0).isObject()) {
			errors.add(new InvalidInputException.InputError("/target", "Required: one target object with `source` "
					+ "(the document) and `selector` (TextQuoteSelector and/or TextPositionSelector)."));
			return null;
		}
		JsonNode target = targets.get(0);
		String at = node.isArray() ? "/target/0" : "/target";
		String source = text(target.get("source"), at + "/source", errors);
		List<TextSelector> selectors = new ArrayList<>();
		List<JsonNode> nodes = list(target.get("selector"));
		for (int i = 0; i < nodes.size(); i++) {
			TextSelector selector = null;
			try {
				selector = this.mapper.treeToValue(nodes.get(i), TextSelector.class);
			}
			catch (JacksonException ex) {
				// reported below, as a null item is
			}
			if (selector != null) {
				selectors.add(selector);
			}
			else {
				errors.add(new InvalidInputException.InputError(at + "/selector/" + i,
						"Accepted: a TextQuoteSelector (exact, prefix, suffix) or a TextPositionSelector (start, end)."));
			}
		}
		return new TargetInput(source, selectors);
	}

	/** The slug of a topic named by slug or by its IRI. */
	private static String topicSlug(String tag) {
		int at = tag.lastIndexOf("/api/v1/topics/");
		return (at >= 0) ? tag.substring(at + "/api/v1/topics/".length()) : tag;
	}

	/** A string, or an array of one string. */
	private static @Nullable String single(@Nullable JsonNode node, String pointer,
			List<InvalidInputException.InputError> errors) {
		List<JsonNode> values = list(node);
		if (values.size() > 1) {
			errors.add(new InvalidInputException.InputError(pointer, "One value is kept here, not " + values.size()));
			return null;
		}
		return values.isEmpty() ? null : text(values.get(0), pointer, errors);
	}

	private static @Nullable String text(@Nullable JsonNode node, String pointer,
			List<InvalidInputException.InputError> errors) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			errors.add(new InvalidInputException.InputError(pointer, "Expected a string."));
			return null;
		}
		return node.asString();
	}

	/** A JSON-LD value that may be one item or an array of them. */
	private static List<JsonNode> list(@Nullable JsonNode node) {
		List<JsonNode> items = new ArrayList<>();
		if (node == null || node.isNull()) {
			return items;
		}
		if (node.isArray()) {
			node.forEach(items::add);
		}
		else {
			items.add(node);
		}
		return items;
	}

}
