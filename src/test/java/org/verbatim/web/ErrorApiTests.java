package org.verbatim.web;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error is an RFC 9457 problem naming what went wrong, and no request, however odd,
 * makes the API fail.
 */
class ErrorApiTests extends ApiTest {

	private static final List<String> DATED_LISTS = List.of("/api/v1/quotes", "/api/v1/events", "/api/v1/documents");

	private static void assertProblem(Answer answer, int status) {
		assertThat(answer.status()).as("%s", answer).isEqualTo(status);
		assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
		assertThat((Integer) answer.json("$.status")).isEqualTo(status);
		assertThat((String) answer.json("$.title")).isNotBlank();
		assertThat((String) answer.json("$.detail")).isNotBlank();
	}

	private static void assertInvalid(Answer answer, String parameter) {
		assertProblem(answer, 400);
		assertThat((String) answer.json("$.parameter")).isEqualTo(parameter);
		assertThat((Object) answer.json("$.rejectedValue")).isNotNull();
		assertThat((String) answer.json("$.accepted")).isNotBlank();
	}

	@Test
	void unknownQueryParameterIsRefusedByName() {
		Answer answer = get("/api/v1/quotes?speakr=lukashenko");
		assertInvalid(answer, "speakr");
		assertThat((String) answer.json("$.rejectedValue")).isEqualTo("lukashenko");
		assertThat((String) answer.json("$.accepted")).contains("speaker");
		assertThat((String) answer.json("$.detail")).contains("speakr");
	}

