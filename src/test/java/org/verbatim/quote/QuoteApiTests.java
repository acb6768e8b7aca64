package org.verbatim.quote;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quote list and quote detail, against the seed: quotes 1 to 9 of 'The only correct
 * decision'. Quotes 2, 8 and 9 are Lukashenko's at the Federation Council (2025-03-14),
 * quote 3 his at the Ufa forum (2023-06-28); 1, 4, 5, 6 and 7 are undated.
 */
class QuoteApiTests extends ApiTest {

	private static final String UFA = "10th-forum-of-regions-ufa-2023";

	private static final String SPEECH = "lukashenko-federation-council-speech-2025";

	private static final String DOCUMENT = "the-only-correct-decision";

	private List<Long> ids(String query) {
		List<Long> ids = new ArrayList<>();
		for (Object id : listed("/api/v1/quotes" + query, "id")) {
			ids.add(((Number) id).longValue());
		}
		return ids;
	}

	private void assertBadRequest(String query, String parameter) {
		assertInvalidParameter("/api/v1/quotes" + query, parameter);
	}

	@Test
	void listsEveryQuoteOldestFirstWithUndatedLast() {
		Answer answer = get("/api/v1/quotes");
		assertThat(answer.status()).isEqualTo(200);
		assertThat((Integer) answer.json("$.totalItems")).isEqualTo(9);
		assertThat((Integer) answer.json("$.totalPages")).isEqualTo(1);
		assertThat((Integer) answer.json("$.page")).isEqualTo(0);
		assertThat((Integer) answer.json("$.size")).isEqualTo(20);
		List<Long> ids = ids("");
		assertThat(ids).hasSize(9);
		assertThat(ids.subList(0, 4)).containsExactly(3L, 2L, 8L, 9L);
		assertThat(ids.subList(4, 9)).containsExactlyInAnyOrder(1L, 4L, 5L, 6L, 7L);
		assertThat(ids("?sort=date")).isEqualTo(ids);
	}

	@Test
	void sortsNewestFirstWithUndatedLast() {
		List<Long> ids = ids("?sort=-date");
		assertThat(ids).hasSize(9);
		assertThat(ids.subList(0, 3)).containsExactlyInAnyOrder(2L, 8L, 9L);
		assertThat(ids.get(3)).isEqualTo(3L);
		assertThat(ids.subList(4, 9)).containsExactlyInAnyOrder(1L, 4L, 5L, 6L, 7L);
	}

	@Test
	void refusesUnknownSort() {
		assertBadRequest("?sort=title", "sort");
		assertBadRequest("?sort=DATE", "sort");
		assertBadRequest("?sort=name", "sort");
	}

	@ParameterizedTest
	@ValueSource(strings = { "aleksandr-lukashenko", "lukashenko", "LUKASHENKO", "Лукашенко", "Alyaksandr Lukashenka",
			"Лукашэнка", "alexander lukashenko", "Aleksandr Lukashenko", "Александр Лукашенко", "Аляксандр Лукашэнка",
			"Lukashenka", "Lukáshenko", "  lukashenko  ", "ALEKSANDR-LUKASHENKO" })
	void findsLukashenkosQuotesUnderAnySpellingOfHisName(String speaker) {
		assertThat(ids("?speaker=" + enc(speaker))).containsExactlyInAnyOrder(2L, 3L, 8L, 9L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "certain political experts", "Certain Political Experts", "  certain   political experts ",
			"cértain polítical éxperts", "Certain political experts.", "CERTAIN-POLITICAL-EXPERTS" })
	void findsGroupsByTheirWordingWhateverTheCaseAccentsAndPunctuation(String wording) {
		assertThat(ids("?speaker=" + enc(wording))).containsExactly(7L);
	}

	@Test
	void findsGroupsByTheirWholeWordingOnly() {
		assertThat(ids("?speaker=" + enc("London and Brussels"))).containsExactly(5L);
		assertThat(ids("?speaker=" + enc("London & Brussels"))).isEmpty();
		assertThat(ids("?speaker=" + enc("political experts"))).isEmpty();
		assertThat(ids("?speaker=" + enc("certain political experts say"))).isEmpty();
		// Nothing left once punctuation is folded: no wording matches it.
		assertThat(ids("?speaker=" + enc("…"))).isEmpty();
	}

