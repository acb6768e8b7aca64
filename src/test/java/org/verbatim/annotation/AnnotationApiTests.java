package org.verbatim.annotation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotations API over HTTP: writes need an editor, anchors are verified against the
 * text in code points, a refused write stores nothing, and changes need the current ETag.
 * Every test works on a document of its own; the seed is only read.
 */
class AnnotationApiTests extends AnnotationTestSupport {

	/**
	 * Characters outside the Basic Multilingual Plane (two UTF-16 units, one code point)
	 * before and inside the annotated words, and accents as combining marks
	 * ({@code e\u0301}), so that code points, UTF-16 units and visible letters all
	 * differ.
	 */
	static final String TEXT = "Prologue 😀🇧🇾 then the re\u0301sume\u0301 arrived 🎉 at noon. "
			+ "A second re\u0301sume\u0301 came later, and Zoë wrote 👍 back.";

	@ParameterizedTest
	@ValueSource(strings = { "POST /api/v1/documents/the-only-correct-decision/annotations",
			"PUT /api/v1/annotations/1", "PATCH /api/v1/annotations/1", "DELETE /api/v1/annotations/1" })
	void writesWithoutATokenAre401AndChangeNothing(String request) {
		String[] methodAndPath = request.split(" ");
		Answer answer = send(methodAndPath[0], methodAndPath[1], "{}", "If-Match", "\"0\"");
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(get("/api/v1/documents/the-only-correct-decision/annotations").list("$")).hasSize(4);
		assertThat(get("/api/v1/annotations/1").<String>json("$.audit.modifiedBy")).isEqualTo("seed");
	}

	@Test
	void postAnchorsTheWordsInCodePointsAndRecordsTheEditor() {
		String slug = createDocument(TEXT);
		String exact = "re\u0301sume\u0301 arrived 🎉";
		Answer created = post(slug, """
				{"motivation": "commenting", "body": "A CV, with accents as marks",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": %s}}}
				""".formatted(literal(exact)));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		int id = created.json("$.id");
		assertThat(created.header("Location")).isEqualTo("/api/v1/annotations/" + id);

		int utf16 = TEXT.indexOf(exact);
		int start = TEXT.codePointCount(0, utf16);
		assertThat(start).isLessThan(utf16);
		assertThat(created.<Integer>json("$.target.start")).isEqualTo(start);
		assertThat(created.<Integer>json("$.target.end")).isEqualTo(start + exact.codePointCount(0, exact.length()));
		assertThat(created.<String>json("$.exact")).isEqualTo(exact);
		assertThat(created.<String>json("$.document")).isEqualTo(slug);
		assertThat(created.<String>json("$.audit.createdBy")).isEqualTo(EDITOR);
		assertThat(created.<String>json("$.audit.modifiedBy")).isEqualTo(EDITOR);
		assertThat(created.<String>json("$.audit.createdAt")).isNotBlank();

		// The stored offsets cut the same words from the text as served.
		String text = get("/api/v1/documents/" + slug + "/text").body();
		assertThat(cut(text, created.json("$.target.start"), created.json("$.target.end"))).isEqualTo(exact);
		Answer read = get("/api/v1/annotations/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("ETag")).isEqualTo("\"0\"");
		assertThat(read.body()).isEqualTo(created.body());
		assertThat(get("/api/v1/documents/" + slug + "/annotations").<List<Integer>>json("$[*].id"))
			.containsExactly(id);
	}

