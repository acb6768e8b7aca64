package org.verbatim.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-text search over the seed: the query language, relevance, highlights with offsets
 * into the document text, facets over every hit, filters, and the errors of malformed
 * queries.
 */
class SearchApiTests extends ApiTest {

	static final String SLUG = "the-only-correct-decision";

	private Answer search(String query) {
		Answer answer = get("/api/v1/search?" + query);
		assertThat(answer.status()).as("%s -> %s", query, answer).isEqualTo(200);
		return answer;
	}

	private List<String> ids(String query) {
		return search(query).<List<String>>json("$.items[*].id");
	}

	private String text() {
		return get("/api/v1/documents/" + SLUG + "/text").body();
	}

	private static String cut(String text, int start, int end) {
		return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
	}

	@Test
	void electricityFindsTheUnifiedElectricityMarketPassageWithItsOffsets() {
		Answer answer = search("q=electricity&type=document");
		assertThat(answer.<List<String>>json("$.items[*].id")).containsExactly(SLUG);
		List<Map<String, Object>> highlights = answer.json("$.items[0].highlights[?(@.field == 'text')]");
		assertThat(highlights).isNotEmpty();
		assertThat((String) highlights.get(0).get("fragment")).contains("unified <mark>electricity</mark> market");
		String text = text();
		int spans = 0;
		for (Map<String, Object> highlight : highlights) {
			@SuppressWarnings("unchecked")
			List<Map<String, Integer>> offsets = (List<Map<String, Integer>>) highlight.get("offsets");
			for (Map<String, Integer> span : offsets) {
				assertThat(cut(text, span.get("start"), span.get("end"))).isEqualToIgnoringCase("electricity");
				spans++;
			}
		}
		// "electricity" stands twice in the article, both in passages about the unified
		// market.
		assertThat(spans).isEqualTo(2);
	}

	@Test
	void aPageOfDocumentsQuotesAndEventsMarksTheWordsInEachHit() {
		// Documents are highlighted from their term vectors, quotes and events from their
		// text analysed again: one page holds both kinds of pass.
		Answer answer = search("q=union&size=50");
		List<Map<String, Object>> items = answer.json("$.items");
		assertThat(items).extracting(item -> item.get("type")).contains("document", "quote", "event");
		for (Map<String, Object> item : items) {
			List<String> fragments = answer.json("$.items[?(@.id == '" + item.get("id") + "' && @.type == '"
					+ item.get("type") + "')].highlights[*].fragment");
			assertThat(fragments).as("%s %s", item.get("type"), item.get("id"))
				.anySatisfy(fragment -> assertThat(fragment).containsIgnoringCase("<mark>union</mark>"));
		}
	}

	@Test
	void hitsInAQuoteAreOffsetIntoTheDocumentAtEveryOccurrence() {
		Answer answer = search("q=incomes&type=quote");
		assertThat(answer.<List<String>>json("$.items[*].id")).containsExactly("2");
		List<Map<String, Integer>> offsets = answer.json("$.items[0].highlights[0].offsets");
		// The pull quote is printed twice: one span per occurrence.
		assertThat(offsets).hasSize(2);
		String text = text();
		for (Map<String, Integer> span : offsets) {
			assertThat(cut(text, span.get("start"), span.get("end"))).isEqualTo("incomes");
		}
		assertThat(answer.<String>json("$.items[0].href")).isEqualTo("/api/v1/quotes/2");
		assertThat(answer.<String>json("$.items[0].document")).isEqualTo(SLUG);
	}

	@Test
	void ranksByRelevanceWithTitlesAboveMentions() {
		Answer answer = search("q=electricity");
		List<Double> scores = answer.<List<Double>>json("$.items[*].score");
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		// Both events carry the word in their name; the article only mentions it.
		assertThat(answer.<List<String>>json("$.items[*].id"))
			.containsExactly("unified-electricity-market-planned-1999", "unified-electricity-market-agreement", SLUG);
	}

