package org.verbatim.annotation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The constraints of the W3C Web Annotation Data Model
 * (https://www.w3.org/TR/annotation-model/) that Verbatim's JSON-LD uses, checked on
 * parsed JSON: the MUSTs of sections 3.1 to 3.3 (the ones the W3C test suite's
 * "annotationMusts" assertions cover: context, IRI, type, target, body or bodyValue,
 * motivation, dates, agents), the selectors of section 4.2 and the collections of section
 * 5. Written from the specification; it returns every violation rather than stopping at
 * the first.
 */
final class WebAnnotationModel {

	static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

	/** Section 3.3.5: the motivations (and purposes) the model defines. */
	static final Set<String> MOTIVATIONS = Set.of("assessing", "bookmarking", "classifying", "commenting", "describing",
			"editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging");

	/** The lexical space of xsd:dateTime (XML Schema 1.1 part 2, 3.3.7). */
	static final Pattern XSD_DATE_TIME = Pattern
		.compile("-?([1-9][0-9]{3,}|0[0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
				+ "T(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?|(24:00:00(\\.0+)?))"
				+ "(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?");

	private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+(;.*)?");

	private static final Set<String> AGENT_TYPES = Set.of("Person", "Organization", "Software");

	private WebAnnotationModel() {
	}

	/**
	 * What the annotation violates; empty when it is valid.
	 * @param standalone whether it is a document of its own (and so needs
	 * {@code @context}) rather than an item of a page
	 */
	static List<String> annotation(Map<String, Object> a, boolean standalone) {
		List<String> errors = new ArrayList<>();
		noNulls(a, "", errors);
		if (standalone || a.containsKey("@context")) {
			context(a.get("@context"), errors);
		}
		iri(a.get("id"), "id", errors);
		if (!hasValue(a.get("type"), "Annotation")) {
			errors.add("type: must be (or include) 'Annotation', is " + a.get("type"));
		}
		if (!a.containsKey("target")) {
			errors.add("target: required");
		}
		else {
			List<Object> targets = values(a.get("target"));
			if (targets.isEmpty()) {
				errors.add("target: at least one required");
			}
			for (int i = 0; i < targets.size(); i++) {
				resource(targets.get(i), "target/" + i, errors);
			}
		}
		if (a.containsKey("body") && a.containsKey("bodyValue")) {
			errors.add("body and bodyValue: not both");
		}
		if (a.containsKey("body")) {
			List<Object> bodies = values(a.get("body"));
			if (bodies.isEmpty()) {
				errors.add("body: when present, at least one");
			}
			for (int i = 0; i < bodies.size(); i++) {
				resource(bodies.get(i), "body/" + i, errors);
			}
		}
		if (a.containsKey("bodyValue") && !(a.get("bodyValue") instanceof String)) {
			errors.add("bodyValue: must be one string");
		}
		if (a.containsKey("motivation")) {
			List<Object> motivations = values(a.get("motivation"));
			if (motivations.isEmpty() || !motivations.stream().allMatch(MOTIVATIONS::contains)) {
				errors.add("motivation: must be from the W3C list, is " + a.get("motivation"));
			}
		}
		for (String key : List.of("created", "modified", "generated")) {
			if (a.containsKey(key)) {
				dateTime(a.get(key), key, errors);
			}
		}
		for (String key : List.of("creator", "generator")) {
			if (a.containsKey(key)) {
				for (Object agent : values(a.get(key))) {
					agent(agent, key, errors);
				}
			}
		}
		for (String key : List.of("rights", "canonical", "via")) {
			if (a.containsKey(key)) {
				values(a.get(key)).forEach(value -> iri(value, key, errors));
			}
		}
		return errors;
	}

	/** What a collection with its embedded first page violates (section 5). */
	static List<String> collection(Map<String, Object> c) {
		List<String> errors = new ArrayList<>();
		noNulls(c, "", errors);
		context(c.get("@context"), errors);
		iri(c.get("id"), "id", errors);
		if (!hasValue(c.get("type"), "AnnotationCollection")) {
			errors.add("type: must be (or include) 'AnnotationCollection', is " + c.get("type"));
		}
		if (!(c.get("total") instanceof Integer total) || total < 0) {
			errors.add("total: must be a non-negative integer, is " + c.get("total"));
			return errors;
		}
		if (total == 0) {
			if (c.containsKey("first")) {
				errors.add("first: an empty collection has no pages");
			}
			return errors;
		}
		if (!(c.get("first") instanceof Map<?, ?> page)) {
			errors.add("first: a collection with annotations links or embeds its first page");
			return errors;
		}
		iri(page.get("id"), "first/id", errors);
		if (!hasValue(page.get("type"), "AnnotationPage")) {
			errors.add("first/type: must be 'AnnotationPage', is " + page.get("type"));
		}
		if (page.containsKey("partOf") && !c.get("id").equals(page.get("partOf"))) {
			errors.add("first/partOf: must be the collection, is " + page.get("partOf"));
		}
		if (page.containsKey("startIndex") && !Integer.valueOf(0).equals(page.get("startIndex"))) {
			errors.add("first/startIndex: the first page starts at 0, is " + page.get("startIndex"));
		}
		if (!(page.get("items") instanceof List<?> items) || items.isEmpty()) {
			errors.add("first/items: a page has one or more items");
			return errors;
		}
		if (!page.containsKey("next") && items.size() != total) {
			errors.add("total: " + total + " but the only page holds " + items.size());
		}
		for (int i = 0; i < items.size(); i++) {
			if (!(items.get(i) instanceof Map<?, ?> item)) {
				errors.add("first/items/" + i + ": must be an annotation object");
				continue;
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> annotation = (Map<String, Object>) item;
			String at = "first/items/" + i + "/";
			annotation(annotation, false).forEach(error -> errors.add(at + error));
		}
		return errors;
	}

	/**
	 * A body or target: an IRI, or an object that is a TextualBody (section 3.2.4), a
	 * SpecificResource (section 4) or an external resource with an IRI (section 3.2.1).
	 */
	private static void resource(Object resource, String at, List<String> errors) {
		if (resource instanceof String iri) {
			iri(iri, at, errors);
			return;
		}
		if (!(resource instanceof Map<?, ?> object)) {
			errors.add(at + ": must be an IRI or an object");
			return;
		}
		if (object.containsKey("purpose")) {
			List<Object> purposes = values(object.get("purpose"));
			if (!purposes.stream().allMatch(MOTIVATIONS::contains)) {
				errors.add(at + "/purpose: must be from the W3C list, is " + object.get("purpose"));
			}
		}
		if (object.containsKey("format")
				&& !(object.get("format") instanceof String format && MEDIA_TYPE.matcher(format).matches())) {
			errors.add(at + "/format: must be one media type, is " + object.get("format"));
		}
		if (hasValue(object.get("type"), "TextualBody") || object.containsKey("value")) {
			if (!(object.get("value") instanceof String)) {
				errors.add(at + "/value: a TextualBody has one string value");
			}
			if (object.containsKey("source")) {
				errors.add(at + ": a TextualBody has a value, not a source");
			}
			return;
		}
		if (object.containsKey("source") || object.containsKey("selector")
				|| hasValue(object.get("type"), "SpecificResource")) {
			iri(object.get("source"), at + "/source", errors);
			if (object.containsKey("selector")) {
				List<Object> selectors = values(object.get("selector"));
				if (selectors.isEmpty()) {
					errors.add(at + "/selector: when present, at least one");
				}
				for (int i = 0; i < selectors.size(); i++) {
					selector(selectors.get(i), at + "/selector/" + i, errors);
				}
			}
			return;
		}
		iri(object.get("id"), at + "/id", errors);
	}

	/** Section 4.2.4 and 4.2.5: the two text selectors Verbatim uses. */
	private static void selector(Object selector, String at, List<String> errors) {
		if (!(selector instanceof Map<?, ?> s)) {
			errors.add(at + ": must be a selector object");
			return;
		}
		Object type = s.get("type");
		if ("TextQuoteSelector".equals(type)) {
			if (!(s.get("exact") instanceof String exact) || exact.isEmpty()) {
				errors.add(at + "/exact: a TextQuoteSelector has one non-empty exact string");
			}
			for (String key : List.of("prefix", "suffix")) {
				if (s.containsKey(key) && !(s.get(key) instanceof String)) {
					errors.add(at + "/" + key + ": must be one string");
				}
			}
		}
		else if ("TextPositionSelector".equals(type)) {
			if (!(s.get("start") instanceof Integer start) || start < 0 || !(s.get("end") instanceof Integer end)
					|| end < start) {
				errors.add(at + ": a TextPositionSelector has integers 0 <= start <= end, has " + s);
			}
		}
		else {
			errors.add(at + "/type: not a text selector of the model: " + type);
		}
	}

	/** Section 3.3.2: an agent is an IRI or an object, typed if at all as an agent. */
	private static void agent(Object agent, String at, List<String> errors) {
		if (agent instanceof String iri) {
			iri(iri, at, errors);
			return;
		}
		if (!(agent instanceof Map<?, ?> object)) {
			errors.add(at + ": must be an IRI or an agent object");
			return;
		}
		if (object.containsKey("id")) {
			iri(object.get("id"), at + "/id", errors);
		}
		if (object.containsKey("type") && !values(object.get("type")).stream().allMatch(AGENT_TYPES::contains)) {
			errors.add(at + "/type: must be Person, Organization or Software, is " + object.get("type"));
		}
		for (String key : List.of("name", "nickname")) {
			if (object.containsKey(key) && !(object.get(key) instanceof String)) {
				errors.add(at + "/" + key + ": must be one string");
			}
		}
	}

	private static void context(Object context, List<String> errors) {
		if (!hasValue(context, CONTEXT)) {
			errors.add("@context: must be (or include) " + CONTEXT + ", is " + context);
		}
	}

	private static void dateTime(Object value, String at, List<String> errors) {
		if (!(value instanceof String text) || !XSD_DATE_TIME.matcher(text).matches()) {
			errors.add(at + ": must be one xsd:dateTime, is " + value);
		}
		else if (!text.endsWith("Z") && !text.matches(".*[+-]\\d\\d:\\d\\d$")) {
			errors.add(at + ": should have a timezone, is " + value);
		}
	}

	private static void iri(Object value, String at, List<String> errors) {
		if (!(value instanceof String text)) {
			errors.add(at + ": must be one IRI, is " + value);
			return;
		}
		try {
			URI uri = new URI(text);
			if (!uri.isAbsolute()) {
				errors.add(at + ": must be an absolute IRI, is " + text);
			}
		}
		catch (URISyntaxException ex) {
			errors.add(at + ": not an IRI: " + text);
		}
	}

	/** JSON-LD drops null values, so a null is a property the client would not see. */
	private static void noNulls(Object value, String at, List<String> errors) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> {
				if (item == null) {
					errors.add(at + "/" + key + ": null");
				}
				else {
					noNulls(item, at + "/" + key, errors);
				}
			});
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				noNulls(list.get(i), at + "/" + i, errors);
			}
		}
	}

	private static boolean hasValue(Object value, String expected) {
		return values(value).contains(expected);
	}

	/** A JSON-LD value that may be one item or an array of them. */
	private static List<Object> values(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return new ArrayList<>(list);
		}
		return List.of(value);
	}

}