	@Test
	void speakerWithoutQuotesOrUnknownGivesAnEmptyList() {
		assertThat(ids("?speaker=putin")).isEmpty();
		assertThat(ids("?speaker=aleksandr-shpakovsky")).isEmpty();
		assertThat(ids("?speaker=federation-council")).isEmpty();
		assertThat(ids("?speaker=zzzz")).isEmpty();
	}

	@Test
	void filtersByTopicIncludingSubtopics() {
		assertThat(ids("?topic=politics")).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
		assertThat(ids("?topic=integration")).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 6L, 7L, 8L, 9L);
		assertThat(ids("?topic=union-state")).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 6L, 7L, 8L);
		assertThat(ids("?topic=international-relations")).containsExactlyInAnyOrder(3L, 5L);
		assertThat(ids("?topic=political-rhetoric")).containsExactlyInAnyOrder(1L, 4L);
		assertThat(ids("?topic=economy")).containsExactly(2L);
		assertThat(ids("?topic=living-standards")).containsExactly(2L);
		assertThat(ids("?topic=energy")).isEmpty();
		assertThat(ids("?topic=regional-cooperation")).isEmpty();
	}

	@Test
	void countsATopicsQuotesOnceEachWhenThePageIsFull() {
		// One item a page leaves the total to the count; a quote on several of the
		// subtopics counts once.
		for (String filter : List.of("?topic=politics", "?topic=integration", "?topic=union-state",
				"?topic=politics&from=2025")) {
			int listed = ids(filter).size();
			assertThat(listed).as(filter).isGreaterThan(1);
			Answer answer = get("/api/v1/quotes" + filter + "&size=1");
			assertThat(answer.status()).as("%s", answer).isEqualTo(200);
			assertThat((Integer) answer.json("$.totalItems")).as(filter).isEqualTo(listed);
		}
	}

	@Test
	void refusesUnknownTopic() {
		assertBadRequest("?topic=weather", "topic");
		assertBadRequest("?topic=Politics", "topic");
	}

	@Test
	void filtersByYearRangeOverlap() {
		assertThat(ids("?speaker=lukashenko&from=2023&to=2023")).containsExactly(3L);
		Answer ufa = get("/api/v1/quotes?speaker=lukashenko&from=2023&to=2023");
		assertThat((String) ufa.json("$.items[0].event.slug")).isEqualTo(UFA);
		assertThat(ids("?from=2023&to=2023")).containsExactly(3L);
		assertThat(ids("?from=2025&to=2025")).containsExactlyInAnyOrder(2L, 8L, 9L);
		assertThat(ids("?from=2024&to=2024")).isEmpty();
		assertThat(ids("?from=2023&to=2025")).containsExactlyInAnyOrder(2L, 3L, 8L, 9L);
	}

	@Test
	void openRangesMatchOnlyDatedQuotes() {
		assertThat(ids("?from=1900")).containsExactlyInAnyOrder(2L, 3L, 8L, 9L);
		assertThat(ids("?to=2100")).containsExactlyInAnyOrder(2L, 3L, 8L, 9L);
		assertThat(ids("?from=2024")).containsExactlyInAnyOrder(2L, 8L, 9L);
		assertThat(ids("?to=2024")).containsExactly(3L);
		assertThat(ids("?from=2026")).isEmpty();
		assertThat(ids("?to=2022")).isEmpty();
	}

	@Test
	void filtersByMonthAndDayPrecision() {
		assertThat(ids("?from=2025-03&to=2025-03")).containsExactlyInAnyOrder(2L, 8L, 9L);
		assertThat(ids("?from=2025-02&to=2025-02")).isEmpty();
		assertThat(ids("?from=2025-04")).isEmpty();
		assertThat(ids("?from=2023-06&to=2023-06")).containsExactly(3L);
		assertThat(ids("?from=2025-03-14&to=2025-03-14")).containsExactlyInAnyOrder(2L, 8L, 9L);
		assertThat(ids("?from=2025-03-14")).containsExactlyInAnyOrder(2L, 8L, 9L);
		assertThat(ids("?to=2025-03-14")).containsExactlyInAnyOrder(2L, 3L, 8L, 9L);
		assertThat(ids("?to=2025-03-13")).containsExactly(3L);
		assertThat(ids("?from=2025-03-15")).isEmpty();
		assertThat(ids("?from=2023-06-28&to=2023-06-28")).containsExactly(3L);
		assertThat(ids("?from=2023-06-29&to=2025-03-13")).isEmpty();
		assertThat(ids("?from=2023-06-29&to=2025-03")).containsExactlyInAnyOrder(2L, 8L, 9L);
	}

	@Test
	void filtersByEvent() {
		assertThat(ids("?event=" + SPEECH)).containsExactlyInAnyOrder(2L, 8L, 9L);
		assertThat(ids("?event=" + UFA)).containsExactly(3L);
		assertThat(ids("?event=unified-electricity-market-agreement")).isEmpty();
	}

	@Test
	void refusesUnknownEvent() {
		assertBadRequest("?event=no-such-event", "event");
	}

	@Test
	void filtersByDocument() {
		assertThat(ids("?document=" + DOCUMENT)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
	}

	@Test
	void refusesUnknownDocument() {
		assertBadRequest("?document=no-such-document", "document");
	}

	@Test
	void filtersByKindIgnoringCase() {
		assertThat(ids("?kind=direct")).containsExactlyInAnyOrder(2L, 3L);
		assertThat(ids("?kind=DIRECT")).containsExactlyInAnyOrder(2L, 3L);
		assertThat(ids("?kind=attributed_phrase")).containsExactlyInAnyOrder(5L, 7L, 8L, 9L);
		assertThat(ids("?kind=Attributed_Phrase")).containsExactlyInAnyOrder(5L, 7L, 8L, 9L);
		assertThat(ids("?kind=slogan")).containsExactly(4L);
		assertThat(ids("?kind=formula")).containsExactly(1L);
		assertThat(ids("?kind=term")).containsExactly(6L);
	}

	@Test
	void refusesUnknownKind() {
		assertBadRequest("?kind=quote", "kind");
		assertBadRequest("?kind=direct_speech", "kind");
	}

	@Test
	void combinesFiltersWithAnd() {
		assertThat(ids("?speaker=lukashenko&kind=direct")).containsExactlyInAnyOrder(2L, 3L);
		assertThat(ids("?speaker=lukashenko&kind=attributed_phrase")).containsExactlyInAnyOrder(8L, 9L);
		assertThat(ids("?speaker=lukashenko&topic=international-relations")).containsExactly(3L);
		assertThat(ids("?speaker=lukashenko&topic=economy")).containsExactly(2L);
		assertThat(ids("?topic=union-state&kind=attributed_phrase")).containsExactlyInAnyOrder(7L, 8L);
		assertThat(ids("?topic=union-state&kind=attributed_phrase&from=2025")).containsExactly(8L);
		assertThat(ids("?kind=attributed_phrase&event=" + SPEECH)).containsExactlyInAnyOrder(8L, 9L);
		assertThat(ids("?kind=direct&event=" + SPEECH)).containsExactly(2L);
		assertThat(ids("?speaker=lukashenko&event=" + UFA + "&from=2025")).isEmpty();
		assertThat(ids("?speaker=" + enc("certain political experts") + "&kind=direct")).isEmpty();
		assertThat(ids("?speaker=" + enc("Лукашенко") + "&topic=living-standards&event=" + SPEECH + "&document="
				+ DOCUMENT + "&kind=direct&from=2025-03&to=2025-03"))
			.containsExactly(2L);
		assertThat(ids("?document=" + DOCUMENT + "&kind=slogan&topic=political-rhetoric")).containsExactly(4L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "&sort=-date" })
	void aFilteredListKeepsTheListsOrderPageByPage(String sort) {
		// Pages past the first take their ids first, then those quotes: both in order.
		List<Long> all = ids("?size=100" + sort);
		List<Long> filtered = ids("?speaker=lukashenko&size=100" + sort);
		assertThat(filtered).hasSize(4).isEqualTo(all.stream().filter(filtered::contains).toList());
		List<Long> paged = new ArrayList<>();
		for (int page = 0; page < 4; page++) {
			Answer answer = get("/api/v1/quotes?speaker=lukashenko&size=1&page=" + page + sort);
			assertThat(answer.status()).as("%s", answer).isEqualTo(200);
			answer.list("$.items[*].id").forEach(id -> paged.add(((Number) id).longValue()));
		}
		assertThat(paged).isEqualTo(filtered);
	}

	@ParameterizedTest
	@ValueSource(strings = { "&topic=politics", "&topic=union-state", "&topic=politics&sort=-date",
			"&topic=union-state&sort=-date" })
	void aSpeakerOnATopicPagesWithItsTotalOnEveryPageAndPastTheLast(String filter) {
		// On PostgreSQL read from the topic rows' copies: the page's ids with the total
		// beside them, counted on its own only past the last page, where no row carries
		// it. Politics has subtopics.
		String list = "/api/v1/quotes?speaker=lukashenko" + filter;
		List<Long> all = ids("?speaker=lukashenko" + filter + "&size=100");
		assertThat(all).hasSizeGreaterThan(1).doesNotHaveDuplicates();
		List<Long> paged = new ArrayList<>();
		for (int page = 0; page < all.size(); page++) {
			Answer answer = get(list + "&size=1&page=" + page);
			assertThat(answer.status()).as("%s", answer).isEqualTo(200);
			assertThat((Integer) answer.json("$.totalItems")).as("page %d", page).isEqualTo(all.size());
			assertThat((Integer) answer.json("$.totalPages")).as("page %d", page).isEqualTo(all.size());
			answer.list("$.items[*].id").forEach(id -> paged.add(((Number) id).longValue()));
		}
		assertThat(paged).isEqualTo(all);
		for (int page : List.of(all.size(), all.size() + 5)) {
			Answer beyond = get(list + "&size=1&page=" + page);
			assertThat(beyond.status()).as("%s", beyond).isEqualTo(200);
			assertThat(beyond.list("$.items")).as("page %d", page).isEmpty();
			assertThat((Integer) beyond.json("$.totalItems")).as("page %d", page).isEqualTo(all.size());
		}
		Answer none = get("/api/v1/quotes?speaker=lukashenko&from=1990&to=1991" + filter);
		assertThat(none.status()).as("%s", none).isEqualTo(200);
		assertThat(none.list("$.items")).isEmpty();
		assertThat((Integer) none.json("$.totalItems")).isZero();
	}

	@Test
	void pagesConcatenateToTheWholeListWithoutOverlap() {
		List<Long> all = ids("?size=100");
		assertThat(all).hasSize(9).doesNotHaveDuplicates();
		List<Long> paged = new ArrayList<>();
		List<Object> whole = new ArrayList<>();
		for (int page = 0; page < 5; page++) {
			Answer answer = get("/api/v1/quotes?size=2&page=" + page);
			// Pages past the first take their ids first: the same quotes, shown whole.
			whole.addAll(answer.list("$.items"));
			assertThat(answer.status()).isEqualTo(200);
			assertThat((Integer) answer.json("$.page")).isEqualTo(page);
			assertThat((Integer) answer.json("$.size")).isEqualTo(2);
			assertThat((Integer) answer.json("$.totalItems")).isEqualTo(9);
			assertThat((Integer) answer.json("$.totalPages")).isEqualTo(5);
			List<Object> items = answer.list("$.items[*].id");
			assertThat(items).hasSize((page < 4) ? 2 : 1);
			items.forEach(id -> paged.add(((Number) id).longValue()));
		}
		assertThat(paged).isEqualTo(all);
		assertThat(whole).isEqualTo(get("/api/v1/quotes?size=100").list("$.items"));
		Answer beyond = get("/api/v1/quotes?size=2&page=5");
		assertThat(beyond.status()).isEqualTo(200);
		assertThat(beyond.list("$.items")).isEmpty();
		assertThat((Integer) beyond.json("$.totalItems")).isEqualTo(9);
	}

	@Test
	void pagesNewestFirstToo() {
		List<Long> all = ids("?sort=-date");
		List<Long> paged = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			Answer answer = get("/api/v1/quotes?sort=-date&size=4&page=" + page);
			answer.list("$.items[*].id").forEach(id -> paged.add(((Number) id).longValue()));
		}
		assertThat(paged).isEqualTo(all);
	}

	/**
	 * Newest first reads the dated quotes, then the undated: every page size puts the
	 * seam somewhere else (inside a page, at its end, on a page of undated alone).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "", "&kind=DIRECT", "&speaker=lukashenko" })
	void newestFirstPagesCrossFromDatedToUndatedAtEverySize(String filter) {
		List<Object> whole = get("/api/v1/quotes?sort=-date&size=100" + filter).list("$.items");
		assertThat(whole).isNotEmpty();
		for (int size = 1; size <= whole.size() + 1; size++) {
			List<Object> paged = new ArrayList<>();
			for (int page = 0; page * size <= whole.size(); page++) {
				Answer answer = get("/api/v1/quotes?sort=-date&size=" + size + "&page=" + page + filter);
				assertThat(answer.status()).as("%s", answer).isEqualTo(200);
				assertThat((Integer) answer.json("$.totalItems")).isEqualTo(whole.size());
				paged.addAll(answer.list("$.items"));
			}
			assertThat(paged).as("size %d", size).isEqualTo(whole);
		}
	}

	@Test
	void pagesFilteredLists() {
		Answer answer = get("/api/v1/quotes?speaker=lukashenko&size=3&page=1");
		assertThat(answer.status()).isEqualTo(200);
		assertThat((Integer) answer.json("$.totalItems")).isEqualTo(4);
		assertThat((Integer) answer.json("$.totalPages")).isEqualTo(2);
		assertThat(answer.list("$.items[*].id")).containsExactly(9);
	}

	@Test
	void acceptsSizesFromOneToOneHundred() {
		assertThat(get("/api/v1/quotes?size=1").list("$.items")).hasSize(1);
		assertThat((Integer) get("/api/v1/quotes?size=1").json("$.totalPages")).isEqualTo(9);
		assertThat(get("/api/v1/quotes?size=100").list("$.items")).hasSize(9);
	}

	@Test
	void refusesBadPaging() {
		assertBadRequest("?size=101", "size");
		assertBadRequest("?size=0", "size");
		assertBadRequest("?size=-5", "size");
		assertBadRequest("?page=-1", "page");
		assertBadRequest("?page=abc", "page");
		assertBadRequest("?size=ten", "size");
		assertBadRequest("?page=2147483647&size=100", "page");
	}

	@Test
	void showsAQuoteWithSpeakerEventAndDate() {
		Answer answer = get("/api/v1/quotes/3");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		assertThat((Integer) answer.json("$.id")).isEqualTo(3);
		assertThat((String) answer.json("$.text")).startsWith("When speaking, I often say that the Union of Belarus");
		assertThat((String) answer.json("$.kind")).isEqualTo("DIRECT");
		assertThat((String) answer.json("$.speaker.kind")).isEqualTo("PERSON");
		assertThat((String) answer.json("$.speaker.person.slug")).isEqualTo("aleksandr-lukashenko");
		assertThat((String) answer.json("$.speaker.person.name")).isEqualTo("Aleksandr Lukashenko");
		assertThat((String) answer.json("$.speaker.attribution")).isEqualTo(
				"Aleksandr Lukashenko noted at the 10th Forum of Regions of Belarus and Russia in Ufa on June 28th, 2023");
		assertThat((String) answer.json("$.document.slug")).isEqualTo(DOCUMENT);
		assertThat((String) answer.json("$.event.slug")).isEqualTo(UFA);
		assertThat((String) answer.json("$.date.value")).isEqualTo("2023-06-28");
		assertThat((String) answer.json("$.date.precision")).isEqualTo("DAY");
		assertThat((String) answer.json("$.date.earliest")).isEqualTo("2023-06-28");
		assertThat((String) answer.json("$.date.latest")).isEqualTo("2023-06-28");
		assertThat((Boolean) answer.json("$.date.inferred")).isFalse();
		assertThat(answer.list("$.topics[*].slug")).containsExactlyInAnyOrder("union-state", "international-relations");
		assertThat(answer.list("$.occurrences")).hasSize(1);
	}

	@Test
	void showsInferredDates() {
		Answer answer = get("/api/v1/quotes/9");
		assertThat(answer.status()).isEqualTo(200);
		assertThat((String) answer.json("$.text")).isEqualTo("historical mission");
		assertThat((String) answer.json("$.kind")).isEqualTo("ATTRIBUTED_PHRASE");
		assertThat((String) answer.json("$.event.slug")).isEqualTo(SPEECH);
		assertThat((String) answer.json("$.date.value")).isEqualTo("2025-03-14");
		assertThat((Boolean) answer.json("$.date.inferred")).isTrue();
		assertThat((String) answer.json("$.date.inferredFrom")).isEqualTo("on March 14th of this year");
		assertThat(answer.list("$.topics[*].slug")).containsExactly("integration");
	}

	@Test
	void showsGroupAndUnattributedSpeakers() {
		Answer group = get("/api/v1/quotes/7");
		assertThat(group.status()).isEqualTo(200);
		assertThat((String) group.json("$.text")).isEqualTo("historical speech");
		assertThat((String) group.json("$.speaker.kind")).isEqualTo("GROUP");
		assertThat((String) group.json("$.speaker.group")).isEqualTo("certain political experts");
		assertThat((Object) group.json("$.speaker.person")).isNull();
		assertThat((Object) group.json("$.speaker.organisation")).isNull();
		assertThat((Object) group.json("$.date")).isNull();
		assertThat((Object) group.json("$.event")).isNull();

		Answer unattributed = get("/api/v1/quotes/4");
		assertThat(unattributed.status()).isEqualTo(200);
		assertThat((String) unattributed.json("$.text")).isEqualTo("Time has chosen us!");
		assertThat((String) unattributed.json("$.kind")).isEqualTo("SLOGAN");
		assertThat((String) unattributed.json("$.speaker.kind")).isEqualTo("UNATTRIBUTED");
		assertThat((Object) unattributed.json("$.speaker.person")).isNull();
		assertThat((Object) unattributed.json("$.speaker.group")).isNull();
	}

	@Test
	void showsEveryOccurrenceOfAQuoteThatStandsTwice() {
		Answer answer = get("/api/v1/quotes/2");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.list("$.occurrences")).hasSize(2);
	}

	@Test
	void unknownQuoteIsANotFoundProblem() {
		for (String id : List.of("999999", "0", "-1")) {
			Answer answer = get("/api/v1/quotes/" + id);
			assertThat(answer.status()).as(id).isEqualTo(404);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat((Integer) answer.json("$.status")).isEqualTo(404);
			assertThat((String) answer.json("$.title")).isNotBlank();
			assertThat((String) answer.json("$.detail")).contains(id);
		}
	}

	@Test
	void nonNumericQuoteIdIsABadRequestProblem() {
		for (String id : List.of("abc", "1.5", "99999999999999999999")) {
			Answer answer = get("/api/v1/quotes/" + id);
			assertThat(answer.status()).as(id).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat((String) answer.json("$.parameter")).isEqualTo("id");
			assertThat((String) answer.json("$.rejectedValue")).isEqualTo(id);
			assertThat((String) answer.json("$.title")).isNotBlank();
			assertThat((String) answer.json("$.detail")).isNotBlank();
		}
	}

	@Test
	void refusesOtherParametersOnTheDetail() {
		Answer answer = get("/api/v1/quotes/1?speaker=lukashenko");
		assertThat(answer.status()).isEqualTo(400);
		assertThat((String) answer.json("$.parameter")).isEqualTo("speaker");
	}

}
