package org.verbatim.event;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event list and detail, against the seven events of the seed: the 1999 plan (year),
 * the 2021 programmes (year), the Ufa forum (2023-06-28), the electricity market
 * agreement and the Russian election (both 2024, year), the Belarusian election (2025,
 * year) and the Federation Council speech (2025-03-14).
 */
class EventApiTests extends ApiTest {

	private static final String PLAN_1999 = "unified-electricity-market-planned-1999";

	private static final String PROGRAMMES_2021 = "union-programmes-adoption-2021";

	private static final String UFA_2023 = "10th-forum-of-regions-ufa-2023";

	private static final String AGREEMENT_2024 = "unified-electricity-market-agreement";

	private static final String RU_ELECTION_2024 = "russian-presidential-election-2024";

	private static final String BY_ELECTION_2025 = "belarusian-presidential-election-2025";

	private static final String SPEECH_2025 = "lukashenko-federation-council-speech-2025";

	private List<Object> slugs(String query) {
		return listed("/api/v1/events" + query, "slug");
	}

	private void assertBadRequest(String query, String parameter) {
		assertInvalidParameter("/api/v1/events" + query, parameter);
	}

	@Test
	void listsEveryEventOldestFirst() {
		List<Object> expected = List.of(PLAN_1999, PROGRAMMES_2021, UFA_2023, AGREEMENT_2024, RU_ELECTION_2024,
				BY_ELECTION_2025, SPEECH_2025);
		List<Object> all = slugs("");
		assertThat(all).hasSize(7);
		// the two 2024 events share their interval; their relative order is not specified
		assertThat(all.subList(0, 3)).containsExactly(PLAN_1999, PROGRAMMES_2021, UFA_2023);
		assertThat(all.subList(3, 5)).containsExactlyInAnyOrder(AGREEMENT_2024, RU_ELECTION_2024);
		assertThat(all.subList(5, 7)).containsExactly(BY_ELECTION_2025, SPEECH_2025);
		assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(slugs("?sort=date")).isEqualTo(all);
	}

	@Test
	void sortsNewestFirst() {
		List<Object> all = slugs("?sort=-date");
		assertThat(all).hasSize(7);
		assertThat(all.subList(0, 2)).containsExactly(SPEECH_2025, BY_ELECTION_2025);
		assertThat(all.subList(2, 4)).containsExactlyInAnyOrder(AGREEMENT_2024, RU_ELECTION_2024);
		assertThat(all.subList(4, 7)).containsExactly(UFA_2023, PROGRAMMES_2021, PLAN_1999);
	}

	@Test
	void sortsByName() {
		assertThat(slugs("?sort=name")).containsExactly(UFA_2023, PROGRAMMES_2021, SPEECH_2025, AGREEMENT_2024,
				PLAN_1999, BY_ELECTION_2025, RU_ELECTION_2024);
	}

	@Test
	void refusesUnknownSort() {
		assertBadRequest("?sort=title", "sort");
		assertBadRequest("?sort=-name", "sort");
	}

	@Test
	void filtersByYearOverlap() {
		assertThat(slugs("?from=2024&to=2024")).containsExactlyInAnyOrder(AGREEMENT_2024, RU_ELECTION_2024);
		assertThat(slugs("?from=2025&to=2025")).containsExactlyInAnyOrder(BY_ELECTION_2025, SPEECH_2025);
		assertThat(slugs("?from=2023&to=2024")).containsExactlyInAnyOrder(UFA_2023, AGREEMENT_2024, RU_ELECTION_2024);
		assertThat(slugs("?to=2021")).containsExactlyInAnyOrder(PLAN_1999, PROGRAMMES_2021);
		assertThat(slugs("?from=2000&to=2020")).isEmpty();
		assertThat(slugs("?from=2026")).isEmpty();
	}

	@Test
	void yearPrecisionEventsMatchRangesInsideTheirYear() {
		assertThat(slugs("?from=2024-06-01&to=2024-06-30")).containsExactlyInAnyOrder(AGREEMENT_2024, RU_ELECTION_2024);
		assertThat(slugs("?from=2024-12-31&to=2024-12-31")).containsExactlyInAnyOrder(AGREEMENT_2024, RU_ELECTION_2024);
		assertThat(slugs("?from=1999-07&to=1999-07")).containsExactly(PLAN_1999);
		assertThat(slugs("?from=2000")).hasSize(6).doesNotContain(PLAN_1999);
		assertThat(slugs("?to=1999-01-01")).containsExactly(PLAN_1999);
		// month precision: March 2025 holds the speech, and the 2025 election's year
		// touches it
		assertThat(slugs("?from=2025-03&to=2025-03")).containsExactlyInAnyOrder(SPEECH_2025, BY_ELECTION_2025);
		assertThat(slugs("?from=2025-03-15")).containsExactly(BY_ELECTION_2025);
		assertThat(slugs("?from=2025-03-14&to=2025-03-14")).containsExactlyInAnyOrder(SPEECH_2025, BY_ELECTION_2025);
		assertThat(slugs("?from=2023-06-29&to=2023-12-31")).isEmpty();
		assertThat(slugs("?from=2023-06&to=2023-06")).containsExactly(UFA_2023);
	}