	@Test
	void facetsCountEveryHitNotJustThePage() {
		Answer answer = search("q=electricity&size=1");
		assertThat(answer.<Integer>json("$.totalItems")).isEqualTo(3);
		assertThat(answer.<List<Object>>json("$.items")).hasSize(1);
		assertThat(facet(answer, "type")).containsEntry("event", 2).containsEntry("document", 1).hasSize(2);
		assertThat(facet(answer, "year")).containsEntry("1999", 1).containsEntry("2024", 1).containsEntry("2025", 1);
		assertThat(facet(answer, "topic")).containsEntry("electricity-market", 3).containsEntry("integration", 3);
		assertThat(facet(answer, "kind")).containsEntry("PLAN", 1)
			.containsEntry("AGREEMENT", 1)
			.containsEntry("ARTICLE", 1);
		assertThat(facet(answer, "speaker")).containsEntry("aleksandr-shpakovsky", 1);
	}

	private static Map<String, Integer> facet(Answer answer, String name) {
		List<Map<String, Object>> counts = answer.json("$.facets." + name);
		Map<String, Integer> map = new java.util.LinkedHashMap<>();
		counts.forEach(c -> map.put((String) c.get("value"), ((Number) c.get("count")).intValue()));
		return map;
	}

	@Test
	void englishWordsMatchTheirOtherForms() {
		Answer answer = search("q=integrate&type=document");
		assertThat(answer.<List<String>>json("$.items[*].id")).containsExactly(SLUG);
		assertThat(answer.<String>json("$.items[0].highlights[0].fragment")).contains("<mark>integration</mark>");
	}

	@Test
	void phrasesMatchExactly() {
		assertThat(ids("q=" + enc("\"Union State\"") + "&type=quote")).containsExactly("8");
		assertThat(ids("q=" + enc("\"State Union\""))).isEmpty();
	}

	@Test
	void excludedWordsExclude() {
		assertThat(ids("q=electricity")).contains("unified-electricity-market-agreement", SLUG);
		assertThat(ids("q=" + enc("electricity -agreement")))
			.containsExactly("unified-electricity-market-planned-1999");
	}

	@Test
	void orFindsEitherWord() {
		assertThat(ids("q=incomes&type=quote")).containsExactly("2");
		assertThat(ids("q=peace&type=quote")).containsExactly("3");
		assertThat(ids("q=" + enc("incomes OR peace") + "&type=quote")).containsExactlyInAnyOrder("2", "3");
		// Without OR all words must match.
		assertThat(ids("q=" + enc("incomes peace") + "&type=quote")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ELECTRICITY", "Électricity", "electricity" })
	void caseAndAccentsDoNotMatter(String q) {
		assertThat(ids("q=" + enc(q))).hasSize(3);
	}

	@Test
	void wordsJoinedByAMissingSpaceAreStillWords() {
		// The text reads "co-operation with Rosatom.Along with that".
		assertThat(ids("q=Rosatom")).containsExactly(SLUG);
	}

	@Test
	void filtersCombineWithTheQuery() {
		// His quote, and the article that quotes him.
		assertThat(ids("q=peace&speaker=" + enc("Лукашенко"))).containsExactlyInAnyOrder("3", SLUG);
		assertThat(ids("q=peace&type=quote&speaker=" + enc("Лукашенко"))).containsExactly("3");
		assertThat(ids("q=peace&speaker=vladimir-putin")).isEmpty();
		assertThat(ids("q=peace&from=2023&to=2023")).containsExactly("3");
		// The article is dated 2025 (year precision): it overlaps a range from 2024, the
		// 2023 quote does not.
		assertThat(ids("q=peace&from=2024")).containsExactly(SLUG);
		assertThat(ids("q=peace&from=2026")).isEmpty();
		assertThat(ids("q=electricity&topic=energy&type=event")).containsExactlyInAnyOrder(
				"unified-electricity-market-planned-1999", "unified-electricity-market-agreement");
		assertThat(ids("q=electricity&kind=agreement")).containsExactly("unified-electricity-market-agreement");
		assertThat(ids("q=incomes&document=" + SLUG)).containsExactly("2", SLUG);
		// A document matches a speaker it quotes, as GET /documents?speaker= does.
		assertThat(ids("q=integration&type=document&speaker=lukashenko")).containsExactly(SLUG);
	}

	@ParameterizedTest
	@ValueSource(strings = { "q=", "q=%20%20", "q=" + "%22unbalanced", "q=-excluded", "q=-a%20-b", "q=x&type=speech",
			"q=x&kind=sermon", "q=x&size=101", "q=x&from=2025&to=2023", "q=x&topic=nope", "" })
	void malformedRequestsAreRefusedWithAProblem(String query) {
		Answer answer = get("/api/v1/search?" + query);
		assertThat(answer.status()).as("%s -> %s", query, answer).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.<String>json("$.parameter")).isNotBlank();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a|b", "(electricity", "electricity)", "elec*", "~2", "\\", "+", "OR", "\"\"x",
			"AND OR NOT", "'", "%", "_", "електрычнасць" })
	void oddQueriesNeverFail(String q) {
		assertThat(get("/api/v1/search?q=" + enc(q)).status()).as(q).isLessThan(500);
	}

