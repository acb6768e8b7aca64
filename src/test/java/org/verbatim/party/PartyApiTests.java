package org.verbatim.party;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People and organisations, found by any spelling of their names, against the seed's
 * three people (Lukashenko, Putin, Shpakovsky) and four organisations.
 */
class PartyApiTests extends ApiTest {

	private static final String LUKASHENKO = "aleksandr-lukashenko";

	private static final String PUTIN = "vladimir-putin";

	private static final String SHPAKOVSKY = "aleksandr-shpakovsky";

	private static final String FEDERATION_COUNCIL = "federation-council";

	private static final String ROSATOM = "rosatom";

	private static final String HOUSE = "house-of-representatives-of-the-national-assembly";

	private static final String COMMITTEE = "standing-committee-on-international-affairs";

	private Answer ok(String path) {
		Answer answer = get(path);
		assertThat(answer.status()).as("%s -> %s", path, answer).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		return answer;
	}

	private List<Object> people(String q) {
		return listed("/api/v1/people?q=" + enc(q), "slug");
	}

	private List<Object> organisations(String q) {
		return listed("/api/v1/organisations?q=" + enc(q), "slug");
	}

	private void assertNotFound(String path, String identifier) {
		Answer answer = get(path);
		assertThat(answer.status()).as("%s -> %s", path, answer).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat((Integer) answer.json("$.status")).isEqualTo(404);
		assertThat((String) answer.json("$.title")).isNotBlank();
		assertThat((String) answer.json("$.detail")).contains(identifier);
	}

	@Test
	void listsEveryoneByNameWithoutQuery() {
		Answer answer = ok("/api/v1/people");
		assertThat(answer.list("$.items[*].slug")).containsExactly(LUKASHENKO, SHPAKOVSKY, PUTIN);
		assertThat(answer.list("$.items[*].name")).containsExactly("Aleksandr Lukashenko", "Aleksandr Shpakovsky",
				"Vladimir Putin");
		assertThat((Integer) answer.json("$.totalItems")).isEqualTo(3);
		assertThat(answer.list("$.items[0].matchedVariants")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "lukashenko", "Lukashenko", "LUKASHENKA", "lukash", "ukashe", "Лукашенко", "лукаш",
			"Лукашэнка", "Аляксандр Лукашэнка", "Alyaksandr Lukashenka", "alexander lukashenko", "Lukáshenko" })
	void findsLukashenkoUnderAnyPartOfAnySpelling(String q) {
		assertThat(people(q)).containsExactly(LUKASHENKO);
	}

	@ParameterizedTest
	@ValueSource(strings = { "shpakovsky", "Шпаковский", "шпаков", "Shpakouski", "Аляксандр Шпакоўскі", "Шпакоўскі",
			"Shpakóvsky" })
	void findsShpakovskyUnderAnySpelling(String q) {
		assertThat(people(q)).containsExactly(SHPAKOVSKY);
	}

	@Test
	void findsPutinInAnyScript() {
		assertThat(people("putin")).containsExactly(PUTIN);
		assertThat(people("Путин")).containsExactly(PUTIN);
		assertThat(people("Уладзімір Пуцін")).containsExactly(PUTIN);
		assertThat(people("Putsin")).containsExactly(PUTIN);
	}

	@Test
	void findsEveryoneWhoseNameContainsTheQuery() {
		assertThat(people("aleksandr")).containsExactlyInAnyOrder(LUKASHENKO, SHPAKOVSKY);
		assertThat(people("ALEKSANDR")).containsExactlyInAnyOrder(LUKASHENKO, SHPAKOVSKY);
		assertThat(people("Александр")).containsExactlyInAnyOrder(LUKASHENKO, SHPAKOVSKY);
		assertThat(people("ksand")).containsExactlyInAnyOrder(LUKASHENKO, SHPAKOVSKY);
		assertThat(people("alyaksandr")).containsExactlyInAnyOrder(LUKASHENKO, SHPAKOVSKY);
		assertThat(people("vladimir")).containsExactly(PUTIN);
	}

