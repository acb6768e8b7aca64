package org.verbatim.annotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.shared.Anchoring;
import org.verbatim.shared.Span;
import org.verbatim.shared.TargetInput;
import org.verbatim.shared.TextSelector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The W3C Web Annotation JSON-LD: valid against the model (see
 * {@link WebAnnotationModel}), served only when asked for, and with selectors that find
 * the annotated words again on their own.
 */
class WebAnnotationTests extends AnnotationTestSupport {

	static final String PROFILE = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

	static final String SEEDED = "the-only-correct-decision";

	/**
	 * Emoji, Cyrillic and combining accents; 32 code points before "the vote 🗳 was held"
	 * is the accent of "cafe\u0301", and 32 after it the "e" of "e\u0301", so that its
	 * context must widen to whole characters.
	 */
	static final String TEXT = "The vote 🗳 was held. Later, at the cafe\u0301 Nuit by the river 🌊 of Mінск, "
			+ "the vote 🗳 was held again, which nobody expected ✨e\u0301 and not even the re\u0301fe\u0301re\u0301e.";

	@Test
	void oneAnnotationIsAValidWebAnnotation() {
		String slug = createDocument(TEXT);
		Answer created = post(slug, """
				{"motivation": "commenting", "body": "A second round 🗳", "topic": "energy",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "the vote 🗳 was held",
				                         "prefix": "Mінск, "}}}
				""");
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		int id = created.json("$.id");

		Answer ld = get("/api/v1/annotations/" + id, "Accept", PROFILE);
		assertThat(ld.status()).isEqualTo(200);
		assertThat(ld.contentType()).isEqualTo("application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\"");
		assertThat(ld.header("ETag")).isEqualTo(created.header("ETag"));
		assertThat(ld.header("Vary")).contains("Accept");
		Map<String, Object> annotation = ld.json("$");
		assertThat(WebAnnotationModel.annotation(annotation, true)).isEmpty();

		String base = "http://localhost:" + this.port;
		assertThat(annotation).containsEntry("@context", "http://www.w3.org/ns/anno.jsonld")
			.containsEntry("id", base + "/api/v1/documents/" + slug + "/annotations/" + id)
			.containsEntry("type", "Annotation")
			.containsEntry("motivation", "commenting")
			.containsEntry("creator", Map.of("type", "Person", "name", EDITOR))
			.containsEntry("created", created.<String>json("$.audit.createdAt"))
			.containsEntry("modified", created.<String>json("$.audit.modifiedAt"));
		assertThat(ld.<List<Object>>json("$.body")).containsExactly(
				Map.of("type", "TextualBody", "purpose", "commenting", "value", "A second round 🗳", "format",
						"text/plain"),
				Map.of("type", "SpecificResource", "purpose", "tagging", "source", base + "/api/v1/topics/energy"));
		assertThat(ld.<String>json("$.target.source")).isEqualTo(base + "/api/v1/documents/" + slug + "/text");
		assertThat(get(ld.<String>json("$.target.source").substring(base.length())).body()).isEqualTo(TEXT);

		// 32 code points of context either side, widened over the combining accent.
		assertThat(ld.<String>json("$.target.selector[0].exact")).isEqualTo("the vote 🗳 was held");
		assertThat(ld.<String>json("$.target.selector[0].prefix")).isEqualTo("e\u0301 Nuit by the river 🌊 of Mінск, ");
		assertThat(ld.<String>json("$.target.selector[0].suffix")).isEqualTo(" again, which nobody expected ✨e\u0301");
	}

