package org.verbatim.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes and annotations anchored in a document's text by W3C selectors: resolved to one
 * span of whole characters in code points, refused when ambiguous, and moved with the
 * text when it changes.
 */
class AnchoringApiTests extends CurationApiTest {

	@Test
	void anAmbiguousQuoteSelectorIs422UntilPrefixOrPositionDecides() {
		Map<String, Object> body = speech(unique("ambiguous"), unique("amb-speaker"), "Amb Speaker");
		body.put("quotes", json("""
				[{"target": {"selector": {"type": "TextQuoteSelector", "exact": "not a threat to anyone"}}}]"""));
		Answer ambiguous = post(body);
		assertThat(ambiguous.status()).isEqualTo(422);
		assertThat((String) ambiguous.json("$.errors[0].detail")).contains("2 places")
			.contains("[27, 49)")
			.contains("[74, 96)");

		body.put("quotes", json("""
				[{"target": {"selector": [{"type": "TextQuoteSelector", "exact": "not a threat to anyone"},
				                          {"type": "TextPositionSelector", "start": 74, "end": 96}]}}]"""));
		Answer decided = post(body);
		assertThat(decided.status()).as("%s", decided).isEqualTo(201);
		assertThat((Integer) decided.json("$.quotes[0].occurrences[0].start")).isEqualTo(74);
	}

	@Test
	void selectorsThatDisagreeAre422() {
		Map<String, Object> body = speech(unique("disagree"), unique("dis-speaker"), "Dis Speaker");
		body.put("quotes", json("""
				[{"target": {"selector": [{"type": "TextQuoteSelector", "exact": "Dear friends"},
				                          {"type": "TextPositionSelector", "start": 1, "end": 13}]}}]"""));
		Answer answer = post(body);
		assertThat(answer.status()).isEqualTo(422);
		assertThat((String) answer.json("$.errors[0].detail")).contains("disagree");
	}

