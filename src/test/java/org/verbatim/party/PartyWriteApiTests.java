package org.verbatim.party;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.EditingApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating, changing and deleting people and organisations: tokens, ETags and
 * {@code If-Match}, audit, merge patches, references that block a delete, and bodies that
 * cannot be stored. Every record the tests write is their own; the seed is only read.
 */
class PartyWriteApiTests extends EditingApiTest {

	private String personBody(String slug, String name) {
		return """
				{"slug": "%s", "name": "%s", "description": "A speaker made up for the tests",
				 "variants": [{"name": "%s", "language": "en", "kind": "PRINTED"},
				              {"name": "Qwertyukov", "language": "en", "kind": "SURNAME"}],
				 "roles": [{"title": "Senator", "organisation": "federation-council", "from": "2020-03",
				            "sourceNote": "made up"}]}
				""".formatted(slug, name, name);
	}

	private String newPerson() {
		String slug = uniqueSlug("test-person");
		create("/api/v1/people", personBody(slug, "Zbigniew Testowy"));
		return slug;
	}

	@ParameterizedTest
	@CsvSource({ "POST, /api/v1/people", "PUT, /api/v1/people/aleksandr-lukashenko",
			"PATCH, /api/v1/people/aleksandr-lukashenko", "DELETE, /api/v1/people/aleksandr-lukashenko",
			"POST, /api/v1/organisations", "PUT, /api/v1/organisations/rosatom",
			"DELETE, /api/v1/organisations/rosatom" })
	void writesNeedAnEditorsToken(String method, String path) {
		Answer answer = send(method, path, "{\"name\": \"Nobody\"}");
		assertProblem(answer, 401);
		assertThat(get("/api/v1/people/aleksandr-lukashenko").status()).isEqualTo(200);
		assertThat(get("/api/v1/organisations/rosatom").status()).isEqualTo(200);
	}

	@Test
	void createsAPersonWithLocationETagAndAudit() {
		String slug = uniqueSlug("test-person");
		Answer created = create("/api/v1/people", personBody(slug, "Zbigniew Testowy"));
		assertThat(created.header("Location")).isEqualTo("/api/v1/people/" + slug);
		assertThat(created.header("ETag")).matches("\"\\d+\"");
		assertThat(created.<String>json("$.name")).isEqualTo("Zbigniew Testowy");
		assertThat(created.<String>json("$.audit.createdBy")).isEqualTo(EDITOR);

		Answer read = get("/api/v1/people/" + slug);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
		assertThat(read.<String>json("$.audit.createdBy")).isEqualTo(EDITOR);
		assertThat(read.<String>json("$.audit.modifiedBy")).isEqualTo(EDITOR);
		assertThat(read.<String>json("$.audit.createdAt")).isNotBlank();
		assertThat(read.list("$.variants[*].name")).containsExactly("Zbigniew Testowy", "Qwertyukov");
		assertThat(read.<String>json("$.roles[0].organisation.slug")).isEqualTo("federation-council");
		assertThat(read.<String>json("$.roles[0].from.value")).isEqualTo("2020-03");
		// Unchanged since: a revalidation is answered 304.
		assertThat(get("/api/v1/people/" + slug, "If-None-Match", read.header("ETag")).status()).isEqualTo(304);
	}

	@Test
	void seededRecordsShowTheirETagAndTheSeedAsAuthor() {
		Answer person = get("/api/v1/people/aleksandr-lukashenko");
		assertThat(person.header("ETag")).matches("\"\\d+\"");
		assertThat(person.<String>json("$.audit.createdBy")).isEqualTo("seed");
		Answer organisation = get("/api/v1/organisations/federation-council");
		assertThat(organisation.header("ETag")).matches("\"\\d+\"");
		assertThat(organisation.<String>json("$.audit.createdBy")).isEqualTo("seed");
	}

	@Test
	void postingAnExistingSlugIsAConflictEvenWithTheSameName() {
		String etag = etag("/api/v1/people/aleksandr-lukashenko");
		Answer answer = edit("POST", "/api/v1/people",
				"{\"slug\": \"aleksandr-lukashenko\", \"name\": \"Aleksandr Lukashenko\"}");
		assertProblem(answer, 409);
		assertThat(answer.list("$.conflicts")).containsExactly("/api/v1/people/aleksandr-lukashenko");
		assertThat(etag("/api/v1/people/aleksandr-lukashenko")).isEqualTo(etag);

		Answer organisation = edit("POST", "/api/v1/organisations", "{\"name\": \"Rosatom\"}");
		assertProblem(organisation, 409);
		assertThat(organisation.list("$.conflicts")).containsExactly("/api/v1/organisations/rosatom");
	}