	@Test
	void theSelectorsFindTheSameWordsOnTheirOwn() {
		String slug = createDocument(TEXT);
		// "vote 🗳 was held" stands twice: its quote needs the context to tell them
		// apart.
		int second = TEXT.codePointCount(0, TEXT.lastIndexOf("vote 🗳 was held"));
		List<Integer> ids = new ArrayList<>();
		for (String selector : List.of("""
				{"type": "TextPositionSelector", "start": %d, "end": %d}""".formatted(second, second + 15), """
				{"type": "TextQuoteSelector", "exact": "cafe\u0301 Nuit"}""", """
				{"type": "TextQuoteSelector", "exact": "re\u0301fe\u0301re\u0301e"}""", """
				{"type": "TextQuoteSelector", "exact": "The vote 🗳"}""")) {
			Answer created = post(slug, """
					{"motivation": "highlighting", "target": {"selector": [%s]}}
					""".formatted(selector));
			assertThat(created.status()).as("%s", created).isEqualTo(201);
			ids.add(created.json("$.id"));
		}
		String text = get("/api/v1/documents/" + slug + "/text").body();
		assertThat(ids).hasSize(4);
		for (int id : ids) {
			assertSelectorsReResolve(id, text);
		}
		// The seeded annotations, in a longer text with typographic quotes and dashes.
		String seeded = get("/api/v1/documents/" + SEEDED + "/text").body();
		for (Object id : get("/api/v1/documents/" + SEEDED + "/annotations").list("$[*].id")) {
			assertSelectorsReResolve((Integer) id, seeded);
		}
	}

	/**
	 * The TextQuoteSelector alone, resolved in the text as a client would, selects the
	 * span of the TextPositionSelector, which is the stored span; and the selectors as
	 * served can be posted back as the target of a new annotation.
	 */
	private void assertSelectorsReResolve(int id, String text) {
		Answer plain = get("/api/v1/annotations/" + id);
		Answer ld = get("/api/v1/annotations/" + id, "Accept", "application/ld+json");
		assertThat(WebAnnotationModel.annotation(ld.json("$"), true)).isEmpty();
		Map<String, Object> quote = ld
			.<List<Map<String, Object>>>json("$.target.selector[?(@.type == 'TextQuoteSelector')]")
			.get(0);
		Map<String, Object> position = ld
			.<List<Map<String, Object>>>json("$.target.selector[?(@.type == 'TextPositionSelector')]")
			.get(0);
		Span stored = new Span(plain.json("$.target.start"), plain.json("$.target.end"));
		assertThat(new Span((Integer) position.get("start"), (Integer) position.get("end"))).isEqualTo(stored);

		TextSelector.TextQuote selector = new TextSelector.TextQuote("TextQuoteSelector", (String) quote.get("exact"),
				(String) quote.get("prefix"), (String) quote.get("suffix"));
		Anchoring anchoring = new Anchoring(text);
		assertThat(anchoring.resolve(new TargetInput(null, List.of(selector)), "/target")).as("annotation %d", id)
			.isEqualTo(stored);
		assertThat(anchoring.cut(stored)).isEqualTo(quote.get("exact")).isEqualTo(plain.json("$.exact"));
		String prefix = (String) quote.getOrDefault("prefix", "");
		String suffix = (String) quote.getOrDefault("suffix", "");
		assertThat(prefix.codePointCount(0, prefix.length())).isBetween(Math.min(32, stored.start()), 34);
		assertThat(suffix.codePointCount(0, suffix.length())).isBetween(Math.min(32, anchoring.length() - stored.end()),
				34);

		Map<String, Object> target = new HashMap<>(ld.json("$.target"));
		String slug = plain.json("$.document");
		if (!SEEDED.equals(slug)) {
			Answer again = post(slug, """
					{"motivation": "linking", "target": %s}
					""".formatted(literal(target)));
			assertThat(again.status()).as("%s", again).isEqualTo(201);
			assertThat(again.<Map<String, Object>>json("$.target")).isEqualTo(plain.json("$.target"));
		}
	}

	@Test
	void aDocumentsAnnotationsAreAValidAnnotationCollection() {
		Answer ld = get("/api/v1/documents/" + SEEDED + "/annotations", "Accept", "application/ld+json");
		assertThat(ld.status()).isEqualTo(200);
		assertThat(ld.contentType()).isEqualTo("application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\"");
		Map<String, Object> collection = ld.json("$");
		assertThat(WebAnnotationModel.collection(collection)).isEmpty();
		String id = "http://localhost:" + this.port + "/api/v1/documents/" + SEEDED + "/annotations";
		assertThat(collection).containsEntry("id", id)
			.containsEntry("type", "AnnotationCollection")
			.containsEntry("total", 4);
		assertThat(ld.<String>json("$.first.partOf")).isEqualTo(id);
		assertThat(ld.<List<String>>json("$.first.items[*].id")).hasSize(4)
			.doesNotHaveDuplicates()
			.allMatch(item -> item
				.startsWith("http://localhost:" + this.port + "/api/v1/documents/" + SEEDED + "/annotations/"));
		assertThat(ld.<List<String>>json("$.first.items[*].motivation")).containsOnly("describing");
		assertThat(ld.<List<Object>>json("$.first.items[*].target.selector")).hasSize(4);
		// The plain list is unchanged by the negotiation.
		assertThat(get("/api/v1/documents/" + SEEDED + "/annotations").<List<Integer>>json("$[*].id"))
			.containsExactlyElementsOf(ld.<List<String>>json("$.first.items[*].id")
				.stream()
				.map(item -> Integer.valueOf(item.substring(item.lastIndexOf('/') + 1)))
				.toList());
	}