	@Test
	void aPositionSelectorCountsCodePoints() {
		String slug = createDocument(TEXT);
		String words = "Zoë wrote 👍 back";
		int start = TEXT.codePointCount(0, TEXT.indexOf(words));
		Answer created = post(slug, """
				{"motivation": "highlighting",
				 "target": {"selector": [{"type": "TextPositionSelector", "start": %d, "end": %d},
				                         {"type": "TextQuoteSelector", "exact": %s}]}}
				""".formatted(start, start + words.codePointCount(0, words.length()), literal(words)));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.<String>json("$.exact")).isEqualTo(words);
	}

	@Test
	void aBadAnchorIs422AndStoresNothing() {
		String slug = createDocument(TEXT);
		Answer missing = post(slug, """
				{"motivation": "commenting",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "not in the text"}}}
				""");
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(missing.<String>json("$.errors[0].pointer")).isEqualTo("/target/selector/0");

		// A span that ends between a letter and its combining accent.
		int accent = TEXT.codePointCount(0, TEXT.indexOf("\u0301"));
		Answer split = post(slug, """
				{"motivation": "commenting",
				 "target": {"selector": {"type": "TextPositionSelector", "start": %d, "end": %d}}}
				""".formatted(accent - 2, accent));
		assertThat(split.status()).isEqualTo(422);
		assertThat(split.<String>json("$.errors[0].detail")).contains("combining mark");

		Answer motivation = post(slug, """
				{"motivation": "liking", "target": {"selector": {"type": "TextQuoteSelector", "exact": "Prologue"}}}
				""");
		assertThat(motivation.status()).isEqualTo(422);
		assertThat(motivation.<String>json("$.errors[0].pointer")).isEqualTo("/motivation");
		assertThat(motivation.<String>json("$.errors[0].detail")).contains("commenting", "tagging");

		Answer otherDocument = post(slug, """
				{"motivation": "commenting",
				 "target": {"source": "/api/v1/documents/the-only-correct-decision",
				            "selector": {"type": "TextQuoteSelector", "exact": "Prologue"}}}
				""");
		assertThat(otherDocument.status()).isEqualTo(422);
		assertThat(otherDocument.<String>json("$.errors[0].pointer")).isEqualTo("/target/source");

		Answer unknownTopic = post(slug, """
				{"motivation": "tagging", "topic": "no-such-topic",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "Prologue"}}}
				""");
		assertThat(unknownTopic.status()).isEqualTo(422);

		assertThat(get("/api/v1/documents/" + slug + "/annotations").list("$")).isEmpty();
	}

	@Test
	void anAmbiguousQuoteIs422UntilAPrefixSaysWhichOneIsMeant() {
		String slug = createDocument(TEXT);
		Answer ambiguous = post(slug, """
				{"motivation": "commenting",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "re\u0301sume\u0301"}}}
				""");
		assertThat(ambiguous.status()).isEqualTo(422);
		assertThat(ambiguous.<String>json("$.errors[0].pointer")).isEqualTo("/target/selector");
		assertThat(ambiguous.<String>json("$.errors[0].detail")).contains("2 places");
		assertThat(get("/api/v1/documents/" + slug + "/annotations").list("$")).isEmpty();

		Answer second = post(slug, """
				{"motivation": "commenting",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "re\u0301sume\u0301",
				                         "prefix": "A second "}}}
				""");
		assertThat(second.status()).isEqualTo(201);
		String text = get("/api/v1/documents/" + slug + "/text").body();
		assertThat(second.<Integer>json("$.target.start"))
			.isEqualTo(text.codePointCount(0, text.indexOf("A second ") + "A second ".length()));
	}

	@Test
	void anUnknownDocumentIs404() {
		Answer answer = post("no-such-document-here", """
				{"motivation": "commenting", "target": {"selector": {"type": "TextQuoteSelector", "exact": "x"}}}
				""");
		assertThat(answer.status()).isEqualTo(404);
		assertThat(get("/api/v1/annotations/999999999").status()).isEqualTo(404);
		assertThat(get("/api/v1/documents/no-such-document-here/annotations").status()).isEqualTo(404);
	}

	@Test
	void putNeedsIfMatchAndAStaleOneChangesNothing() {
		String slug = createDocument(TEXT);
		Answer created = post(slug, """
				{"motivation": "commenting", "body": "first",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "Prologue"}}}
				""");
		String path = "/api/v1/annotations/" + created.<Integer>json("$.id");
		String replacement = """
				{"motivation": "questioning", "body": "second",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "at noon"}}}
				""";

		Answer withoutIfMatch = send("PUT", path, replacement, "Authorization", AUTH);
		assertThat(withoutIfMatch.status()).isEqualTo(428);
		assertThat(withoutIfMatch.contentType()).startsWith("application/problem+json");

		Answer stale = send("PUT", path, replacement, "Authorization", AUTH, "If-Match", "\"7\"");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.<String>json("$.currentETag")).isEqualTo("\"0\"");
		assertThat(get(path).body()).isEqualTo(created.body());

		Answer replaced = send("PUT", path, replacement, "Authorization", AUTH, "If-Match", "\"0\"");
		assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
		assertThat(replaced.header("ETag")).isEqualTo("\"1\"");
		assertThat(replaced.<String>json("$.motivation")).isEqualTo("questioning");
		assertThat(replaced.<String>json("$.body")).isEqualTo("second");
		assertThat(replaced.<String>json("$.exact")).isEqualTo("at noon");
		assertThat(replaced.<String>json("$.audit.modifiedBy")).isEqualTo(EDITOR);

		// A second editor who read version 0 cannot overwrite the first one's change.
		Answer lost = send("PUT", path, """
				{"motivation": "commenting", "target": {"selector": {"type": "TextQuoteSelector", "exact": "Prologue"}}}
				""", "Authorization", AUTH, "If-Match", "\"0\"");
		assertThat(lost.status()).isEqualTo(412);
		assertThat(get(path).<String>json("$.body")).isEqualTo("second");

		// A refused replacement leaves the annotation as it was.
		Answer unanchored = send("PUT", path, """
				{"motivation": "commenting", "target": {"selector": {"type": "TextQuoteSelector", "exact": "nowhere"}}}
				""", "Authorization", AUTH, "If-Match", "\"1\"");
		assertThat(unanchored.status()).isEqualTo(422);
		assertThat(get(path).body()).isEqualTo(replaced.body());
		assertThat(get(path).header("ETag")).isEqualTo("\"1\"");
	}

	@Test
	void aMergePatchChangesOnlyTheFieldsItNames() {
		String slug = createDocument(TEXT);
		Answer created = post(slug, """
				{"motivation": "describing", "body": "before",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "re\u0301sume\u0301",
				                         "suffix": " came"}}}
				""");
		String path = "/api/v1/annotations/" + created.<Integer>json("$.id");

		assertThat(patch(path, "{\"body\": \"after\"}", null).status()).isEqualTo(428);
		assertThat(patch(path, "{\"body\": \"after\"}", "\"3\"").status()).isEqualTo(412);
		Answer patched = patch(path, "{\"body\": \"after\", \"topic\": \"energy\"}", "\"0\"");
		assertThat(patched.status()).as("%s", patched).isEqualTo(200);
		assertThat(patched.header("ETag")).isEqualTo("\"1\"");
		assertThat(patched.<String>json("$.body")).isEqualTo("after");
		assertThat(patched.<String>json("$.topic.slug")).isEqualTo("energy");
		assertThat(patched.<String>json("$.motivation")).isEqualTo("describing");
		assertThat(patched.<Map<String, Object>>json("$.target"))
			.isEqualTo(created.<Map<String, Object>>json("$.target"));

		Answer removed = patch(path, "{\"body\": null}", "\"1\"");
		assertThat(removed.status()).isEqualTo(200);
		assertThat(removed.<Object>json("$.body")).isNull();
		assertThat(removed.<String>json("$.topic.slug")).isEqualTo("energy");
	}

	@Test
	void deleteNeedsIfMatchThenTheAnnotationIsGone() {
		String slug = createDocument(TEXT);
		Answer created = post(slug, """
				{"motivation": "bookmarking",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "Prologue"}}}
				""");
		String path = "/api/v1/annotations/" + created.<Integer>json("$.id");
		assertThat(send("DELETE", path, null, "Authorization", AUTH).status()).isEqualTo(428);
		assertThat(send("DELETE", path, null, "Authorization", AUTH, "If-Match", "\"1\"").status()).isEqualTo(412);
		assertThat(get(path).status()).isEqualTo(200);

		Answer deleted = send("DELETE", path, null, "Authorization", AUTH, "If-Match", "\"0\"");
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(get(path).status()).isEqualTo(404);
		assertThat(send("DELETE", path, null, "Authorization", AUTH, "If-Match", "\"0\"").status()).isEqualTo(404);
		assertThat(get("/api/v1/documents/" + slug + "/annotations").list("$")).isEmpty();
	}

	@Test
	void aReadRevalidatesWithItsETag() {
		Answer seeded = get("/api/v1/annotations/1");
		assertThat(seeded.status()).isEqualTo(200);
		assertThat(seeded.header("Vary")).contains("Accept");
		assertThat(get("/api/v1/annotations/1", "If-None-Match", seeded.header("ETag")).status()).isEqualTo(304);
		assertThat(get("/api/v1/annotations/1", "If-None-Match", "\"999\"").status()).isEqualTo(200);
	}

	@Test
	void annotatingChangesTheDocumentsVersionSoThatATextEditFromBeforeIsRefused() {
		String slug = createDocument(TEXT);
		String before = get("/api/v1/documents/" + slug).header("ETag");
		post(slug, """
				{"motivation": "commenting", "target": {"selector": {"type": "TextQuoteSelector", "exact": "Prologue"}}}
				""");
		assertThat(get("/api/v1/documents/" + slug).header("ETag")).isNotEqualTo(before);
	}

	@Test
	void theSeededAnnotationsKeepTheirFieldsAndGainTheirAudit() {
		Answer seeded = get("/api/v1/annotations/4");
		assertThat(seeded.<String>json("$.document")).isEqualTo("the-only-correct-decision");
		assertThat(seeded.<String>json("$.exact"))
			.isEqualTo("The implementation of 28 union programmes, adopted in 2021");
		assertThat(seeded.<Integer>json("$.target.start")).isEqualTo(2317);
		assertThat(seeded.<Integer>json("$.claim.quantity")).isEqualTo(28);
		assertThat(seeded.<String>json("$.topic.slug")).isNotBlank();
		assertThat(seeded.<String>json("$.audit.createdBy")).isEqualTo("seed");
	}

}