	@Test
	void replacingNeedsTheCurrentETag() {
		String slug = newPerson();
		String path = "/api/v1/people/" + slug;
		String etag = etag(path);
		String changed = "{\"name\": \"Zbigniew Renamed\"}";

		assertProblem(edit("PUT", path, changed), 428);
		Answer stale = assertProblem(edit("PUT", path, changed, "If-Match", "\"999\""), 412);
		assertThat(stale.<String>json("$.currentETag")).isEqualTo(etag);
		assertThat(get(path).<String>json("$.name")).isEqualTo("Zbigniew Testowy");
		assertThat(etag(path)).isEqualTo(etag);

		Answer replaced = edit("PUT", path, changed, "If-Match", etag);
		assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
		assertThat(replaced.header("ETag")).matches("\"\\d+\"").isNotEqualTo(etag);
		assertThat(replaced.<String>json("$.name")).isEqualTo("Zbigniew Renamed");
		// A full replacement: what the body leaves out is gone.
		assertThat(replaced.list("$.variants")).isEmpty();
		assertThat(replaced.list("$.roles")).isEmpty();
		assertThat(replaced.<String>json("$.description")).isNull();
		assertThat(replaced.<String>json("$.audit.modifiedBy")).isEqualTo(EDITOR);
		assertThat(etag(path)).isEqualTo(replaced.header("ETag"));
	}

	@Test
	void ofTwoEditorsWithTheSameETagTheSecondGets412AndTheFirstChangeStays() {
		String slug = newPerson();
		String path = "/api/v1/people/" + slug;
		String etag = etag(path);

		Answer first = edit("PUT", path, "{\"name\": \"First Editor's Name\"}", "If-Match", etag);
		assertThat(first.status()).as("%s", first).isEqualTo(200);
		Answer second = edit("PATCH", path, "{\"name\": \"Second Editor's Name\"}", "Content-Type", MERGE_PATCH,
				"If-Match", etag);
		assertProblem(second, 412);
		assertThat(second.<String>json("$.currentETag")).isEqualTo(first.header("ETag"));
		assertThat(get(path).<String>json("$.name")).isEqualTo("First Editor's Name");
		assertThat(etag(path)).isEqualTo(first.header("ETag"));
	}

	@Test
	void patchesMergeIntoTheStoredRecord() {
		String slug = newPerson();
		String path = "/api/v1/people/" + slug;
		Answer patched = edit("PATCH", path,
				"{\"description\": null, \"variants\": [{\"name\": \"Збигнев Тестовый\", "
						+ "\"language\": \"ru-Cyrl\", \"kind\": \"ORIGINAL_SCRIPT\"}]}",
				"Content-Type", MERGE_PATCH, "If-Match", etag(path));
		assertThat(patched.status()).as("%s", patched).isEqualTo(200);
		assertThat(patched.<String>json("$.name")).isEqualTo("Zbigniew Testowy");
		assertThat(patched.<String>json("$.description")).isNull();
		assertThat(patched.list("$.variants[*].name")).containsExactly("Збигнев Тестовый");
		// Untouched fields keep their value, dates at their precision included.
		assertThat(patched.<String>json("$.roles[0].title")).isEqualTo("Senator");
		assertThat(patched.<String>json("$.roles[0].organisation.slug")).isEqualTo("federation-council");
		assertThat(patched.<String>json("$.roles[0].from.value")).isEqualTo("2020-03");
		assertThat(patched.<String>json("$.roles[0].source")).isEqualTo("made up");
	}

	@Test
	void aPatchIsAMergePatchAndKeepsTheSlug() {
		String slug = newPerson();
		String path = "/api/v1/people/" + slug;
		String etag = etag(path);
		assertProblem(edit("PATCH", path, "{\"name\": \"X\"}", "If-Match", etag), 415);
		assertInvalid(
				edit("PATCH", path, "{\"slug\": \"another-slug\"}", "Content-Type", MERGE_PATCH, "If-Match", etag),
				"/slug");
		assertInvalid(edit("PATCH", path, "{\"name\": \"\"}", "Content-Type", MERGE_PATCH, "If-Match", etag), "/name");
		assertInvalid(edit("PUT", path, "{\"slug\": \"another-slug\", \"name\": \"X\"}", "If-Match", etag), "/slug");
		assertThat(etag(path)).isEqualTo(etag);
	}

