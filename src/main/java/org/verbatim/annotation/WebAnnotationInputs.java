package org.verbatim.annotation;

import java.net.URI;
import java.net.URISyntaxException;
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
 * the topic, a target in the document's text by its selectors, and the {@code canonical}
 * and {@code via} IRIs. What the server sets itself ({@code creator}, {@code created},
 * ...) is ignored, and an {@code id} becomes {@code via}, as the Web Annotation Protocol
 * says; anything the archive cannot store is a 422 naming it.
 */
@Component
class WebAnnotationInputs {

	/** Properties of the model that the server sets or does not keep. */
	private static final Set<String> IGNORED = Set.of("@context", "id", "type", "creator", "created", "modified",
			"generator", "generated", "audience", "rights", "stylesheet");

	private static final Set<String> KNOWN = Set.of("motivation", "body", "bodyValue", "target", "canonical", "via");

	private final ObjectMapper mapper;

	WebAnnotationInputs(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	/** Longest {@code canonical} or {@code via} IRI kept, as the columns hold. */
	static final int IRI = 2000;

	/**
	 * A W3C annotation as sent: what the archive stores, the {@code id} it had elsewhere,
	 * and its {@code canonical} and {@code via} IRIs.
	 */
	record Linked(AnnotationInput annotation, @Nullable String id, @Nullable String canonical, @Nullable String via) {

		/**
		 * The {@code via} to keep: the {@code id} the annotation was sent with (which the
		 * server replaces), else the {@code via} sent.
		 */
		@Nullable String viaToKeep() {
			return (this.id != null) ? this.id : this.via;
		}

	}

	AnnotationInput read(JsonNode annotation) {
		return readLinked(annotation).annotation();
	}

	/** The annotation with its {@code id}, {@code canonical} and {@code via} IRIs. */
	Linked readLinked(JsonNode annotation) {
		if (!annotation.isObject()) {
			throw new InvalidInputException("", "A Web Annotation is a JSON object.");
		}
		StorableText.check(annotation, "");
		for (String name : annotation.propertyNames()) {
			if (!KNOWN.contains(name) && !IGNORED.contains(name)) {
				throw new InvalidInputException("/" + name, "Not a property of the Web Annotation Data Model that "
						+ "the archive keeps. Accepted: motivation, body, bodyValue, target, canonical, via.");
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
		String id = iri(annotation.get("id"), "/id", errors);
		String canonical = iri(annotation.get("canonical"), "/canonical", errors);
		String via = iri(annotation.get("via"), "/via", errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new Linked(new AnnotationInput(motivation, note, target, topic, null), id, canonical, via);
	}

	/** An absolute IRI (a string with a scheme) of at most {@link #IRI} characters. */
	private static @Nullable String iri(@Nullable JsonNode node, String pointer,
			List<InvalidInputException.InputError> errors) {
		String value = text(node, pointer, errors);
		if (value == null) {
			return null;
		}
		boolean absolute;
		try {
			absolute = new URI(value).isAbsolute();
		}
		catch (URISyntaxException ex) {
			absolute = false;
		}
		if (!absolute || value.length() > IRI) {
			errors.add(new InvalidInputException.InputError(pointer,
					"Expected an absolute IRI (with a scheme, such as https: or urn:) of at most " + IRI
							+ " characters."));
			return null;
		}
		return value;
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