	@Test
	void offsetsCountCodePointsThroughEmojiAndKeepCombiningAccentsWhole() {
		// "😀" is one code point but two UTF-16 units; "é" is written as e + U+0301.
		String text = "Intro 😀😀 then the cafe\u0301 speech: Liberte\u0301 is the word.";
		Map<String, Object> body = json(
				"""
						{"slug": "%s", "title": "Emoji and accents", "kind": "ARTICLE", "language": "fr", "text": "%s",
						 "quotes": [{"target": {"selector": {"type": "TextQuoteSelector", "exact": "Liberte\u0301 is the word"}}}]}
						"""
					.formatted(unique("emoji"), text));
		Answer created = post(body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		int start = text.codePointCount(0, text.indexOf("Liberte"));
		assertThat(start).isEqualTo(text.indexOf("Liberte") - 2);
		assertThat((Integer) created.json("$.quotes[0].occurrences[0].start")).isEqualTo(start);
		assertThat((Integer) created.json("$.quotes[0].occurrences[0].end")).isEqualTo(start + 20);
		assertThat((Integer) created.json("$.length")).isEqualTo(text.codePointCount(0, text.length()));

		// "cafe" without its accent is not a whole-character match, nor a span ending
		// between e and the accent.
		body.put("slug", unique("accent"));
		body.put("quotes", json("""
				[{"target": {"selector": {"type": "TextQuoteSelector", "exact": "the cafe"}}}]"""));
		Answer split = post(body);
		assertThat(split.status()).isEqualTo(422);
		assertThat((String) split.json("$.errors[0].detail")).contains("whole characters");
		int cafe = text.codePointCount(0, text.indexOf("cafe"));
		String positionSelector = """
				[{"target": {"selector": {"type": "TextPositionSelector", "start": %d, "end": %d}}}]""";
		body.put("quotes", json(positionSelector.formatted(cafe, cafe + 4)));
		Answer position = post(body);
		assertThat(position.status()).isEqualTo(422);
		assertThat((String) position.json("$.errors[0].detail")).contains("combining mark");
		body.put("quotes", json(positionSelector.formatted(cafe, cafe + 5)));
		Answer whole = post(body);
		assertThat(whole.status()).as("%s", whole).isEqualTo(201);
		assertThat((String) whole.json("$.quotes[0].text")).isEqualTo("cafe\u0301");
		// The emoji itself can be annotated, as one code point.
		Answer annotations = get("/api/v1/documents/" + body.get("slug") + "/annotations");
		assertThat(annotations.status()).isEqualTo(200);
	}

	@Test
	void theSeededArticleReimportedThroughTheApiReproducesItsQuotesAndOffsets() {
		String seed = "the-only-correct-decision";
		Answer detail = get("/api/v1/documents/" + seed);
		String text = get("/api/v1/documents/" + seed + "/text").body();
		Map<String, Object> body = new LinkedHashMap<>();
		String slug = unique("reimported");
		body.put("slug", slug);
		for (String field : List.of("title", "subtitle", "kind", "language", "publisher", "sourceUrl")) {
			body.put(field, detail.json("$." + field));
		}
		body.put("date", detail.json("$.date.value"));
		body.put("text", text);
		List<Map<String, Object>> authors = detail.list("$.authors[*]")
			.stream()
			.map(a -> (Map<?, ?>) a)
			.map(a -> CurationApiTest.<Map<String, Object>>json("""
					{"person": %s, "bylineName": %s, "bylineRole": %s, "role": %s}""".formatted(
					literal(((Map<?, ?>) a.get("person")).get("slug")), literal(a.get("bylineName")),
					literal(a.get("bylineRole")), literal(a.get("role")))))
			.toList();
		body.put("authors", authors);
		body.put("topics", detail.list("$.topics[*].slug"));
		body.put("sections", detail.list("$.sections[*]").stream().map(s -> (Map<?, ?>) s).map(s -> {
			Map<String, Object> section = new LinkedHashMap<>();
			section.put("kind", s.get("kind"));
			section.put("heading", s.get("heading"));
			section.put("target", json("""
					{"selector": {"type": "TextPositionSelector", "start": %d, "end": %d}}""".formatted(s.get("start"),
					s.get("end"))));
			return section;
		}).toList());
		List<Map<String, Object>> quotes = new ArrayList<>();
		for (Object id : detail.list("$.quotes[*].id")) {
			Answer quote = get("/api/v1/quotes/" + id);
			Map<String, Object> q = new LinkedHashMap<>();
			q.put("kind", quote.json("$.kind"));
			Map<String, Object> speaker = new LinkedHashMap<>();
			if (quote.json("$.speaker.person") != null) {
				speaker.put("person", quote.json("$.speaker.person.slug"));
			}
			if (quote.json("$.speaker.organisation") != null) {
				speaker.put("organisation", quote.json("$.speaker.organisation.slug"));
			}
			if (quote.json("$.speaker.group") != null) {
				speaker.put("group", quote.json("$.speaker.group"));
			}
			q.put("speaker", speaker);
			q.put("attribution", quote.json("$.speaker.attribution"));
			q.put("event", (quote.json("$.event") != null) ? quote.json("$.event.slug") : null);
			q.put("date", (quote.json("$.date") != null) ? json("""
					{"value": %s, "inferredFrom": %s}""".formatted(literal(quote.json("$.date.value")),
					literal(String.valueOf((Object) quote.json("$.date.inferredFrom"))))) : null);
			if (quote.json("$.date") != null && quote.json("$.date.inferredFrom") == null) {
				q.put("date", quote.json("$.date.value"));
			}
			q.put("topics", quote.list("$.topics[*].slug"));
			// Anchored by the words and their context alone, as an editor would.
			List<Object> targets = new ArrayList<>();
			for (Object occurrence : quote.list("$.occurrences[*]")) {
				int start = (Integer) ((Map<?, ?>) occurrence).get("start");
				int end = (Integer) ((Map<?, ?>) occurrence).get("end");
				targets.add(json("""
						{"selector": %s}""".formatted(contextSelector(text, start, end))));
			}
			q.put("target", targets);
			quotes.add(q);
		}
		body.put("quotes", quotes);
		Answer annotations = get("/api/v1/documents/" + seed + "/annotations");
		body.put("annotations", annotations.list("$[*]").stream().map(a -> (Map<?, ?>) a).map(a -> {
			Map<String, Object> annotation = new LinkedHashMap<>();
			annotation.put("motivation", a.get("motivation"));
			annotation.put("body", a.get("body"));
			Map<?, ?> target = (Map<?, ?>) a.get("target");
			annotation.put("target", json("""
					{"selector": %s}"""
				.formatted(contextSelector(text, (Integer) target.get("start"), (Integer) target.get("end")))));
			return annotation;
		}).toList());

		Answer created = post(body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat((String) created.json("$.sha256")).isEqualTo(detail.json("$.sha256"));
		assertThat(created.list("$.sections")).isEqualTo(detail.list("$.sections"));
		assertThat(created.list("$.authors")).isEqualTo(detail.list("$.authors"));
		for (String field : List.of("text", "kind", "speakerKind", "speaker", "speakerSlug", "occurrences")) {
			assertThat(created.list("$.quotes[*]." + field)).as(field).isEqualTo(detail.list("$.quotes[*]." + field));
		}
		Answer reannotated = get("/api/v1/documents/" + slug + "/annotations");
		assertThat(reannotated.list("$[*].target")).isEqualTo(annotations.list("$[*].target"));
		assertThat(reannotated.list("$[*].exact")).isEqualTo(annotations.list("$[*].exact"));
	}

	/** A TextQuoteSelector with up to 32 code points of context either side, as JSON. */
	private static String contextSelector(String text, int start, int end) {
		int from = text.offsetByCodePoints(0, start);
		int to = text.offsetByCodePoints(0, end);
		int before = text.offsetByCodePoints(0, Math.max(0, start - 32));
		int length = text.codePointCount(0, text.length());
		int after = text.offsetByCodePoints(0, Math.min(length, end + 32));
		return """
				{"type": "TextQuoteSelector", "exact": %s, "prefix": %s, "suffix": %s}""".formatted(
				literal(text.substring(from, to)), literal(text.substring(before, from)),
				literal(text.substring(to, after)));
	}

	@Test
	void changingTheTextReanchorsQuotesOrIsRefused() {
		String slug = unique("reanchor");
		Answer created = post(speech(slug, unique("re-speaker"), "Re Speaker"));
		String path = "/api/v1/documents/" + slug;
		String auth = "Bearer " + EDITOR_TOKEN;

		Answer moved = send("PATCH", path, """
				{"text": "Transcript. %s"}""".formatted(SPEECH), "Authorization", auth, "Content-Type",
				"application/merge-patch+json", "If-Match", created.header("ETag"));
		assertThat(moved.status()).as("%s", moved).isEqualTo(200);
		assertThat(moved.list("$.quotes[*].occurrences[0].start")).containsExactly(18 + 12, 98 + 12);
		assertThat(get("/api/v1/documents/" + slug + "/annotations").list("$[*].target.start"))
			.containsExactly(51 + 12);

		Answer refused = send("PATCH", path, """
				{"text": "Dear friends! We will build it together."}""", "Authorization", auth, "Content-Type",
				"application/merge-patch+json", "If-Match", moved.header("ETag"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.list("$.errors[*].detail").toString()).contains("unity is not a threat to anyone")
			.contains("I repeat");
		assertThat(get(path + "/text").body()).isEqualTo("Transcript. " + SPEECH);
	}

}