	@Test
	void renamedVariantsAreFoundAtOnce() {
		String slug = newPerson();
		String path = "/api/v1/people/" + slug;
		assertThat(listed("/api/v1/people?q=Qwertyukov", "slug")).containsExactly(slug);
		// One wrong letter: found through the search index only.
		assertThat(listed("/api/v1/people?q=Qwertyukow", "slug")).containsExactly(slug);

		Answer patched = edit("PATCH", path,
				"{\"variants\": [{\"name\": \"Asdfghjklov\", \"language\": \"en\", \"kind\": \"SURNAME\"}]}",
				"Content-Type", MERGE_PATCH, "If-Match", etag(path));
		assertThat(patched.status()).as("%s", patched).isEqualTo(200);
		assertThat(listed("/api/v1/people?q=Asdfghjklov", "slug")).containsExactly(slug);
		assertThat(listed("/api/v1/people?q=Asdfghjklow", "slug")).containsExactly(slug);
		assertThat(listed("/api/v1/people?q=Qwertyukov", "slug")).isEmpty();
		assertThat(listed("/api/v1/people?q=Qwertyukow", "slug")).isEmpty();
		// The quote filter resolves the new spelling to the person (who has no quotes).
		assertThat(get("/api/v1/quotes?speaker=Asdfghjklov").status()).isEqualTo(200);
	}

	@Test
	void deletingAReferencedPersonIsAConflictNamingTheReferrers() {
		String etag = etag("/api/v1/people/aleksandr-lukashenko");
		Answer answer = edit("DELETE", "/api/v1/people/aleksandr-lukashenko", null, "If-Match", etag);
		assertProblem(answer, 409);
		assertThat(answer.list("$.conflicts")).containsExactlyInAnyOrder("quote 2 (speaker)", "quote 3 (speaker)",
				"quote 8 (speaker)", "quote 9 (speaker)",
				"event lukashenko-federation-council-speech-2025 (participant)",
				"event 10th-forum-of-regions-ufa-2023 (participant)");
		assertThat(etag("/api/v1/people/aleksandr-lukashenko")).isEqualTo(etag);

		Answer author = edit("DELETE", "/api/v1/people/aleksandr-shpakovsky", null, "If-Match",
				etag("/api/v1/people/aleksandr-shpakovsky"));
		assertProblem(author, 409);
		assertThat(author.list("$.conflicts")).containsExactly("document the-only-correct-decision (author)");
	}

	@Test
	void deletingAnOrganisationSomeoneHeldARoleInIsAConflict() {
		String path = "/api/v1/organisations/standing-committee-on-international-affairs";
		Answer answer = edit("DELETE", path, null, "If-Match", etag(path));
		assertProblem(answer, 409);
		assertThat(answer.list("$.conflicts")).containsExactly("person aleksandr-shpakovsky (role)");
		assertThat(get(path).status()).isEqualTo(200);

		Answer council = edit("DELETE", "/api/v1/organisations/federation-council", null, "If-Match",
				etag("/api/v1/organisations/federation-council"));
		assertProblem(council, 409);
		assertThat(council.list("$.conflicts"))
			.contains("event lukashenko-federation-council-speech-2025 (participant)");
	}

	@Test
	void deletesWhatNothingRefersTo() {
		String organisation = uniqueSlug("test-organisation");
		create("/api/v1/organisations", """
				{"slug": "%s", "name": "Testing Committee",
				 "variants": [{"name": "Комитет испытаний", "language": "ru-Cyrl", "kind": "ORIGINAL_SCRIPT"}]}
				""".formatted(organisation));
		String person = uniqueSlug("test-person");
		create("/api/v1/people", """
				{"slug": "%s", "name": "Tess Tester", "roles": [{"title": "Chair", "organisation": "%s"}]}
				""".formatted(person, organisation));
		String organisationPath = "/api/v1/organisations/" + organisation;
		String personPath = "/api/v1/people/" + person;

		Answer blocked = edit("DELETE", organisationPath, null, "If-Match", etag(organisationPath));
		assertProblem(blocked, 409);
		assertThat(blocked.list("$.conflicts")).containsExactly("person " + person + " (role)");

		assertProblem(edit("DELETE", personPath, null), 428);
		assertProblem(edit("DELETE", personPath, null, "If-Match", "\"999\""), 412);
		assertThat(edit("DELETE", personPath, null, "If-Match", etag(personPath)).status()).isEqualTo(204);
		assertProblem(get(personPath), 404);
		assertProblem(edit("DELETE", personPath, null, "If-Match", "\"0\""), 404);
		assertThat(listed("/api/v1/people?q=Tess%20Tester", "slug")).isEmpty();

		assertThat(edit("DELETE", organisationPath, null, "If-Match", etag(organisationPath)).status()).isEqualTo(204);
		assertProblem(get(organisationPath), 404);
		assertThat(listed("/api/v1/organisations?q=" + enc("Комитет испытаний"), "slug")).isEmpty();
	}