	@Test
	void aYearPrecisionEventDoesNotMatchALaterYear() {
		assertThat(slugs("?from=2025")).doesNotContain(AGREEMENT_2024)
			.containsExactlyInAnyOrder(BY_ELECTION_2025, SPEECH_2025);
		assertThat(slugs("?from=2025-01-01")).doesNotContain(AGREEMENT_2024);
		assertThat(slugs("?to=2023-12-31")).doesNotContain(AGREEMENT_2024);
	}

	@Test
	void filtersByKindIgnoringCase() {
		assertThat(slugs("?kind=election")).containsExactlyInAnyOrder(RU_ELECTION_2024, BY_ELECTION_2025);
		assertThat(slugs("?kind=ELECTION")).containsExactlyInAnyOrder(RU_ELECTION_2024, BY_ELECTION_2025);
		assertThat(slugs("?kind=forum")).containsExactly(UFA_2023);
		assertThat(slugs("?kind=speech")).containsExactly(SPEECH_2025);
		assertThat(slugs("?kind=agreement")).containsExactly(AGREEMENT_2024);
		assertThat(slugs("?kind=plan")).containsExactly(PLAN_1999);
		assertThat(slugs("?kind=programme_adoption")).containsExactly(PROGRAMMES_2021);
		assertThat(slugs("?kind=visit")).isEmpty();
	}

	@Test
	void refusesUnknownKind() {
		assertBadRequest("?kind=battle", "kind");
	}

	@Test
	void filtersByTopicIncludingSubtopics() {
		assertThat(slugs("?topic=energy")).containsExactlyInAnyOrder(AGREEMENT_2024, PLAN_1999);
		assertThat(slugs("?topic=electricity-market")).containsExactlyInAnyOrder(AGREEMENT_2024, PLAN_1999);
		assertThat(slugs("?topic=economy")).containsExactlyInAnyOrder(AGREEMENT_2024, PLAN_1999);
		assertThat(slugs("?topic=elections")).containsExactlyInAnyOrder(RU_ELECTION_2024, BY_ELECTION_2025);
		assertThat(slugs("?topic=union-state")).containsExactlyInAnyOrder(SPEECH_2025, UFA_2023, PROGRAMMES_2021);
		assertThat(slugs("?topic=regional-cooperation")).containsExactly(UFA_2023);
		assertThat(slugs("?topic=integration")).containsExactlyInAnyOrder(SPEECH_2025, UFA_2023, PROGRAMMES_2021,
				AGREEMENT_2024, PLAN_1999);
		assertThat(slugs("?topic=politics")).hasSize(7);
		assertThat(slugs("?topic=nuclear-power")).isEmpty();
		assertThat(slugs("?topic=trade")).isEmpty();
	}

	@Test
	void refusesUnknownTopic() {
		assertBadRequest("?topic=weather", "topic");
	}

	@ParameterizedTest
	@ValueSource(strings = { "aleksandr-lukashenko", "lukashenko", "LUKASHENKO", "Лукашенко", "Alyaksandr Lukashenka" })
	void filtersByParticipatingPerson(String participant) {
		assertThat(slugs("?participant=" + enc(participant))).containsExactlyInAnyOrder(SPEECH_2025, UFA_2023);
	}

	@ParameterizedTest
	@ValueSource(strings = { "federation-council", "Federation Council", "Совет Федерации", "sovet federatsii" })
	void filtersByParticipatingOrganisation(String participant) {
		assertThat(slugs("?participant=" + enc(participant))).containsExactly(SPEECH_2025);
	}

	@Test
	void participantWithoutEventsGivesAnEmptyList() {
		assertThat(slugs("?participant=putin")).isEmpty();
		assertThat(slugs("?participant=rosatom")).isEmpty();
		assertThat(slugs("?participant=zzzz")).isEmpty();
	}