	@Test
	void reportsTheVariantsThatMatched() {
		Answer answer = ok("/api/v1/people?q=" + enc("Лукашенко"));
		assertThat(answer.list("$.items[*].slug")).containsExactly(LUKASHENKO);
		assertThat(answer.list("$.items[0].matchedVariants[*].name")).containsExactlyInAnyOrder("Лукашенко",
				"Александр Лукашенко");
		// the whole name first
		assertThat((String) answer.json("$.items[0].matchedVariants[0].name")).isEqualTo("Лукашенко");
		assertThat((String) answer.json("$.items[0].matchedVariants[0].language")).isEqualTo("ru-Cyrl");
		assertThat((String) answer.json("$.items[0].matchedVariants[0].kind")).isEqualTo("SURNAME");

		Answer latin = ok("/api/v1/people?q=lukash");
		assertThat(latin.list("$.items[0].matchedVariants[*].name")).containsExactlyInAnyOrder("Aleksandr Lukashenko",
				"Alexander Lukashenko", "Alyaksandr Lukashenka", "Lukashenko", "Lukashenka");

		Answer belarusian = ok("/api/v1/people?q=" + enc("Шпакоўскі"));
		assertThat(belarusian.list("$.items[0].matchedVariants[*].name")).containsExactly("Аляксандр Шпакоўскі");
	}

	@ParameterizedTest
	@ValueSource(strings = { "%", "_", "--", "  .  " })
	void aQueryWithoutLettersOrDigitsIsRefusedRatherThanMatchingEveryone(String q) {
		for (String resource : List.of("people", "organisations")) {
			Answer answer = get("/api/v1/" + resource + "?q=" + enc(q));
			assertThat(answer.status()).as("%s?q=%s -> %s", resource, q, answer).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat((String) answer.json("$.parameter")).isEqualTo("q");
		}
	}

	@Test
	void noMatchIsAnEmptyListNotA404() {
		Answer answer = ok("/api/v1/people?q=zzzz");
		assertThat(answer.list("$.items")).isEmpty();
		assertThat((Integer) answer.json("$.totalItems")).isEqualTo(0);
		assertThat((Integer) answer.json("$.totalPages")).isEqualTo(0);
		assertThat(organisations("zzzz")).isEmpty();
		assertThat(people("Lukashenko Putin")).isEmpty();
	}

	@Test
	void pagesPeople() {
		Answer first = ok("/api/v1/people?size=2");
		Answer second = ok("/api/v1/people?size=2&page=1");
		assertThat((Integer) first.json("$.totalPages")).isEqualTo(2);
		assertThat(first.list("$.items[*].slug")).containsExactly(LUKASHENKO, SHPAKOVSKY);
		assertThat(second.list("$.items[*].slug")).containsExactly(PUTIN);
		Answer matched = ok("/api/v1/people?q=aleksandr&size=1&page=1");
		assertThat((Integer) matched.json("$.totalItems")).isEqualTo(2);
		assertThat(matched.list("$.items")).hasSize(1);
	}

	@Test
	void showsAPersonWithEveryVariantAndRole() {
		Answer answer = ok("/api/v1/people/" + LUKASHENKO);
		assertThat((String) answer.json("$.slug")).isEqualTo(LUKASHENKO);
		assertThat((String) answer.json("$.name")).isEqualTo("Aleksandr Lukashenko");
		assertThat(answer.list("$.variants[*].name")).containsExactlyInAnyOrder("Aleksandr Lukashenko",
				"Alexander Lukashenko", "Alyaksandr Lukashenka", "Александр Лукашенко", "Аляксандр Лукашэнка",
				"Lukashenko", "Lukashenka", "Лукашенко", "Лукашэнка");
		assertThat(answer.list("$.roles[*].title")).containsExactly("President of Belarus");

		Answer author = ok("/api/v1/people/" + SHPAKOVSKY);
		assertThat(author.list("$.roles[*].organisation.slug")).containsExactlyInAnyOrder(HOUSE, COMMITTEE);
		assertThat(author.list("$.variants")).hasSize(7);
	}

	@Test
	void showsAPersonsQuotes() {
		Answer answer = ok("/api/v1/people/" + LUKASHENKO + "/quotes");
		assertThat(answer.list("$.items[*].id")).containsExactly(3, 2, 8, 9);
		assertThat((Integer) answer.json("$.totalItems")).isEqualTo(4);
		Answer newest = ok("/api/v1/people/" + LUKASHENKO + "/quotes?sort=-date");
		assertThat(newest.list("$.items[*].id")).hasSize(4).endsWith(3);
		Answer paged = ok("/api/v1/people/" + LUKASHENKO + "/quotes?size=3&page=1");
		assertThat(paged.list("$.items[*].id")).containsExactly(9);
		assertThat((Integer) paged.json("$.totalPages")).isEqualTo(2);
		Answer none = ok("/api/v1/people/" + PUTIN + "/quotes");
		assertThat(none.list("$.items")).isEmpty();
		assertThat((Integer) none.json("$.totalItems")).isEqualTo(0);
		assertThat(ok("/api/v1/people/" + SHPAKOVSKY + "/quotes").list("$.items")).isEmpty();
	}