	@Test
	void anExcludedPhraseIsExcluded() {
		assertThat(ids("q=union&type=quote")).containsExactlyInAnyOrder("2", "3", "8");
		assertThat(ids("q=" + enc("union -\"Union State\""))).containsExactlyInAnyOrder("2", "3",
				"union-programmes-adoption-2021");
	}

	@Test
	void aPassagePrintedTwiceIsPointedToAtBothPlaces() {
		Answer answer = search("q=benefits&type=document");
		List<Map<String, Integer>> offsets = answer.json("$.items[0].highlights[*].offsets[*]");
		String text = text();
		assertThat(offsets).hasSize(2);
		assertThat(offsets).extracting(o -> o.get("start")).doesNotHaveDuplicates();
		for (Map<String, Integer> span : offsets) {
			assertThat(cut(text, span.get("start"), span.get("end"))).isEqualTo("benefits");
		}
	}

	@Test
	void aQuoteIsFoundByItsOwnWordsNotItsDocumentsTitle() {
		// "decision" is in the article's title and in the words of one quote only.
		assertThat(ids("q=decision&type=quote")).containsExactly("8");
	}

	@ParameterizedTest
	@ValueSource(strings = { "certain political experts", "Certain Political Experts", "certain  political   experts" })
	void groupWordingIgnoresCaseAndSpacing(String wording) {
		assertThat(ids("q=historical&type=quote&speaker=" + enc(wording))).containsExactly("7");
		assertThat(get("/api/v1/quotes?speaker=" + enc(wording)).<List<Integer>>json("$.items[*].id"))
			.containsExactly(7);
	}

