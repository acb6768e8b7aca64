package org.verbatim.document;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.verbatim.ApiTest;
import org.verbatim.shared.ArchiveWrites;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document list and detail, against the seed: one article, 'The only correct
 * decision' by Aleksandr Shpakovsky, dated 2025 (year precision, inferred), quoting
 * Lukashenko and two groups, tagged with eleven topics (neither root, nor energy) so that
 * every topic filter finds it.
 */
class DocumentApiTests extends ApiTest {

	private static final String SLUG = "the-only-correct-decision";

	private List<Object> slugs(String query) {
		return listed("/api/v1/documents" + query, "slug");
	}

	private void assertBadRequest(String query, String parameter) {
		assertInvalidParameter("/api/v1/documents" + query, parameter);
	}

	@Test
	void listsTheDocumentWithItsMetadata() {
		Answer answer = get("/api/v1/documents");
		assertThat(answer.status()).isEqualTo(200);
		assertThat((Integer) answer.json("$.totalItems")).isEqualTo(1);
		assertThat((Integer) answer.json("$.totalPages")).isEqualTo(1);
		assertThat(answer.list("$.items[*].slug")).containsExactly(SLUG);
		assertThat((String) answer.json("$.items[0].title")).isEqualTo("The only correct decision");
		assertThat((String) answer.json("$.items[0].subtitle"))
			.isEqualTo("Why Belarusian-Russian co-operation is a logical process");
		assertThat((String) answer.json("$.items[0].kind")).isEqualTo("ARTICLE");
		assertThat((String) answer.json("$.items[0].language")).isEqualTo("en");
		assertThat((String) answer.json("$.items[0].date.value")).isEqualTo("2025");
		assertThat((String) answer.json("$.items[0].date.precision")).isEqualTo("YEAR");
		assertThat((Boolean) answer.json("$.items[0].date.inferred")).isTrue();
		assertThat(answer.list("$.items[0].authors[*].person.slug")).containsExactly("aleksandr-shpakovsky");
		assertThat(answer.list("$.items[0].authors[*].bylineName")).containsExactly("Aleksandr Shpakovsky");
		assertThat(answer.list("$.items[0].topics[*].slug")).containsExactlyInAnyOrder("union-state", "integration",
				"regional-cooperation", "international-relations", "elections", "political-rhetoric", "trade",
				"electricity-market", "nuclear-power", "oil-and-gas", "living-standards");
		assertThat(answer.body()).doesNotContain("Time has chosen us");
	}

	@ParameterizedTest
	@ValueSource(strings = { "shpakovsky", "Shpakovsky", "SHPAKOVSKY", "aleksandr-shpakovsky", "Шпаковский",
			"Александр Шпаковский", "Аляксандр Шпакоўскі", "Alyaksandr Shpakouski", "Alexander Shpakovsky",
			"Shpakóvsky" })
	void filtersByAuthorUnderAnySpelling(String author) {
		assertThat(slugs("?author=" + enc(author))).containsExactly(SLUG);
	}

	@Test
	void authorWhoWroteNothingGivesAnEmptyList() {
		assertThat(slugs("?author=lukashenko")).isEmpty();
		assertThat(slugs("?author=vladimir-putin")).isEmpty();
		assertThat(slugs("?author=zzzz")).isEmpty();
		// an author is a person, never an organisation
		assertThat(slugs("?author=federation-council")).isEmpty();
	}

	@Test
	void filtersBySpeakerQuoted() {
		assertThat(slugs("?speaker=lukashenko")).containsExactly(SLUG);
		assertThat(slugs("?speaker=" + enc("Лукашэнка"))).containsExactly(SLUG);
		assertThat(slugs("?speaker=" + enc("certain political experts"))).containsExactly(SLUG);
		// quoted by nobody: the author is not a speaker of any quote, nor is Putin
		assertThat(slugs("?speaker=shpakovsky")).isEmpty();
		assertThat(slugs("?speaker=putin")).isEmpty();
		assertThat(slugs("?speaker=zzzz")).isEmpty();
	}

	@Test
	void filtersByTopicIncludingSubtopics() {
		assertThat(slugs("?topic=energy")).containsExactly(SLUG);
		assertThat(slugs("?topic=economy")).containsExactly(SLUG);
		assertThat(slugs("?topic=politics")).containsExactly(SLUG);
		assertThat(slugs("?topic=nuclear-power")).containsExactly(SLUG);
		assertBadRequest("?topic=weather", "topic");
	}

	@Test
	void filtersByDateOverlap() {
		assertThat(slugs("?from=2025&to=2025")).containsExactly(SLUG);
		// a year-precision date overlaps any range touching its year
		assertThat(slugs("?from=2025-03-14&to=2025-03-14")).containsExactly(SLUG);
		assertThat(slugs("?from=2025-12")).containsExactly(SLUG);
		assertThat(slugs("?to=2025-01-01")).containsExactly(SLUG);
		assertThat(slugs("?from=2020&to=2030")).containsExactly(SLUG);
		assertThat(slugs("?to=2024")).isEmpty();
		assertThat(slugs("?to=2024-12-31")).isEmpty();
		assertThat(slugs("?from=2026")).isEmpty();
		assertThat(slugs("?from=2026-01-01")).isEmpty();
	}

