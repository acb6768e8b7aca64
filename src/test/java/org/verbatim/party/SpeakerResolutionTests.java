package org.verbatim.party;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speaker is found under any spelling: curated variants, another script through ICU
 * transliteration, any case, without accents, and with one wrong letter in a word of five
 * letters or more. A name that means nobody finds nobody.
 */
class SpeakerResolutionTests extends ApiTest {

	static final List<Integer> LUKASHENKO_QUOTES = List.of(2, 3, 8, 9);

	@ParameterizedTest
	@ValueSource(strings = { "lukashenko", "aleksandr-lukashenko", "Aleksandr Lukashenko", "Alexander Lukashenko",
			"Alyaksandr Lukashenka", "Лукашенко", "Лукашэнка", "Александр Лукашенко", "aleksandr lukashenko",
			"ALEXANDER LUKASHENKO", "alyaksandr lukashenka", "лукашенко", "Lukašenka", "Lukashénko", "Lukashenkp",
			"Lukashnko", "Lukkashenko", "Лукашенка", "Alexandr Lukashenko" })
	void everySpellingResolvesToTheSameMan(String name) {
		Answer quotes = get("/api/v1/quotes?speaker=" + enc(name));
		assertThat(quotes.status()).isEqualTo(200);
		assertThat(quotes.<List<Integer>>json("$.items[*].id")).as(name)
			.containsExactlyInAnyOrderElementsOf(LUKASHENKO_QUOTES);
		Answer people = get("/api/v1/people?q=" + enc(name));
		assertThat(people.<String>json("$.items[0].slug")).as(name).isEqualTo("aleksandr-lukashenko");
		assertThat(people.<List<Object>>json("$.items[0].matchedVariants")).as(name).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Smith", "Lukas", "Putn", "Medvedev", "Лука", "Zelensky", "aleksandr-lukashenko-2" })
	void aMissStaysAMiss(String name) {
		assertThat(get("/api/v1/quotes?speaker=" + enc(name)).<Integer>json("$.totalItems")).as(name).isZero();
	}

	@Test
	void aNameInAnotherScriptFindsAPersonWhoseVariantsAreAllLatin() {
		// No curated variant is "Шпаковски" (without the final й); transliteration and
		// one edit find him.
		Answer people = get("/api/v1/people?q=" + enc("Шпакоуски"));
		assertThat(people.<List<String>>json("$.items[*].slug")).containsExactly("aleksandr-shpakovsky");
		assertThat(get("/api/v1/documents?author=" + enc("Shpakovski")).<Integer>json("$.totalItems")).isEqualTo(1);
	}

	@Test
	void anAmbiguousNameGivesEveryCandidateBestFirst() {
		Answer people = get("/api/v1/people?q=Aleksandr");
		assertThat(people.<List<String>>json("$.items[*].slug")).containsExactlyInAnyOrder("aleksandr-lukashenko",
				"aleksandr-shpakovsky");
		// Both are participants or speakers under the same first name.
		assertThat(get("/api/v1/quotes?speaker=Aleksandr").<List<Integer>>json("$.items[*].id"))
			.containsExactlyInAnyOrderElementsOf(LUKASHENKO_QUOTES);
		assertThat(get("/api/v1/documents?author=Aleksandr").<Integer>json("$.totalItems")).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "federation-council", "Federation Council", "Совет Федерации", "Federatoin Council",
			"Sovet Federatsii" })
	void organisationsResolveTheSameWay(String name) {
		Answer events = get("/api/v1/events?participant=" + enc(name));
		assertThat(events.<List<String>>json("$.items[*].slug")).as(name)
			.containsExactly("lukashenko-federation-council-speech-2025");
		Answer organisations = get("/api/v1/organisations?q=" + enc(name));
		assertThat(organisations.<String>json("$.items[0].slug")).as(name).isEqualTo("federation-council");
		assertThat(organisations.<List<Object>>json("$.items[0].matchedVariants")).as(name).isNotEmpty();
	}

	@Test
	void peopleSaysWhichVariantMatchedAnotherSpelling() {
		Answer people = get("/api/v1/people?q=Lukashenkp");
		assertThat(people.<List<String>>json("$.items[0].matchedVariants[*].name")).contains("Lukashenko");
	}

}