	@Test
	void replacesAndPatchesAnOrganisation() {
		String slug = uniqueSlug("test-organisation");
		create("/api/v1/organisations", "{\"slug\": \"%s\", \"name\": \"Testing Board\"}".formatted(slug));
		String path = "/api/v1/organisations/" + slug;
		assertThat(get(path).<String>json("$.audit.createdBy")).isEqualTo(EDITOR);
		String etag = etag(path);
		assertProblem(edit("PUT", path, "{\"name\": \"Testing Council\"}"), 428);
		Answer replaced = edit("PUT", path, "{\"name\": \"Testing Council\", \"variants\": [{\"name\": \"TC\", "
				+ "\"language\": \"en\", \"kind\": \"SHORT_FORM\"}]}", "If-Match", etag);
		assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
		assertThat(replaced.header("ETag")).isNotEqualTo(etag);
		Answer patched = edit("PATCH", path, "{\"description\": \"Tests things\"}", "Content-Type", MERGE_PATCH,
				"If-Match", replaced.header("ETag"));
		assertThat(patched.status()).as("%s", patched).isEqualTo(200);
		assertThat(patched.<String>json("$.name")).isEqualTo("Testing Council");
		assertThat(patched.<String>json("$.description")).isEqualTo("Tests things");
		assertThat(patched.list("$.variants[*].name")).containsExactly("TC");
		assertProblem(edit("PATCH", path, "{\"description\": \"x\"}", "Content-Type", MERGE_PATCH, "If-Match", etag),
				412);
	}

	@Test
	void badBodiesAre422NamingTheField() {
		assertInvalid(edit("POST", "/api/v1/people", "{}"), "/name");
		assertInvalid(edit("POST", "/api/v1/people", "\"" + uniqueSlug("test-person") + "\""), "/name");
		assertInvalid(edit("POST", "/api/v1/people", "{\"slug\": \"Not A Slug\", \"name\": \"X\"}"), "/slug");
		assertInvalid(edit("POST", "/api/v1/people",
				"{\"name\": \"X Y\", \"variants\": [{\"name\": \"X\", \"language\": \"not a tag!\", \"kind\": \"PRINTED\"}]}"),
				"/variants/0/language");
		assertInvalid(edit("POST", "/api/v1/people", "{\"name\": \"X Y\", \"variants\": [{\"name\": \"X\"}]}"),
				"/variants/0/language");
		assertInvalid(edit("POST", "/api/v1/people",
				"{\"name\": \"X Y\", \"roles\": [{\"title\": \"Chair\", \"organisation\": \"no-such-organisation\"}]}"),
				"/roles/0/organisation");
		assertInvalid(
				edit("POST", "/api/v1/people",
						"{\"name\": \"X Y\", \"roles\": [{\"title\": \"Chair\", \"from\": \"2024-13\"}]}"),
				"/roles/0/from");
		assertInvalid(edit("POST", "/api/v1/organisations", "{\"description\": \"no name\"}"), "/name");
		// Nothing of the refused requests was stored.
		assertThat(listed("/api/v1/people?q=" + enc("X Y"), "slug")).isEmpty();
	}

	@Test
	void unknownFieldsAndMalformedBodiesAre400() {
		Answer unknown = assertProblem(edit("POST", "/api/v1/people", "{\"name\": \"X Y\", \"nickname\": \"x\"}"), 400);
		assertThat(unknown.<String>json("$.pointer")).isEqualTo("/nickname");
		assertThat(unknown.<String>json("$.detail")).contains("nickname");
		assertProblem(edit("POST", "/api/v1/organisations", "{\"name\": "), 400);
		assertProblem(edit("PUT", "/api/v1/people/aleksandr-lukashenko", "{\"name\": \"X\", \"nickname\": \"x\"}",
				"If-Match", "\"0\""), 400);
	}

	@Test
	void changingSomethingUnknownIs404() {
		assertProblem(edit("PUT", "/api/v1/people/no-such-person", "{\"name\": \"X\"}", "If-Match", "\"0\""), 404);
		assertProblem(edit("PATCH", "/api/v1/organisations/no-such-organisation", "{}", "Content-Type", MERGE_PATCH,
				"If-Match", "\"0\""), 404);
		assertProblem(edit("DELETE", "/api/v1/people/no-such-person", null, "If-Match", "\"0\""), 404);
	}

}