	@Test
	void unknownQueryParameterIsRefusedEvenBesideKnownOnes() {
		assertInvalid(get("/api/v1/quotes?speaker=lukashenko&limit=5"), "limit");
		assertInvalid(get("/api/v1/quotes?Speaker=lukashenko"), "Speaker");
		assertInvalid(get("/api/v1/events?q=forum"), "q");
		assertInvalid(get("/api/v1/documents?query=decision"), "query");
		assertInvalid(get("/api/v1/topics/energy?depth=2"), "depth");
		assertInvalid(get("/api/v1/quotes/1?verbose=true"), "verbose");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/quotes", "/api/v1/events", "/api/v1/documents" })
	void fromAfterToIsRefused(String list) {
		Answer answer = get(list + "?from=2025&to=2023");
		assertProblem(answer, 400);
		assertThat((String) answer.json("$.parameter")).isIn("from", "to");
		assertThat((String) answer.json("$.accepted")).isNotBlank();
		assertProblem(get(list + "?from=2023-06-29&to=2023-06-28"), 400);
		assertProblem(get(list + "?from=2023-07&to=2023-06-30"), 400);
	}

	@Test
	void aRangeOfOneDayOrOneBoundIsAccepted() {
		for (String list : DATED_LISTS) {
			assertThat(get(list + "?from=2023-06-28&to=2023-06-28").status()).isEqualTo(200);
			assertThat(get(list + "?from=2023-06&to=2023-06-30").status()).isEqualTo(200);
			assertThat(get(list + "?from=2023&to=2023-01-01").status()).isEqualTo(200);
			assertThat(get(list + "?from=2024-02-29").status()).isEqualTo(200);
		}
	}

	static Stream<Arguments> malformedDates() {
		return DATED_LISTS.stream()
			.flatMap(list -> Stream.of("from", "to")
				.flatMap(parameter -> Stream
					.of("2023-13", "23", "2023-02-30", "yesterday", "2023-00", "2023-6", "2023/06", "2023-06-28T12:00",
							"20230", "2023-02-29", "2023-06-31", "-2023", "２０２３")
					.map(value -> Arguments.of(list, parameter, value))));
	}

	@ParameterizedTest
	@MethodSource("malformedDates")
	void malformedDateIsRefusedByName(String list, String parameter, String value) {
		Answer answer = get(list + "?" + parameter + "=" + enc(value));
		assertInvalid(answer, parameter);
		assertThat((String) answer.json("$.rejectedValue")).isEqualTo(value);
	}

	@Test
	void enumeratedParametersListWhatTheyAccept() {
		Answer kind = get("/api/v1/quotes?kind=speech");
		assertInvalid(kind, "kind");
		assertThat((String) kind.json("$.rejectedValue")).isEqualTo("speech");
		assertThat((String) kind.json("$.accepted")).contains("direct", "attributed_phrase", "slogan", "formula",
				"term");
		Answer sort = get("/api/v1/quotes?sort=newest");
		assertInvalid(sort, "sort");
		assertThat((String) sort.json("$.accepted")).contains("date", "-date");
		Answer topic = get("/api/v1/quotes?topic=weather");
		assertInvalid(topic, "topic");
		assertThat((String) topic.json("$.rejectedValue")).isEqualTo("weather");
		Answer size = get("/api/v1/quotes?size=101");
		assertInvalid(size, "size");
		assertThat((String) size.json("$.rejectedValue")).isEqualTo("101");
		assertThat((String) size.json("$.accepted")).contains("100");
	}

	@Test
	void unknownPathIsANotFoundProblem() {
		for (String path : List.of("/api/v1/nope", "/api/v1/quotes/1/nope", "/api/v2/quotes", "/api/v1")) {
			Answer answer = get(path);
			assertProblem(answer, 404);
		}
	}

	@Test
	void unknownResourcesAreNotFoundProblemsNamingThem() {
		for (String path : List.of("/api/v1/quotes/424242", "/api/v1/people/nobody", "/api/v1/organisations/nothing",
				"/api/v1/events/nothing", "/api/v1/documents/nothing", "/api/v1/topics/nothing")) {
			Answer answer = get(path);
			assertProblem(answer, 404);
			assertThat((String) answer.json("$.detail")).contains(path.substring(path.lastIndexOf('/') + 1));
		}
	}

	@Test
	void emptyResultsAreNotErrors() {
		for (String path : List.of("/api/v1/people?q=zzzz", "/api/v1/organisations?q=zzzz",
				"/api/v1/quotes?speaker=zzzz", "/api/v1/events?participant=zzzz", "/api/v1/documents?author=zzzz",
				"/api/v1/quotes?from=1900&to=1900")) {
			Answer answer = get(path);
			assertThat(answer.status()).as(path).isEqualTo(200);
			assertThat(answer.contentType()).startsWith("application/json");
			assertThat(answer.list("$.items")).as(path).isEmpty();
			assertThat((Integer) answer.json("$.totalItems")).isEqualTo(0);
		}
	}

	@Test
	void emptyFiltersFilterNothing() {
		Answer answer = get("/api/v1/quotes?speaker=&topic=&from=&to=&event=&document=&kind=&sort=");
		assertThat(answer.status()).as("%s", answer).isEqualTo(200);
		assertThat((Integer) answer.json("$.totalItems")).isEqualTo(9);
		Answer events = get("/api/v1/events?participant=&topic=&kind=&from=&to=");
		assertThat(events.status()).as("%s", events).isEqualTo(200);
		assertThat((Integer) events.json("$.totalItems")).isEqualTo(7);
	}

	static Stream<String> oddRequests() {
		String longLatin = "x".repeat(2000);
		String longCyrillic = "Ж".repeat(500);
		return Stream.of("/api/v1/quotes?speaker=", "/api/v1/quotes?speaker", "/api/v1/quotes?speaker=" + enc("%"),
				"/api/v1/quotes?speaker=" + enc("_"), "/api/v1/quotes?speaker=" + enc("'"),
				"/api/v1/quotes?speaker=" + enc("\\"), "/api/v1/quotes?speaker=" + enc("'; drop table quote; --"),
				"/api/v1/quotes?speaker=" + enc("x' or '1'='1"), "/api/v1/quotes?speaker=" + longLatin,
				"/api/v1/quotes?speaker=" + enc(longCyrillic), "/api/v1/quotes?speaker=" + enc("\u0301"),
				"/api/v1/quotes?speaker=" + enc("😀 Лукашенко ⁦لوكاشينكو⁩"),
				"/api/v1/quotes?speaker=lukashenko&speaker=putin", "/api/v1/quotes?topic=" + enc("' or 1=1 --"),
				"/api/v1/quotes?topic=" + longLatin, "/api/v1/quotes?event=" + enc("%"),
				"/api/v1/quotes?document=" + enc("_"), "/api/v1/quotes?kind=" + enc("\u0000"),
				"/api/v1/quotes?kind=" + enc("direct'"), "/api/v1/quotes?sort=" + enc("date; drop table quote"),
				"/api/v1/quotes?from=" + enc("%"), "/api/v1/quotes?from=0000&to=9999",
				"/api/v1/quotes?from=2023&from=2024", "/api/v1/quotes?to=" + longLatin,
				"/api/v1/quotes?page=99999999999", "/api/v1/quotes?size=1e2", "/api/v1/quotes?page=&size=",
				"/api/v1/quotes?page=100000&size=100", "/api/v1/quotes?" + enc("sp eaker") + "=x",
				"/api/v1/quotes/" + enc("%"), "/api/v1/quotes/" + longLatin, "/api/v1/people?q=" + enc("%"),
				"/api/v1/people?q=" + enc("_"), "/api/v1/people?q=" + enc("\\"), "/api/v1/people?q=" + enc("'"),
				"/api/v1/people?q=" + enc("a%b_c\\d"), "/api/v1/people?q=" + enc("\u0301"),
				"/api/v1/people?q=" + longLatin, "/api/v1/people?q=" + enc(longCyrillic),
				"/api/v1/people?q=" + enc("😀"), "/api/v1/organisations?q=" + enc("%_%"), "/api/v1/people/" + enc("'"),
				"/api/v1/people/" + enc("%") + "/quotes", "/api/v1/organisations/" + enc("_") + "/quotes",
				"/api/v1/events?participant=" + enc("%"), "/api/v1/events?participant=" + longLatin,
				"/api/v1/events?kind=" + enc("'"), "/api/v1/events/" + enc("' or '1'='1"),
				"/api/v1/documents?author=" + enc("%"),
				"/api/v1/documents?speaker=" + enc("_") + "&author=" + enc("\\"),
				"/api/v1/documents?speaker=" + longLatin, "/api/v1/documents/" + enc("%") + "/text",
				"/api/v1/topics/" + enc("'"), "/api/v1/topics/" + longLatin);
	}

	@ParameterizedTest
	@MethodSource("oddRequests")
	void oddRequestsNeverFail(String path) {
		Answer answer = get(path);
		assertThat(answer.status()).as("%s -> %s", path, answer).isLessThan(500);
		if (answer.status() >= 400) {
			assertProblem(answer, answer.status());
		}
		else {
			assertThat(answer.contentType()).as(path).startsWith("application/json");
		}
	}

	@Test
	void wildcardsInNamesAreLiteral() {
		// '%' and '_' must not act as LIKE wildcards: nobody's name contains them
		for (String q : List.of("a%o", "a_e", "%", "_")) {
			Answer answer = get("/api/v1/organisations?q=" + enc("x" + q));
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.list("$.items")).as(q).isEmpty();
		}
		assertThat(get("/api/v1/quotes?speaker=" + enc("%")).list("$.items")).isEmpty();
		assertThat(get("/api/v1/quotes?speaker=" + enc("_")).list("$.items")).isEmpty();
		assertThat(get("/api/v1/events?participant=" + enc("%")).list("$.items")).isEmpty();
		assertThat(get("/api/v1/documents?author=" + enc("%")).list("$.items")).isEmpty();
	}

}