	@Test
	void aDocumentWithoutAnnotationsIsAnEmptyCollection() {
		String slug = createDocument(TEXT);
		Answer ld = get("/api/v1/documents/" + slug + "/annotations", "Accept", PROFILE);
		assertThat(ld.status()).isEqualTo(200);
		assertThat(WebAnnotationModel.collection(ld.json("$"))).isEmpty();
		assertThat(ld.<Integer>json("$.total")).isZero();
		assertThat(ld.body()).doesNotContain("\"first\"");
		assertThat(get("/api/v1/documents/" + slug + "/annotations").body()).isEqualTo("[]");
	}

	@Test
	void aWriteAnswersInTheRepresentationAskedFor() {
		String slug = createDocument(TEXT);
		Answer created = post(slug, """
				{"motivation": "bookmarking",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "nobody expected"}}}
				""", "Accept", PROFILE);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.contentType()).startsWith("application/ld+json");
		assertThat(WebAnnotationModel.annotation(created.json("$"), true)).isEmpty();
		// The id is the annotation's IRI in its document's container (the protocol's),
		// the Location the plain endpoint of the same annotation.
		String number = created.header("Location").substring("/api/v1/annotations/".length());
		assertThat(created.<String>json("$.id"))
			.isEqualTo("http://localhost:" + this.port + "/api/v1/documents/" + slug + "/annotations/" + number);
		assertThat(created.body()).doesNotContain("\"body\"");
	}

	@Test
	void aWebAnnotationCanBePostedAsItIsServed() {
		String from = createDocument(TEXT);
		Answer original = post(from, """
				{"motivation": "questioning", "body": "Held twice?", "topic": "energy",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "vote 🗳 was held",
				                         "prefix": "Mінск, the "}}}
				""");
		String served = get("/api/v1/annotations/" + original.<Integer>json("$.id"), "Accept", PROFILE).body();

		// The same text in another document: the target names that one, the rest is as
		// served.
		String to = createDocument(TEXT);
		String posted = served.replace("/api/v1/documents/" + from + "/text", "/api/v1/documents/" + to);
		Answer created = sendAs("POST", "/api/v1/documents/" + to + "/annotations", "application/ld+json", posted);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.contentType()).isEqualTo("application/json");
		assertThat(created.<Integer>json("$.id")).isNotEqualTo(original.<Integer>json("$.id"));
		for (String field : List.of("motivation", "body", "target", "exact", "topic")) {
			assertThat(created.<Object>json("$." + field)).as(field).isEqualTo(original.json("$." + field));
		}
		assertThat(created.<String>json("$.document")).isEqualTo(to);

		// A bodyValue is the note too, and a tag may be a TextualBody naming the topic's
		// slug.
		Answer tagged = sendAs("POST", "/api/v1/documents/" + to + "/annotations", "application/ld+json", """
				{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "motivation": ["tagging"],
				 "body": {"type": "TextualBody", "purpose": "tagging", "value": "energy"},
				 "target": {"source": "%s", "selector": {"type": "TextPositionSelector", "start": 0, "end": 8}}}
				""".formatted(to), "Accept", PROFILE);
		assertThat(tagged.status()).as("%s", tagged).isEqualTo(201);
		assertThat(WebAnnotationModel.annotation(tagged.json("$"), true)).isEmpty();
		assertThat(tagged.<String>json("$.body[0].source")).endsWith("/api/v1/topics/energy");
		assertThat(tagged.<String>json("$.target.selector[0].exact")).isEqualTo("The vote");
	}

	@Test
	void aWebAnnotationTheArchiveCannotKeepIs422AndStoresNothing() {
		String slug = createDocument(TEXT);
		String path = "/api/v1/documents/" + slug + "/annotations";
		String target = "{\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"The vote\"}}";
		Map<String, String> refusals = Map.of(
				"{\"motivation\": [\"commenting\", \"tagging\"], \"target\": " + target + "}", "/motivation",
				"{\"motivation\": \"commenting\", \"target\": \"http://example.org/page\"}", "/target",
				"{\"motivation\": \"commenting\", \"target\": " + target + ", \"stylesheet\": 1, \"foo\": 2}", "/foo",
				"{\"motivation\": \"commenting\", \"body\": \"http://example.org/note\", \"target\": " + target + "}",
				"/body/0",
				"{\"motivation\": \"commenting\", \"target\": {\"selector\": {\"type\": \"CssSelector\", "
						+ "\"value\": \"p\"}}}",
				"/target/selector/0",
				"{\"motivation\": \"commenting\", \"target\": {\"source\": \"http://example.org/other\", "
						+ "\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"The vote\"}}}",
				"/target/source");
		refusals.forEach((body, pointer) -> {
			Answer answer = sendAs("POST", path, "application/ld+json", body);
			assertThat(answer.status()).as(body).isEqualTo(422);
			assertThat(answer.<String>json("$.errors[0].pointer")).as(body).isEqualTo(pointer);
		});
		assertThat(get(path).list("$")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "|false", "*/*|false", "application/json|false", "application/ld+json|true",
			"'application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\"'|true",
			"'application/json, application/ld+json'|false", "'application/ld+json, application/json'|true",
			"'application/ld+json, */*'|true", "'*/*, application/ld+json'|true",
			"'application/ld+json;q=0.5, application/json'|false", "'application/json;q=0.5, application/ld+json'|true",
			"'application/*+json'|false", "'application/ld+json;q=0'|false", "'not a media type'|false" })
	void jsonLdIsServedWhenTheClientPrefersIt(String accept, boolean jsonLd) {
		assertThat(AnnotationsController.prefersJsonLd(accept)).isEqualTo(jsonLd);
	}

	@Test
	void plainJsonStaysTheDefault() {
		for (String accept : List.of("*/*", "application/json", "application/*")) {
			Answer answer = get("/api/v1/annotations/1", "Accept", accept);
			assertThat(answer.contentType()).as(accept).isEqualTo("application/json");
			assertThat(answer.<String>json("$.exact")).isNotBlank();
		}
		assertThat(get("/api/v1/annotations/1", "Accept", "text/html").status()).isEqualTo(406);
	}

	@Test
	void theModelCheckCatchesWhatTheModelForbids() {
		Map<String, Object> valid = get("/api/v1/annotations/1", "Accept", PROFILE).json("$");
		assertThat(WebAnnotationModel.annotation(valid, true)).isEmpty();
		Map<String, Object> broken = new HashMap<>(valid);
		broken.remove("@context");
		broken.put("id", "annotations/1");
		broken.put("type", "Note");
		broken.put("motivation", "liking");
		broken.put("created", "28 November 2026");
		broken.put("bodyValue", "both");
		broken.put("creator", Map.of("type", "Robot"));
		broken.put("target",
				Map.of("source", "http://example.org/text", "selector",
						List.of(Map.of("type", "TextPositionSelector", "start", 5, "end", 2),
								Map.of("type", "TextQuoteSelector", "exact", ""), Map.of("type", "RangeSelector"))));
		assertThat(WebAnnotationModel.annotation(broken, true)).hasSize(10)
			.anyMatch(e -> e.startsWith("@context"))
			.anyMatch(e -> e.startsWith("id"))
			.anyMatch(e -> e.startsWith("type"))
			.anyMatch(e -> e.startsWith("motivation"))
			.anyMatch(e -> e.startsWith("created"))
			.anyMatch(e -> e.startsWith("body and bodyValue"))
			.anyMatch(e -> e.startsWith("creator/type"))
			.anyMatch(e -> e.startsWith("target/0/selector/0"))
			.anyMatch(e -> e.startsWith("target/0/selector/1/exact"))
			.anyMatch(e -> e.startsWith("target/0/selector/2/type"));
		broken.remove("target");
		assertThat(WebAnnotationModel.annotation(broken, true)).contains("target: required");
	}

}