	/**
	 * The index folds a group's wording (case, accents, "й"); the filter must fold what
	 * it is given the same way, or wording typed as the source gives it finds nothing.
	 */
	@Test
	void groupWordingWithAccentsOrCyrillicIsFoundAsTheSourceGivesIt() {
		String slug = "group-wording-" + UUID.randomUUID().toString().substring(0, 8);
		String text = "Les Éxperts de l'Académie ont dit : nous verrons. "
				+ "Депутаты Государственной думы ответили: посмотрим.";
		Answer created = send("POST", "/api/v1/documents", """
				{"slug": "%s", "title": "Two groups", "kind": "ARTICLE", "language": "fr", "text": %s,
				 "quotes": [
				   {"speaker": {"group": "Éxperts de l'Académie"},
				    "target": {"selector": {"type": "TextQuoteSelector", "exact": "nous verrons"}}},
				   {"speaker": {"group": "Депутаты Государственной думы"},
				    "target": {"selector": {"type": "TextQuoteSelector", "exact": "посмотрим"}}}
				 ]}
				""".formatted(slug, literal(text)), "Authorization", "Bearer " + EDITOR_TOKEN);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		List<String> quotes = created.<List<Integer>>json("$.quotes[*].id").stream().map(String::valueOf).toList();
		try {
			for (String wording : List.of("Éxperts de l'Académie", "ÉXPERTS  DE L'ACADÉMIE", "experts de l'academie")) {
				assertThat(ids("q=verrons&type=quote&speaker=" + enc(wording))).as(wording)
					.containsExactly(quotes.get(0));
			}
			for (String wording : List.of("Депутаты Государственной думы", "ДЕПУТАТЫ ГОСУДАРСТВЕННОЙ ДУМЫ")) {
				assertThat(ids("q=" + enc("посмотрим") + "&type=quote&speaker=" + enc(wording))).as(wording)
					.containsExactly(quotes.get(1));
			}
			// The facet shows the wording folded, and that value filters as well.
			Answer answer = search("q=" + enc("verrons OR посмотрим") + "&type=quote");
			Map<String, Integer> speakers = facet(answer, "speaker");
			assertThat(speakers).containsOnlyKeys("experts de l'academie", "депутаты государственнои думы");
			for (Map.Entry<String, Integer> speaker : speakers.entrySet()) {
				assertThat(search("q=" + enc("verrons OR посмотрим") + "&type=quote&speaker=" + enc(speaker.getKey()))
					.<Integer>json("$.totalItems")).as(speaker.getKey()).isEqualTo(speaker.getValue());
			}
			// The quote list and the documents' speaker filter find them the same ways.
			for (String wording : List.of("Депутаты государственной Думы", "депутаты государственнои думы")) {
				assertThat(get("/api/v1/quotes?speaker=" + enc(wording)).<List<String>>json("$.items[*].text"))
					.as(wording)
					.containsExactly("посмотрим");
			}
			for (String wording : List.of("Éxperts de l'Académie", "experts de l'academie", "EXPERTS DE L ACADEMIE")) {
				assertThat(get("/api/v1/quotes?speaker=" + enc(wording)).<List<String>>json("$.items[*].text"))
					.as(wording)
					.containsExactly("nous verrons");
				assertThat(get("/api/v1/documents?speaker=" + enc(wording)).<List<String>>json("$.items[*].slug"))
					.as(wording)
					.containsExactly(slug);
			}
		}
		finally {
			Answer current = get("/api/v1/documents/" + slug);
			assertThat(send("DELETE", "/api/v1/documents/" + slug, null, "Authorization", "Bearer " + EDITOR_TOKEN,
					"If-Match", current.header("ETag"))
				.status()).isEqualTo(204);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "union", "electricity", "integration", "peace OR incomes" })
	void everyTopicAndTypeFacetCountsWhatItsFilterFinds(String q) {
		Answer answer = search("q=" + enc(q));
		for (Map.Entry<String, Integer> topic : facet(answer, "topic").entrySet()) {
			assertThat(search("q=" + enc(q) + "&topic=" + topic.getKey()).<Integer>json("$.totalItems"))
				.as("%s, topic %s", q, topic.getKey())
				.isEqualTo(topic.getValue());
		}
		for (Map.Entry<String, Integer> type : facet(answer, "type").entrySet()) {
			assertThat(search("q=" + enc(q) + "&type=" + type.getKey()).<Integer>json("$.totalItems"))
				.as("%s, type %s", q, type.getKey())
				.isEqualTo(type.getValue());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "q=union&type=,", "q=union&type=,,", "q=union&page=2147483647&size=1",
			"q=union&page=21474836&size=100", "q=union&document=nope" })
	void edgeCasesAreRefusedNotFailed(String query) {
		Answer answer = get("/api/v1/search?" + query);
		assertThat(answer.status()).as("%s -> %s", query, answer).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aSpeakerOfThousandsOfWordsIsNoName() {
		String words = String.join(" ", java.util.Collections.nCopies(1100, "ab"));
		assertThat(get("/api/v1/quotes?speaker=" + enc(words)).status()).isEqualTo(200);
		assertThat(get("/api/v1/search?q=union&speaker=" + enc(words)).<Integer>json("$.totalItems")).isZero();
	}

}