	@Test
	void combinesFiltersWithAnd() {
		assertThat(slugs("?participant=lukashenko&from=2025")).containsExactly(SPEECH_2025);
		assertThat(slugs("?participant=lukashenko&kind=forum")).containsExactly(UFA_2023);
		assertThat(slugs("?participant=lukashenko&topic=regional-cooperation")).containsExactly(UFA_2023);
		assertThat(slugs("?participant=lukashenko&kind=election")).isEmpty();
		assertThat(slugs("?topic=integration&kind=plan")).containsExactly(PLAN_1999);
		assertThat(slugs("?topic=electricity-market&from=2024&to=2024")).containsExactly(AGREEMENT_2024);
		assertThat(slugs("?kind=election&from=2024-06-01&to=2024-06-30")).containsExactly(RU_ELECTION_2024);
		assertThat(slugs("?topic=elections&from=2025-03&to=2025-03&kind=election")).containsExactly(BY_ELECTION_2025);
		assertThat(slugs("?participant=federation-council&topic=union-state&kind=speech&from=2025-03-14&to=2025-03-14"))
			.containsExactly(SPEECH_2025);
	}

	@Test
	void pagesConcatenateToTheWholeList() {
		List<Object> all = slugs("?sort=name");
		List<Object> paged = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			Answer answer = get("/api/v1/events?sort=name&size=3&page=" + page);
			assertThat((Integer) answer.json("$.totalItems")).isEqualTo(7);
			assertThat((Integer) answer.json("$.totalPages")).isEqualTo(3);
			paged.addAll(answer.list("$.items[*].slug"));
		}
		assertThat(paged).isEqualTo(all).doesNotHaveDuplicates();
		assertBadRequest("?size=101", "size");
		assertBadRequest("?page=-1", "page");
	}

	@Test
	void showsAnEventWithParticipantsAndDate() {
		Answer answer = get("/api/v1/events/" + UFA_2023);
		assertThat(answer.status()).isEqualTo(200);
		assertThat((String) answer.json("$.slug")).isEqualTo(UFA_2023);
		assertThat((String) answer.json("$.name")).isEqualTo("10th Forum of Regions of Belarus and Russia");
		assertThat((String) answer.json("$.kind")).isEqualTo("FORUM");
		assertThat((String) answer.json("$.place")).isEqualTo("Ufa");
		assertThat((String) answer.json("$.date.value")).isEqualTo("2023-06-28");
		assertThat((String) answer.json("$.date.precision")).isEqualTo("DAY");
		assertThat(answer.list("$.people[*].slug")).containsExactly("aleksandr-lukashenko");
		assertThat(answer.list("$.organisations")).isEmpty();
		assertThat(answer.list("$.topics[*].slug")).containsExactlyInAnyOrder("regional-cooperation", "union-state");

		Answer speech = get("/api/v1/events/" + SPEECH_2025);
		assertThat(speech.list("$.people[*].slug")).containsExactly("aleksandr-lukashenko");
		assertThat(speech.list("$.organisations[*].slug")).containsExactly("federation-council");
	}

	@Test
	void showsYearPrecisionAndInferredDates() {
		Answer answer = get("/api/v1/events/" + AGREEMENT_2024);
		assertThat(answer.status()).isEqualTo(200);
		assertThat((String) answer.json("$.kind")).isEqualTo("AGREEMENT");
		assertThat((String) answer.json("$.date.value")).isEqualTo("2024");
		assertThat((String) answer.json("$.date.precision")).isEqualTo("YEAR");
		assertThat((String) answer.json("$.date.earliest")).isEqualTo("2024-01-01");
		assertThat((String) answer.json("$.date.latest")).isEqualTo("2024-12-31");
		assertThat((Boolean) answer.json("$.date.inferred")).isTrue();
		assertThat((String) answer.json("$.date.inferredFrom")).isEqualTo("last year");
		assertThat(answer.list("$.topics[*].slug")).containsExactlyInAnyOrder("electricity-market", "integration");
	}

	@Test
	void unknownEventIsANotFoundProblem() {
		Answer answer = get("/api/v1/events/no-such-event");
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat((Integer) answer.json("$.status")).isEqualTo(404);
		assertThat((String) answer.json("$.title")).isNotBlank();
		assertThat((String) answer.json("$.detail")).contains("no-such-event");
	}

	@Test
	void refusesUnknownParameters() {
		assertBadRequest("?speaker=lukashenko", "speaker");
		assertBadRequest("?participants=lukashenko", "participants");
	}

}