	@Test
	void filtersByKindIgnoringCase() {
		assertThat(slugs("?kind=article")).containsExactly(SLUG);
		assertThat(slugs("?kind=ARTICLE")).containsExactly(SLUG);
		assertThat(slugs("?kind=speech")).isEmpty();
		assertThat(slugs("?kind=interview")).isEmpty();
		assertBadRequest("?kind=novel", "kind");
	}

	@Test
	void combinesFiltersWithAnd() {
		assertThat(slugs("?author=shpakovsky&speaker=lukashenko&topic=trade&kind=article&from=2025&to=2025"))
			.containsExactly(SLUG);
		assertThat(slugs("?author=shpakovsky&kind=speech")).isEmpty();
		assertThat(slugs("?author=shpakovsky&to=2024")).isEmpty();
		assertThat(slugs("?speaker=lukashenko&author=lukashenko")).isEmpty();
		assertThat(slugs("?speaker=putin&topic=energy")).isEmpty();
	}

	@Test
	void sortsByDateOrTitle() {
		assertThat(slugs("?sort=date")).containsExactly(SLUG);
		assertThat(slugs("?sort=-date")).containsExactly(SLUG);
		assertThat(slugs("?sort=title")).containsExactly(SLUG);
		assertBadRequest("?sort=name", "sort");
		assertBadRequest("?sort=-title", "sort");
	}

	@Test
	void pages() {
		Answer answer = get("/api/v1/documents?size=1&page=1");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.list("$.items")).isEmpty();
		assertThat((Integer) answer.json("$.totalItems")).isEqualTo(1);
		assertThat((Integer) answer.json("$.totalPages")).isEqualTo(1);
		assertBadRequest("?size=101", "size");
		assertBadRequest("?size=0", "size");
		assertBadRequest("?page=-1", "page");
	}

	@Test
	void showsADocumentWithItsQuotes() {
		Answer answer = get("/api/v1/documents/" + SLUG);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		assertThat((String) answer.json("$.slug")).isEqualTo(SLUG);
		assertThat((String) answer.json("$.title")).isEqualTo("The only correct decision");
		assertThat((String) answer.json("$.kind")).isEqualTo("ARTICLE");
		assertThat((String) answer.json("$.date.value")).isEqualTo("2025");
		assertThat(answer.list("$.authors[*].person.slug")).containsExactly("aleksandr-shpakovsky");
		assertThat(answer.list("$.quotes[*].id")).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9);
		assertThat(answer.list("$.quotes[?(@.speakerSlug == 'aleksandr-lukashenko')].id")).containsExactlyInAnyOrder(2,
				3, 8, 9);
		assertThat(answer.list("$.quotes[?(@.speakerKind == 'GROUP')].speaker"))
			.containsExactlyInAnyOrder("London and Brussels", "certain political experts");
		assertThat((String) answer.json("$.textUrl")).isEqualTo("/api/v1/documents/" + SLUG + "/text");
	}

	@Test
	void unknownDocumentIsANotFoundProblem() {
		for (String path : List.of("/api/v1/documents/no-such-document", "/api/v1/documents/no-such-document/text")) {
			Answer answer = get(path);
			assertThat(answer.status()).as(path).isEqualTo(404);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat((Integer) answer.json("$.status")).isEqualTo(404);
			assertThat((String) answer.json("$.title")).isNotBlank();
			assertThat((String) answer.json("$.detail")).contains("no-such-document");
		}
	}

	@Test
	void refusesUnknownParameters() {
		assertBadRequest("?title=decision", "title");
		assertBadRequest("?participant=lukashenko", "participant");
	}

	@Test
	void aRevalidationAnswersTheSameWhetherItsETagIsRememberedOrNot() {
		String path = "/api/v1/documents/" + SLUG;
		String etag = get(path).header("ETag");
		ArchiveWrites.written();
		// The first is answered by the controller, which remembers the ETag, the second
		// by DocumentRevalidation ahead of Spring MVC: the same status and headers.
		Answer first = get(path, "If-None-Match", etag);
		Answer second = get(path, "If-None-Match", etag);
		assertThat(first.status()).isEqualTo(304);
		assertThat(second.status()).isEqualTo(304);
		assertThat(second.bytes()).isEmpty();
		assertThat(headers(second)).isEqualTo(headers(first)).containsKeys("etag", "x-content-type-options");
		assertThat(second.header("ETag")).isEqualTo(etag);
		// Parameters are still checked, and a changed version still sends the document.
		Answer unknown = get(path + "?fields=title", "If-None-Match", etag);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(get(path, "If-None-Match", "\"12345\"").status()).isEqualTo(200);
	}

	private static Map<String, List<String>> headers(Answer answer) {
		Map<String, List<String>> headers = new TreeMap<>(answer.response().headers().map());
		headers.remove("date");
		return headers;
	}

}
