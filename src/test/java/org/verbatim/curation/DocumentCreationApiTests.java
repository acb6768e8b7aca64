package org.verbatim.curation;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors add a document with its quotes and annotations in one request, and delete it
 * with them: authenticated, checked, stored whole or not at all.
 */
class DocumentCreationApiTests extends CurationApiTest {

	@Test
	void anEditorAddsASpeechThatIsFoundAtOnceByItsSpeakerAndBySearch() {
		String slug = unique("union-state-address");
		String speaker = unique("zoran-testovic");
		Answer created = post(speech(slug, speaker, "Zoran Testovic", """
				[{"name": "Зоран Тестовић", "language": "sr-Cyrl", "kind": "ORIGINAL_SCRIPT"}]"""));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/documents/" + slug);
		assertThat(created.header("ETag")).matches("\"\\d+\"");
		assertThat((String) created.json("$.sha256")).isEqualTo("%064x", new BigInteger(1, sha256(SPEECH)));
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
		quotes.add(json("""
				{"target": {"selector": {"type": "TextQuoteSelector", "exact": "words the speech never says"}}}"""));
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
		Answer badEnum = post(json("""
				{"title": "x", "kind": "SONG", "language": "en", "text": "x"}"""));
		assertThat(badEnum.status()).isEqualTo(400);
		assertThat((String) badEnum.json("$.pointer")).isEqualTo("/kind");
		Answer badDate = post(json("""
				{"title": "x", "kind": "SPEECH", "language": "en", "text": "x", "date": "2024-13"}"""));
		assertThat(badDate.status()).isEqualTo(422);
		assertThat((String) badDate.json("$.errors[0].pointer")).isEqualTo("/date");
		Answer notJson = send("POST", "/api/v1/documents", "{\"title\":", "Authorization", "Bearer " + EDITOR_TOKEN);
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.contentType()).startsWith("application/problem+json");
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