	@Test
	void personQuotesRefuseFiltersTheyDoNotTake() {
		Answer answer = get("/api/v1/people/" + LUKASHENKO + "/quotes?topic=economy");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat((String) answer.json("$.parameter")).isEqualTo("topic");
		Answer sort = get("/api/v1/people/" + LUKASHENKO + "/quotes?sort=name");
		assertThat(sort.status()).isEqualTo(400);
		assertThat((String) sort.json("$.parameter")).isEqualTo("sort");
	}

	@Test
	void unknownPersonIsANotFoundProblem() {
		assertNotFound("/api/v1/people/nobody", "nobody");
		assertNotFound("/api/v1/people/nobody/quotes", "nobody");
		// a name is not a slug
		assertNotFound("/api/v1/people/lukashenko", "lukashenko");
	}

	@Test
	void listsEveryOrganisationByNameWithoutQuery() {
		Answer answer = ok("/api/v1/organisations");
		assertThat(answer.list("$.items[*].slug")).containsExactly(FEDERATION_COUNCIL, HOUSE, ROSATOM, COMMITTEE);
		assertThat((Integer) answer.json("$.totalItems")).isEqualTo(4);
	}

	@Test
	void findsOrganisationsUnderAnySpelling() {
		assertThat(organisations("federation")).containsExactly(FEDERATION_COUNCIL);
		assertThat(organisations("FEDERATION council")).containsExactly(FEDERATION_COUNCIL);
		assertThat(organisations("совет")).containsExactly(FEDERATION_COUNCIL);
		assertThat(organisations("Sovet Federatsii")).containsExactly(FEDERATION_COUNCIL);
		assertThat(organisations("Росатом")).containsExactly(ROSATOM);
		assertThat(organisations("rosatom")).containsExactly(ROSATOM);
		assertThat(organisations("палата")).containsExactly(HOUSE);
		assertThat(organisations("прадстаўнікоў")).containsExactly(HOUSE);
		assertThat(organisations("national assembly")).containsExactly(HOUSE);
		assertThat(organisations("committee")).containsExactly(COMMITTEE);
		assertThat(organisations("international")).containsExactly(COMMITTEE);
		assertThat(organisations("council")).containsExactly(FEDERATION_COUNCIL);
	}

	@Test
	void reportsTheOrganisationVariantsThatMatched() {
		Answer answer = ok("/api/v1/organisations?q=house");
		assertThat(answer.list("$.items[*].slug")).containsExactly(HOUSE);
		assertThat(answer.list("$.items[0].matchedVariants[*].name"))
			.containsExactlyInAnyOrder("House of Representatives of the National Assembly", "House of Representatives");
		Answer cyrillic = ok("/api/v1/organisations?q=" + enc("Палата"));
		assertThat(cyrillic.list("$.items[0].matchedVariants[*].name")).containsExactlyInAnyOrder(
				"Палата представителей Национального собрания", "Палата прадстаўнікоў Нацыянальнага сходу");
	}

	@Test
	void showsAnOrganisation() {
		Answer answer = ok("/api/v1/organisations/" + FEDERATION_COUNCIL);
		assertThat((String) answer.json("$.slug")).isEqualTo(FEDERATION_COUNCIL);
		assertThat((String) answer.json("$.name")).isEqualTo("Federation Council");
		assertThat(answer.list("$.variants[*].name")).containsExactlyInAnyOrder("Federation Council", "Совет Федерации",
				"Sovet Federatsii");
	}

	@Test
	void showsAnOrganisationsQuotes() {
		Answer answer = ok("/api/v1/organisations/" + FEDERATION_COUNCIL + "/quotes");
		assertThat(answer.list("$.items")).isEmpty();
		assertThat((Integer) answer.json("$.totalItems")).isEqualTo(0);
	}

	@Test
	void unknownOrganisationIsANotFoundProblem() {
		assertNotFound("/api/v1/organisations/nothing", "nothing");
		assertNotFound("/api/v1/organisations/nothing/quotes", "nothing");
	}

	@Test
	void refusesBadPagingAndUnknownParameters() {
		for (String path : List.of("/api/v1/people?size=101", "/api/v1/people?page=-1", "/api/v1/organisations?size=0",
				"/api/v1/people?name=lukashenko", "/api/v1/organisations?query=x",
				"/api/v1/people/" + LUKASHENKO + "?q=x")) {
			Answer answer = get(path);
			assertThat(answer.status()).as(path).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat((String) answer.json("$.parameter")).isNotBlank();
		}
		assertThat((String) get("/api/v1/people?name=lukashenko").json("$.parameter")).isEqualTo("name");
		assertThat((String) get("/api/v1/people?size=101").json("$.parameter")).isEqualTo("size");
	}

}
