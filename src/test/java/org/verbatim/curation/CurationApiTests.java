package org.verbatim.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;
import org.verbatim.TestDatabase;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors add documents with their quotes and annotations, change and delete them: every
 * write authenticated, anchored in the text, atomic and safe under concurrent editors.
 */
class CurationApiTests extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Every table of the schema, to prove that a refused request leaves no row behind.
	 */
	private static final List<String> TABLES = List.of("topic", "organisation", "organisation_name_variant", "person",
			"person_name_variant", "person_role", "event", "event_person", "event_organisation", "event_topic",
			"document", "document_text", "document_section", "document_author", "document_topic", "quote",
			"quote_occurrence", "quote_topic", "annotation");

	private static final String SPEECH = "Dear friends! Our unity is not a threat to anyone. I repeat: our unity is "
			+ "not a threat to anyone. We will build the Union State together.";

	@Autowired
	private JdbcTemplate jdbc;

	/**
	 * What the test created, deleted after it: other test classes count the seed alone.
	 */
	private final List<String> createdDocuments = new ArrayList<>();

	private final List<String> createdPeople = new ArrayList<>();

	private Answer post(Map<String, Object> body) {
		Answer answer = send("POST", "/api/v1/documents", JSON.writeValueAsString(body), "Authorization",
				"Bearer " + EDITOR_TOKEN);
		if (answer.status() == 201) {
			created(body);
		}
		return answer;
	}

	private void created(Map<String, Object> body) {
		this.createdDocuments.add((String) body.get("slug"));
		for (Object author : (List<?>) body.getOrDefault("authors", List.of())) {
			if (((Map<?, ?>) author).get("person") instanceof Map<?, ?> person) {
				this.createdPeople.add((String) person.get("slug"));
			}
		}
	}

	@AfterEach
	void deleteWhatTheTestCreated() {
		this.createdDocuments.forEach(slug -> delete("/api/v1/documents/" + slug));
		this.createdPeople.forEach(slug -> delete("/api/v1/people/" + slug));
		this.createdDocuments.clear();
		this.createdPeople.clear();
	}

	private void delete(String path) {
		Answer current = get(path);
		if (current.status() == 200) {
			Answer deleted = send("DELETE", path, null, "Authorization", "Bearer " + EDITOR_TOKEN, "If-Match",
					current.header("ETag"));
			assertThat(deleted.status()).as("DELETE %s: %s", path, deleted).isEqualTo(204);
		}
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static Map<String, Object> quoteSelector(String exact) {
		return Map.of("type", "TextQuoteSelector", "exact", exact);
	}

	private static Map<String, Object> speech(String slug, String speakerSlug, String speakerName) {
		return speech(slug, speakerSlug, speakerName, List.of());
	}

	private static Map<String, Object> speech(String slug, String speakerSlug, String speakerName,
			List<Map<String, Object>> variants) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("slug", slug);
		body.put("title", "Address on the Union State");
		body.put("kind", "SPEECH");
		body.put("language", "en");
		body.put("date", "2025-03");
		body.put("text", SPEECH);
		body.put("authors", List.of(Map.of("person",
				Map.of("slug", speakerSlug, "name", speakerName, "variants", variants), "role", "SPEAKER")));
		body.put("topics", List.of("politics"));
		body.put("quotes",
				List.of(Map.of("speaker", Map.of("person", speakerSlug), "attribution", speakerName + " said", "target",
						Map.of("selector", quoteSelector("We will build the Union State together"))),
						Map.of("speaker", Map.of("person", speakerSlug), "target", Map.of("selector", Map.of("type",
								"TextQuoteSelector", "exact", "unity is not a threat to anyone", "prefix", "Our ")))));
		body.put("annotations", List.of(Map.of("motivation", "commenting", "body", "The phrase is repeated.", "target",
				Map.of("selector", quoteSelector("I repeat")))));
		return body;
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		TABLES
			.forEach(table -> counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class)));
		return counts;
	}

	@Test
	void anEditorAddsASpeechThatIsFoundAtOnceByItsSpeakerAndBySearch() {
		String slug = unique("union-state-address");
		String speaker = unique("zoran-testovic");
		Answer created = post(speech(slug, speaker, "Zoran Testovic",
				List.of(Map.of("name", "Зоран Тестовић", "language", "sr-Cyrl", "kind", "ORIGINAL_SCRIPT"))));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/documents/" + slug);
		assertThat(created.header("ETag")).matches("\"\\d+\"");
		assertThat((String) created.json("$.sha256")).isEqualTo("%064x", new java.math.BigInteger(1, sha256(SPEECH)));
		assertThat((String) created.json("$.audit.createdBy")).isEqualTo(EDITOR);
		assertThat(created.list("$.quotes[*].occurrences[0].start")).containsExactly(18, 98);

		List<Object> bySpeaker = listed("/api/v1/quotes?speaker=" + enc("Зоран Тестовић"), "text");
		assertThat(bySpeaker).containsExactlyInAnyOrder("unity is not a threat to anyone",
				"We will build the Union State together");
		assertThat(listed("/api/v1/quotes?speaker=" + speaker, "audit.createdBy")).containsOnly(EDITOR);
		Answer search = get("/api/v1/search?q=" + enc("\"Union State together\""));
		assertThat(search.list("$.items[*].document")).contains(slug);
		Answer annotations = get("/api/v1/documents/" + slug + "/annotations");
		assertThat(annotations.list("$[*].exact")).containsExactly("I repeat");
	}

	@Test
	void withoutATokenThePostIs401AndStoresNothing() {
		Map<String, Long> before = rowCounts();
		Answer answer = send("POST", "/api/v1/documents",
				JSON.writeValueAsString(speech(unique("anonymous"), unique("anon"), "Anon Ymous")));
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void aFailingLastAnchorLeavesTheDatabaseExactlyAsBefore() {
		Map<String, Long> before = rowCounts();
		Map<String, Object> body = speech(unique("doomed"), unique("doomed-speaker"), "Doomed Speaker");
		List<Object> quotes = new ArrayList<>((List<?>) body.get("quotes"));
		quotes.add(Map.of("target", Map.of("selector", quoteSelector("words the speech never says"))));
		body.put("quotes", quotes);
		Answer answer = post(body);
		assertThat(answer.status()).as("%s", answer).isEqualTo(422);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.list("$.errors[*].pointer")).containsExactly("/quotes/2/target/0/selector/0");
		assertThat((String) answer.json("$.detail")).contains("do not occur").contains("Nothing of the request");
		assertThat(rowCounts()).isEqualTo(before);
		assertThat(get("/api/v1/people/"
				+ ((Map<?, ?>) ((Map<?, ?>) ((List<?>) body.get("authors")).get(0)).get("person")).get("slug"))
			.status()).isEqualTo(404);
	}

	@Test
	void anAmbiguousQuoteSelectorIs422UntilPrefixOrPositionDecides() {
		Map<String, Object> body = speech(unique("ambiguous"), unique("amb-speaker"), "Amb Speaker");
		body.put("quotes", List.of(Map.of("target", Map.of("selector", quoteSelector("not a threat to anyone")))));
		Answer ambiguous = post(body);
		assertThat(ambiguous.status()).isEqualTo(422);
		assertThat((String) ambiguous.json("$.errors[0].detail")).contains("2 places")
			.contains("[27, 49)")
			.contains("[74, 96)");

		body.put("quotes", List.of(Map.of("target", Map.of("selector", List.of(quoteSelector("not a threat to anyone"),
				Map.of("type", "TextPositionSelector", "start", 74, "end", 96))))));
		Answer decided = post(body);
		assertThat(decided.status()).as("%s", decided).isEqualTo(201);
		assertThat((Integer) decided.json("$.quotes[0].occurrences[0].start")).isEqualTo(74);
	}

	@Test
	void selectorsThatDisagreeAre422() {
		Map<String, Object> body = speech(unique("disagree"), unique("dis-speaker"), "Dis Speaker");
		body.put("quotes", List.of(Map.of("target", Map.of("selector", List.of(quoteSelector("Dear friends"),
				Map.of("type", "TextPositionSelector", "start", 1, "end", 13))))));
		Answer answer = post(body);
		assertThat(answer.status()).isEqualTo(422);
		assertThat((String) answer.json("$.errors[0].detail")).contains("disagree");
	}

	@Test
	void offsetsCountCodePointsThroughEmojiAndKeepCombiningAccentsWhole() {
		// "😀" is one code point but two UTF-16 units; "é" is written as e + U+0301.
		String text = "Intro 😀😀 then the cafe\u0301 speech: Liberte\u0301 is the word.";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("slug", unique("emoji"));
		body.put("title", "Emoji and accents");
		body.put("kind", "ARTICLE");
		body.put("language", "fr");
		body.put("text", text);
		body.put("quotes", List.of(Map.of("target", Map.of("selector", quoteSelector("Liberte\u0301 is the word")))));
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
		body.put("quotes", List.of(Map.of("target", Map.of("selector", quoteSelector("the cafe")))));
		Answer split = post(body);
		assertThat(split.status()).isEqualTo(422);
		assertThat((String) split.json("$.errors[0].detail")).contains("whole characters");
		int cafe = text.codePointCount(0, text.indexOf("cafe"));
		body.put("quotes", List.of(Map.of("target",
				Map.of("selector", Map.of("type", "TextPositionSelector", "start", cafe, "end", cafe + 4)))));
		Answer position = post(body);
		assertThat(position.status()).isEqualTo(422);
		assertThat((String) position.json("$.errors[0].detail")).contains("combining mark");
		body.put("quotes", List.of(Map.of("target",
				Map.of("selector", Map.of("type", "TextPositionSelector", "start", cafe, "end", cafe + 5)))));
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
			.map(a -> Map.<String, Object>of("person", ((Map<?, ?>) a.get("person")).get("slug"), "bylineName",
					a.get("bylineName"), "bylineRole", a.get("bylineRole"), "role", a.get("role")))
			.toList();
		body.put("authors", authors);
		body.put("topics", detail.list("$.topics[*].slug"));
		body.put("sections", detail.list("$.sections[*]").stream().map(s -> (Map<?, ?>) s).map(s -> {
			Map<String, Object> section = new LinkedHashMap<>();
			section.put("kind", s.get("kind"));
			section.put("heading", s.get("heading"));
			section.put("target", Map.of("selector",
					Map.of("type", "TextPositionSelector", "start", s.get("start"), "end", s.get("end"))));
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
			q.put("date", (quote.json("$.date") != null) ? Map.of("value", quote.json("$.date.value"), "inferredFrom",
					String.valueOf((Object) quote.json("$.date.inferredFrom"))) : null);
			if (quote.json("$.date") != null && quote.json("$.date.inferredFrom") == null) {
				q.put("date", quote.json("$.date.value"));
			}
			q.put("topics", quote.list("$.topics[*].slug"));
			// Anchored by the words and their context alone, as an editor would.
			List<Object> targets = new ArrayList<>();
			for (Object occurrence : quote.list("$.occurrences[*]")) {
				int start = (Integer) ((Map<?, ?>) occurrence).get("start");
				int end = (Integer) ((Map<?, ?>) occurrence).get("end");
				targets.add(Map.of("selector", contextSelector(text, start, end)));
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
			annotation.put("target", Map.of("selector",
					contextSelector(text, (Integer) target.get("start"), (Integer) target.get("end"))));
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

	/** A TextQuoteSelector with up to 32 code points of context either side. */
	private static Map<String, Object> contextSelector(String text, int start, int end) {
		int from = text.offsetByCodePoints(0, start);
		int to = text.offsetByCodePoints(0, end);
		int before = text.offsetByCodePoints(0, Math.max(0, start - 32));
		int length = text.codePointCount(0, text.length());
		int after = text.offsetByCodePoints(0, Math.min(length, end + 32));
		return Map.of("type", "TextQuoteSelector", "exact", text.substring(from, to), "prefix",
				text.substring(before, from), "suffix", text.substring(to, after));
	}

	@Test
	void changesNeedTheCurrentETag() {
		String slug = unique("etag");
		Answer created = post(speech(slug, unique("etag-speaker"), "Etag Speaker"));
		String etag = created.header("ETag");
		String path = "/api/v1/documents/" + slug;
		String patch = "{\"title\":\"Renamed\"}";

		Answer missing = send("PATCH", path, patch, "Authorization", "Bearer " + EDITOR_TOKEN, "Content-Type",
				"application/merge-patch+json");
		assertThat(missing.status()).isEqualTo(428);
		assertThat(missing.contentType()).startsWith("application/problem+json");

		Answer first = send("PATCH", path, patch, "Authorization", "Bearer " + EDITOR_TOKEN, "Content-Type",
				"application/merge-patch+json", "If-Match", etag);
		assertThat(first.status()).as("%s", first).isEqualTo(200);
		assertThat((String) first.json("$.title")).isEqualTo("Renamed");
		assertThat(first.header("ETag")).isNotEqualTo(etag);

		// A second editor who read the same version gets 412 and does not overwrite the
		// first.
		Answer second = send("PATCH", path, "{\"title\":\"Other title\"}", "Authorization", "Bearer " + EDITOR_TOKEN,
				"Content-Type", "application/merge-patch+json", "If-Match", etag);
		assertThat(second.status()).isEqualTo(412);
		assertThat((String) second.json("$.currentETag")).isEqualTo(first.header("ETag"));
		assertThat((String) get(path).json("$.title")).isEqualTo("Renamed");

		assertThat(get(path, "If-None-Match", first.header("ETag")).status()).isEqualTo(304);
	}

	@Test
	void twoEditorsAtOnceWithTheSameETagOneWinsTheOtherGets412() throws Exception {
		String slug = unique("race");
		String etag = post(speech(slug, unique("race-speaker"), "Race Speaker")).header("ETag");
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<Answer>> editors = new ArrayList<>();
		for (String title : List.of("Title of editor one", "Title of editor two")) {
			editors.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return send("PATCH", "/api/v1/documents/" + slug, "{\"title\":\"" + title + "\"}", "Authorization",
						"Bearer " + EDITOR_TOKEN, "Content-Type", "application/merge-patch+json", "If-Match", etag);
			}));
		}
		List<Answer> answers = editors.stream().map(CompletableFuture::join).toList();
		assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 412);
		Answer winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
		assertThat((String) get("/api/v1/documents/" + slug).json("$.title")).isEqualTo(winner.json("$.title"));
	}

	@Test
	void changingTheTextReanchorsQuotesOrIsRefused() {
		String slug = unique("reanchor");
		Answer created = post(speech(slug, unique("re-speaker"), "Re Speaker"));
		String path = "/api/v1/documents/" + slug;
		String auth = "Bearer " + EDITOR_TOKEN;

		Answer moved = send("PATCH", path, JSON.writeValueAsString(Map.of("text", "Transcript. " + SPEECH)),
				"Authorization", auth, "Content-Type", "application/merge-patch+json", "If-Match",
				created.header("ETag"));
		assertThat(moved.status()).as("%s", moved).isEqualTo(200);
		assertThat(moved.list("$.quotes[*].occurrences[0].start")).containsExactly(18 + 12, 98 + 12);
		assertThat(get("/api/v1/documents/" + slug + "/annotations").list("$[*].target.start"))
			.containsExactly(51 + 12);

		Answer refused = send("PATCH", path,
				JSON.writeValueAsString(Map.of("text", "Dear friends! We will build it together.")), "Authorization",
				auth, "Content-Type", "application/merge-patch+json", "If-Match", moved.header("ETag"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.list("$.errors[*].detail").toString()).contains("unity is not a threat to anyone")
			.contains("I repeat");
		assertThat(get(path + "/text").body()).isEqualTo("Transcript. " + SPEECH);
	}

	@Test
	void quotesAreAddedChangedAndDeletedWithTheirOwnETags() {
		String slug = unique("quotes");
		Answer created = post(speech(slug, unique("q-speaker"), "Q Speaker"));
		String auth = "Bearer " + EDITOR_TOKEN;
		Answer added = send(
				"POST", "/api/v1/documents/" + slug + "/quotes", JSON.writeValueAsString(Map.of("speaker",
						Map.of("group", "the audience"), "target", Map.of("selector", quoteSelector("Dear friends")))),
				"Authorization", auth);
		assertThat(added.status()).as("%s", added).isEqualTo(201);
		String location = added.header("Location");
		assertThat(location).startsWith("/api/v1/quotes/");
		assertThat(get("/api/v1/documents/" + slug).header("ETag")).isNotEqualTo(created.header("ETag"));

		Answer stale = send("PUT", location,
				JSON.writeValueAsString(Map.of("target", Map.of("selector", quoteSelector("Dear friends")))),
				"Authorization", auth, "If-Match", "\"99\"");
		assertThat(stale.status()).isEqualTo(412);
		Answer changed = send("PATCH", location, "{\"kind\":\"SLOGAN\"}", "Authorization", auth, "Content-Type",
				"application/merge-patch+json", "If-Match", added.header("ETag"));
		assertThat(changed.status()).as("%s", changed).isEqualTo(200);
		assertThat((String) changed.json("$.kind")).isEqualTo("SLOGAN");
		assertThat((String) changed.json("$.speaker.group")).isEqualTo("the audience");

		assertThat(send("DELETE", location, null, "Authorization", auth).status()).isEqualTo(428);
		assertThat(send("DELETE", location, null, "Authorization", auth, "If-Match", changed.header("ETag")).status())
			.isEqualTo(204);
		assertThat(get(location).status()).isEqualTo(404);
	}

	/**
	 * On PostgreSQL the quote list finds topic + speaker + dates through copies of the
	 * quote's speaker and dates on its topic rows (migration V5), kept by triggers: every
	 * change of a quote must show in them, on the page and in its count.
	 */
	@Test
	void theTopicSpeakerAndDateFilterFollowsEveryChangeOfAQuote() {
		String slug = unique("copies");
		String speaker = unique("copy-speaker");
		Answer created = post(speech(slug, speaker, "Copy Speaker"));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		List<Object> ids = created.list("$.quotes[*].id");
		ids.forEach(id -> assertThat(patch(id, "{\"topics\":[\"economy\"],\"date\":{\"value\":\"2019-05-04\"}}"))
			.isEqualTo(200));
		String first = "/api/v1/quotes?speaker=" + speaker + "&topic=economy&from=2019&to=2019";
		// One per page: the second page's total comes from the count.
		Answer page = get(first + "&size=1");
		assertThat(((Number) page.json("$.totalItems")).intValue()).as("%s", page).isEqualTo(2);
		assertThat(listed(first, "id")).containsExactlyInAnyOrderElementsOf(ids);

		// Another speaker and year for one quote, another topic for the other.
		assertThat(
				patch(ids.get(0), "{\"speaker\":{\"person\":\"aleksandr-lukashenko\"},\"date\":{\"value\":\"2021\"}}"))
			.isEqualTo(200);
		assertThat(patch(ids.get(1), "{\"topics\":[\"union-state\"]}")).isEqualTo(200);
		assertThat(listed(first, "id")).isEmpty();
		assertThat(((Number) get(first + "&size=1").json("$.totalItems")).intValue()).isZero();
		assertThat(listed("/api/v1/quotes?speaker=aleksandr-lukashenko&topic=economy&from=2021&to=2021", "id"))
			.containsExactly(ids.get(0));
		assertThat(listed("/api/v1/quotes?speaker=" + speaker + "&topic=politics&from=2019&to=2019", "id"))
			.containsExactly(ids.get(1));
		if (TestDatabase.isPostgres()) {
			assertThat(this.jdbc.queryForObject("select count(*) from quote_topic t join quote q on q.id = t.quote_id"
					+ " where t.speaker_person_id is distinct from q.speaker_person_id"
					+ " or t.date_earliest is distinct from q.date_earliest or t.date_latest is distinct from q.date_latest",
					Long.class))
				.as("topic rows whose copies differ from their quote")
				.isZero();
		}
		else {
			// H2 keeps no copies (ADR 0013): none, rather than stale ones.
			assertThat(
					this.jdbc.queryForObject("select count(*) from quote_topic t where t.speaker_person_id is not null"
							+ " or t.date_earliest is not null or t.date_latest is not null", Long.class))
				.as("topic rows with copies on H2")
				.isZero();
		}
	}

	/**
	 * A filter by topic, speaker and dates pages through its quotes in date order, each
	 * once however many of the topic's subtopics it has (on PostgreSQL the page is read
	 * from the topic rows' copies first, decision 0012).
	 */
	@Test
	void theTopicSpeakerAndDateFilterPagesInDateOrderCountingEachQuoteOnce() {
		String speaker = unique("paged-speaker");
		Map<String, Object> body = speech(unique("paged"), speaker, "Paged Speaker");
		body.put("quotes", List.of(quoteBy(speaker, quoteSelector("Dear friends")),
				quoteBy(speaker, quoteSelector("We will build the Union State together")), quoteBy(speaker, Map
					.of("type", "TextQuoteSelector", "exact", "unity is not a threat to anyone", "prefix", "Our ")),
				quoteBy(speaker, quoteSelector("I repeat"))));
		Answer created = post(body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		List<Object> ids = created.list("$.quotes[*].id");
		// Economy and one of its subtopics on the first: listed and counted once.
		assertThat(patch(ids.get(0), "{\"topics\":[\"economy\",\"energy\"],\"date\":{\"value\":\"2019-05-04\"}}"))
			.isEqualTo(200);
		assertThat(patch(ids.get(1), "{\"topics\":[\"trade\"],\"date\":{\"value\":\"2019-01\"}}")).isEqualTo(200);
		assertThat(patch(ids.get(2), "{\"topics\":[\"energy\"],\"date\":{\"value\":\"2019\"}}")).isEqualTo(200);
		assertThat(patch(ids.get(3), "{\"topics\":[\"politics\"],\"date\":{\"value\":\"2019-03-01\"}}")).isEqualTo(200);
		String filter = "/api/v1/quotes?speaker=" + speaker + "&topic=economy&from=2019&to=2019&size=1";
		// Oldest first: earliest day, then latest, then id; newest first the reverse.
		assertThat(pages(filter)).containsExactly(ids.get(1), ids.get(2), ids.get(0));
		assertThat(pages(filter + "&sort=-date")).containsExactly(ids.get(0), ids.get(2), ids.get(1));
		assertThat(listed("/api/v1/quotes?speaker=" + speaker + "&topic=energy&from=2019-05&to=2019-05", "id"))
			.containsExactly(ids.get(2), ids.get(0));
	}

	private static Map<String, Object> quoteBy(String speaker, Map<String, Object> selector) {
		return Map.of("speaker", Map.of("person", speaker), "target", Map.of("selector", selector));
	}

	/** The ids of every page of a list of one item a page, checking the total on each. */
	private List<Object> pages(String filter) {
		List<Object> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			Answer answer = get(filter + "&page=" + page);
			assertThat(answer.status()).as("%s", answer).isEqualTo(200);
			List<Object> items = answer.list("$.items[*].id");
			if (items.isEmpty()) {
				return ids;
			}
			assertThat(((Number) answer.json("$.totalItems")).intValue()).as("totalItems of page %d", page)
				.isEqualTo(3);
			ids.addAll(items);
		}
	}

	private int patch(Object quoteId, String body) {
		String location = "/api/v1/quotes/" + quoteId;
		Answer patched = send("PATCH", location, body, "Authorization", "Bearer " + EDITOR_TOKEN, "Content-Type",
				"application/merge-patch+json", "If-Match", get(location).header("ETag"));
		return patched.status();
	}

	/**
	 * Speaker names, the topic tree and document versions are remembered between requests
	 * (WriteAwareCache); each write must show at once in the next answer.
	 */
	@Test
	void rememberedReadsFollowEveryWriteAtOnce() {
		String slug = unique("remembered");
		String speakerSlug = unique("rem-speaker");
		String name = "Xaverius Quillfeather";
		String byName = "/api/v1/quotes?speaker="
				+ java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
		// Asked twice before the speaker exists: the empty answer is remembered.
		assertThat(listed(byName, "id")).isEmpty();
		assertThat(listed(byName, "id")).isEmpty();
		assertThat(get("/api/v1/quotes?speaker=" + speakerSlug).status()).isEqualTo(200);

		Answer created = post(speech(slug, speakerSlug, name));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(listed(byName, "id")).hasSize(2);
		assertThat(listed("/api/v1/quotes?speaker=" + speakerSlug, "id")).hasSize(2);

		String path = "/api/v1/documents/" + slug;
		String etag = created.header("ETag");
		assertThat(get(path, "If-None-Match", etag).status()).isEqualTo(304);
		assertThat(get(path, "If-None-Match", etag).status()).isEqualTo(304);
		// A change to one of its quotes moves the document's version: the old ETag no
		// longer revalidates.
		Object quoteId = created.list("$.quotes[*].id").get(0);
		Answer quote = get("/api/v1/quotes/" + quoteId);
		Answer changed = send("PATCH", "/api/v1/quotes/" + quoteId, "{\"kind\":\"SLOGAN\"}", "Authorization",
				"Bearer " + EDITOR_TOKEN, "Content-Type", "application/merge-patch+json", "If-Match",
				quote.header("ETag"));
		assertThat(changed.status()).as("%s", changed).isEqualTo(200);
		Answer revalidated = get(path, "If-None-Match", etag);
		assertThat(revalidated.status()).isEqualTo(200);
		assertThat(revalidated.header("ETag")).isNotEqualTo(etag);
		assertThat(get(path, "If-None-Match", revalidated.header("ETag")).status()).isEqualTo(304);

		// Deleted: the document and its speaker's quotes are gone from the next answers.
		deleteWhatTheTestCreated();
		assertThat(get(path, "If-None-Match", revalidated.header("ETag")).status()).isEqualTo(404);
		assertThat(listed(byName, "id")).isEmpty();
	}

	/**
	 * A list's total past its first page and the topics' counts are remembered between
	 * requests (QuoteService, TopicService); each write must show at once in them.
	 */
	@Test
	void listTotalsAndTopicCountsFollowEveryWriteAtOnce() {
		// Page 1 of 1: the total is counted, not read off the page.
		String list = "/api/v1/quotes?kind=DIRECT&size=1&page=1";
		int direct = total(list);
		assertThat(total(list)).isEqualTo(direct);
		int politics = politicsDocuments();
		assertThat(politicsDocuments()).isEqualTo(politics);

		Answer created = post(speech(unique("totals"), unique("total-speaker"), "Total Speaker"));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.list("$.quotes[*].kind")).containsExactly("DIRECT", "DIRECT");
		assertThat(total(list)).isEqualTo(direct + 2);
		assertThat(politicsDocuments()).isEqualTo(politics + 1);

		assertThat(patch(created.list("$.quotes[*].id").get(0), "{\"kind\":\"SLOGAN\"}")).isEqualTo(200);
		assertThat(total(list)).isEqualTo(direct + 1);

		deleteWhatTheTestCreated();
		assertThat(total(list)).isEqualTo(direct);
		assertThat(politicsDocuments()).isEqualTo(politics);
	}

	private int total(String list) {
		Answer answer = get(list);
		assertThat(answer.status()).as("%s", answer).isEqualTo(200);
		return answer.<Integer>json("$.totalItems");
	}

	/** Documents on politics, in the tree and in the topic's own answer, which agree. */
	private int politicsDocuments() {
		List<Object> inTree = get("/api/v1/topics").list("$..[?(@.slug == 'politics')].counts.documents");
		int own = get("/api/v1/topics/politics").<Integer>json("$.counts.documents");
		assertThat(inTree).containsExactly(own);
		return own;
	}

	/**
	 * A search's total and facets are kept until the index changes (SearchService): the
	 * next page shows the same counts, and a document added or deleted shows in them at
	 * once.
	 */
	@Test
	void searchCountsFollowEveryWriteAtOnce() {
		String word = unique("zyxwords").replace("-", "");
		String query = "/api/v1/search?q=" + word + "&size=1";
		Answer before = get(query);
		assertThat((Integer) before.json("$.totalItems")).isZero();

		String slug = unique("counted");
		Map<String, Object> body = speech(slug, unique("count-speaker"), "Count Speaker");
		body.put("title", "Address on " + word);
		Answer created = post(body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		Answer first = get(query);
		assertThat((Integer) first.json("$.totalItems")).isEqualTo(1);
		assertThat(first.list("$.facets.type[*].value")).containsExactly("document");
		assertThat(first.list("$.items[*].id")).containsExactly(slug);
		// The same counts on the next page (empty: one hit in all), and again.
		Answer second = get(query + "&page=1");
		assertThat(second.list("$.items")).isEmpty();
		assertThat((Integer) second.json("$.totalItems")).isEqualTo(1);
		assertThat((Object) second.json("$.facets")).isEqualTo(first.json("$.facets"));
		assertThat((Object) get(query).json("$.facets")).isEqualTo(first.json("$.facets"));

		Answer deleted = send("DELETE", "/api/v1/documents/" + slug, null, "Authorization", "Bearer " + EDITOR_TOKEN,
				"If-Match", created.header("ETag"));
		assertThat(deleted.status()).isEqualTo(204);
		Answer after = get(query);
		assertThat((Integer) after.json("$.totalItems")).isZero();
		assertThat(after.list("$.facets.type")).isEmpty();
		assertThat(after.list("$.items")).isEmpty();
	}

	@Test
	void deletingADocumentDeletesItsQuotesAndAnnotations() {
		String slug = unique("deleted");
		Answer created = post(speech(slug, unique("del-speaker"), "Del Speaker"));
		List<Object> quoteIds = created.list("$.quotes[*].id");
		Answer deleted = send("DELETE", "/api/v1/documents/" + slug, null, "Authorization", "Bearer " + EDITOR_TOKEN,
				"If-Match", created.header("ETag"));
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(get("/api/v1/documents/" + slug).status()).isEqualTo(404);
		quoteIds.forEach(id -> assertThat(get("/api/v1/quotes/" + id).status()).isEqualTo(404));
	}

	@Test
	void theDocumentedExamplesWorkAndEveryWriteDocumentsItsProblems() {
		Answer docs = get("/v3/api-docs");
		// springdoc serves a JSON example as JSON.
		Map<String, Object> body = docs.json(
				"$.paths['/api/v1/documents'].post.requestBody.content" + "['application/json'].examples.speech.value");
		Answer created = post(body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		this.createdDocuments.add(created.header("Location").substring("/api/v1/documents/".length()));
		Answer again = post(body);
		assertThat(again.status()).isEqualTo(409);

		String patch = JSON.writeValueAsString(docs.<Object>json("$.paths['/api/v1/documents/{slug}'].patch"
				+ ".requestBody.content['application/merge-patch+json'].examples.patch.value"));
		Answer patched = send("PATCH", created.header("Location"), patch, "Authorization", "Bearer " + EDITOR_TOKEN,
				"Content-Type", "application/merge-patch+json", "If-Match", created.header("ETag"));
		assertThat(patched.status()).as("%s", patched).isEqualTo(200);

		for (String code : List.of("400", "401", "403", "404", "412", "422", "428")) {
			assertThat(docs.<String>json("$.paths['/api/v1/documents/{slug}'].patch.responses['" + code
					+ "'].content['application/problem+json'].schema.$ref"))
				.as(code)
				.endsWith("/Problem");
		}
		assertThat(docs.<String>json("$.paths['/api/v1/documents'].post.responses['422'].content"
				+ "['application/problem+json'].schema.$ref"))
			.endsWith("/Problem");
	}

	@Test
	void aTakenSlugIs409() {
		Answer answer = post(speech("the-only-correct-decision", unique("dup"), "Dup Licate"));
		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.list("$.conflicts")).containsExactly("/api/v1/documents/the-only-correct-decision");
	}

	@Test
	void malformedBodiesAre400NamingWhere() {
		Map<String, Object> body = speech(unique("typo"), unique("typo-speaker"), "Typo Speaker");
		body.put("titel", "misspelt");
		Answer unknown = post(body);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat((String) unknown.json("$.detail")).contains("titel");
		Answer badEnum = post(Map.of("title", "x", "kind", "SONG", "language", "en", "text", "x"));
		assertThat(badEnum.status()).isEqualTo(400);
		assertThat((String) badEnum.json("$.pointer")).isEqualTo("/kind");
		Answer badDate = post(Map.of("title", "x", "kind", "SPEECH", "language", "en", "text", "x", "date", "2024-13"));
		assertThat(badDate.status()).isEqualTo(422);
		assertThat((String) badDate.json("$.errors[0].pointer")).isEqualTo("/date");
		Answer notJson = send("POST", "/api/v1/documents", "{\"title\":", "Authorization", "Bearer " + EDITOR_TOKEN);
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.contentType()).startsWith("application/problem+json");
	}

	@Test
	void importStoresEachLineOnItsOwnAndReportsEveryLine() {
		String good = unique("imported");
		String bad = unique("imported-bad");
		Map<String, Object> badBody = speech(bad, unique("imp-bad"), "Imp Bad");
		badBody.put("quotes", List.of(Map.of("target", Map.of("selector", quoteSelector("not in the text")))));
		String ndjson = JSON.writeValueAsString(speech(good, unique("imp-speaker"), "Imp Speaker")) + "\n"
				+ "{\"title\": oops\n" + "\n" + JSON.writeValueAsString(badBody) + "\n";
		Answer answer = send("POST", "/api/v1/import", ndjson, "Authorization", "Bearer " + EDITOR_TOKEN,
				"Content-Type", "application/x-ndjson");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/x-ndjson");
		List<Map<String, Object>> report = answer.body()
			.lines()
			.map(line -> JSON.readValue(line, Map.class))
			.map(m -> (Map<String, Object>) m)
			.toList();
		assertThat(report).extracting(r -> r.get("line")).containsExactly(1, 2, 4, null);
		assertThat(report.get(0)).containsEntry("status", "created").containsEntry("slug", good);
		assertThat(report.get(1)).containsEntry("status", "failed");
		assertThat(((Map<?, ?>) report.get(1).get("problem")).get("status")).isEqualTo(400);
		assertThat(((Map<?, ?>) report.get(2).get("problem")).get("status")).isEqualTo(422);
		assertThat(report.get(3)).containsEntry("status", "done")
			.containsEntry("lines", 4)
			.containsEntry("created", 1)
			.containsEntry("failed", 2);
		created(JSON.readValue(ndjson.lines().findFirst().orElseThrow(), Map.class));
		assertThat(get("/api/v1/documents/" + good).status()).isEqualTo(200);
		assertThat(get("/api/v1/documents/" + bad).status()).isEqualTo(404);
		assertThat(send("POST", "/api/v1/import", ndjson, "Content-Type", "application/x-ndjson").status())
			.isEqualTo(401);
	}

	/**
	 * The lines an import stores together in one transaction: good ones around a bad one,
	 * a line that depends on an earlier one, and one that only fails at the commit (a
	 * slug taken by an earlier line of the same group).
	 */
	private static List<String> groupedLines(String prefix) {
		Map<String, Object> bad = speech(prefix + "-c", prefix + "-sp3", "Sp Three");
		bad.put("quotes", List.of(Map.of("target", Map.of("selector", quoteSelector("not in the text")))));
		Map<String, Object> last = speech(prefix + "-e", prefix + "-sp5", "Sp Five");
		last.put("title", "Address " + prefix.replace("-", ""));
		return List.of(JSON.writeValueAsString(speech(prefix + "-a", prefix + "-sp1", "Sp One")),
				JSON.writeValueAsString(speech(prefix + "-b", prefix + "-sp2", "Sp Two")), JSON.writeValueAsString(bad),
				JSON.writeValueAsString(speech(prefix + "-d", prefix + "-sp2", "Sp Two")),
				JSON.writeValueAsString(speech(prefix + "-a", prefix + "-sp4", "Sp Four")), "{\"title\": oops",
				JSON.writeValueAsString(last));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> importLines(List<String> lines) {
		Answer answer = send("POST", "/api/v1/import", String.join("\n", lines) + "\n", "Authorization",
				"Bearer " + EDITOR_TOKEN, "Content-Type", "application/x-ndjson");
		assertThat(answer.status()).isEqualTo(200);
		return answer.body().lines().map(line -> (Map<String, Object>) JSON.readValue(line, Map.class)).toList();
	}

	@Test
	void linesImportedTogetherFareExactlyAsEachOnItsOwn() {
		String together = unique("grp").replace("-", "");
		String alone = unique("one").replace("-", "");
		for (String prefix : List.of(together, alone)) {
			for (String suffix : List.of("a", "b", "d", "e")) {
				this.createdDocuments.add(prefix + "-" + suffix);
			}
			for (String suffix : List.of("sp1", "sp2", "sp5")) {
				this.createdPeople.add(prefix + "-" + suffix);
			}
		}
		Map<String, Long> before = rowCounts();
		List<Map<String, Object>> report = importLines(groupedLines(together));
		Map<String, Long> afterTogether = rowCounts();
		// What the answer reports is stored, and found by search once the answer ends.
		assertThat(get("/api/v1/search?q=" + enc("Address " + together)).list("$.items[*].document"))
			.contains(together + "-e");

		List<Map<String, Object>> oneByOne = new ArrayList<>();
		List<String> lines = groupedLines(alone);
		for (int i = 0; i < lines.size(); i++) {
			Map<String, Object> line = new LinkedHashMap<>(importLines(List.of(lines.get(i))).get(0));
			line.put("line", i + 1);
			oneByOne.add(line);
		}
		Map<String, Long> afterAlone = rowCounts();

		assertThat(report).extracting(r -> r.get("status"))
			.containsExactly("created", "created", "failed", "created", "failed", "failed", "created", "done");
		assertThat(report.subList(0, 7))
			.extracting(r -> (Object) ((Map<?, ?>) r.getOrDefault("problem", Map.of())).get("status"))
			.containsExactly(null, null, 422, null, 409, 400, null);
		assertThat(JSON.writeValueAsString(report.subList(0, 7)).replace(together, alone))
			.isEqualTo(JSON.writeValueAsString(oneByOne));
		assertThat(report.get(7)).containsEntry("lines", 7).containsEntry("created", 4).containsEntry("failed", 3);
		Map<String, Long> addedTogether = new LinkedHashMap<>();
		Map<String, Long> addedAlone = new LinkedHashMap<>();
		TABLES.forEach(table -> {
			addedTogether.put(table, afterTogether.get(table) - before.get(table));
			addedAlone.put(table, afterAlone.get(table) - afterTogether.get(table));
		});
		assertThat(addedTogether).isEqualTo(addedAlone);
		assertThat(get("/api/v1/documents/" + together + "-c").status()).isEqualTo(404);
		assertThat(get("/api/v1/people/" + together + "-sp3").status()).isEqualTo(404);
		assertThat(get("/api/v1/people/" + together + "-sp4").status()).isEqualTo(404);
		assertThat(get("/api/v1/documents/" + together + "-a").json("$.authors[0].person.slug").toString())
			.isEqualTo(together + "-sp1");
	}

	@Test
	void aNullLineIsRefusedAndTheImportGoesOn() {
		String good = unique("after-null");
		String speaker = unique("null-speaker");
		List<Map<String, Object>> report = importLines(
				List.of("null", JSON.writeValueAsString(speech(good, speaker, "Null Speaker"))));
		this.createdDocuments.add(good);
		this.createdPeople.add(speaker);
		assertThat(report.get(0)).containsEntry("line", 1).containsEntry("status", "failed");
		assertThat(((Map<?, ?>) report.get(0).get("problem")).get("status")).isEqualTo(422);
		assertThat(report.get(1)).containsEntry("line", 2).containsEntry("status", "created");
		assertThat(report.get(2)).containsEntry("status", "done")
			.containsEntry("created", 1)
			.containsEntry("failed", 1);
	}

	/**
	 * Groups of lines are stored side by side; a line that depends on a line of the group
	 * before still fares as it would after it: it finds the person created there, and a
	 * slug taken there is taken.
	 */
	@Test
	void linesOfDifferentGroupsFareAsOneAfterTheOther() {
		String prefix = unique("span").replace("-", "");
		int count = BulkImport.GROUP_LINES + 10;
		List<String> lines = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			Map<String, Object> line = speech(prefix + "-d" + i, prefix + "-s" + i, "Span Speaker " + i);
			if (i == BulkImport.GROUP_LINES + 1) {
				// The first speaker, by slug only: created by line 1, in the group
				// before.
				line = speech(prefix + "-d" + i, prefix + "-s1", "Span Speaker 1");
				line.put("authors", List.of(Map.of("person", prefix + "-s1", "role", "SPEAKER")));
			}
			if (i == BulkImport.GROUP_LINES + 2) {
				// The slug of line 2's document.
				line.put("slug", prefix + "-d2");
			}
			lines.add(JSON.writeValueAsString(line));
		}
		List<Map<String, Object>> report = importLines(lines);
		for (int i = 1; i <= count; i++) {
			if (i != BulkImport.GROUP_LINES + 2) {
				this.createdDocuments.add(prefix + "-d" + i);
				this.createdPeople.add(prefix + "-s" + i);
			}
		}

		assertThat(report).hasSize(count + 1);
		for (int i = 1; i <= count; i++) {
			Map<String, Object> line = report.get(i - 1);
			assertThat(line).as("line %d", i).containsEntry("line", i);
			if (i == BulkImport.GROUP_LINES + 2) {
				assertThat(line).containsEntry("status", "failed");
				assertThat(((Map<?, ?>) line.get("problem")).get("status")).isEqualTo(409);
			}
			else {
				assertThat(line).as("line %d", i).containsEntry("status", "created");
			}
		}
		assertThat(report.get(count)).containsEntry("created", count - 1).containsEntry("failed", 1);
		assertThat(get("/api/v1/documents/" + prefix + "-d2").json("$.authors[0].person.slug").toString())
			.isEqualTo(prefix + "-s2");
		// Stored by the import's own threads, in the name of the editor who sent it.
		assertThat((String) get("/api/v1/documents/" + prefix + "-d" + count).json("$.audit.createdBy"))
			.isEqualTo(EDITOR);
		assertThat(get("/api/v1/documents/" + prefix + "-d" + (BulkImport.GROUP_LINES + 1))
			.json("$.authors[0].person.slug")
			.toString()).isEqualTo(prefix + "-s1");
		assertThat(get("/api/v1/people/" + prefix + "-s" + (BulkImport.GROUP_LINES + 2)).status()).isEqualTo(404);
	}

	private static byte[] sha256(String text) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
