package org.verbatim.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change names the version it was made from in If-Match: a missing one is 428, a
 * stale one 412, so that of two editors at once one wins and the other is told.
 */
class DocumentEditingApiTests extends CurationApiTest {

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

	/**
	 * Adding a quote or an annotation names no version of the document, so writes of
	 * parts of one document at once must all succeed; each still moves the document's
	 * ETag on.
	 */
	@Test
	void partsAddedAtOnceWithoutIfMatchAreAllStored() {
		String slug = unique("parts");
		String path = "/api/v1/documents/" + slug;
		post(speech(slug, unique("parts-speaker"), "Parts Speaker"));
		int before = version(get(path).header("ETag"));
		List<String> quoted = List.of("Dear friends", "Dear", "friends", "Our unity", "our unity", "We will build",
				"the Union State", "together");
		List<Answer> quotes = atOnce(quoted.size(), i -> send("POST", path + "/quotes", """
				{"speaker": {"group": "the audience"},
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "%s"}}}""".formatted(quoted.get(i)),
				"Authorization", "Bearer " + EDITOR_TOKEN));
		List<Answer> annotations = atOnce(quoted.size(), i -> send("POST", path + "/annotations", """
				{"motivation": "commenting", "body": "Note %d",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "%s"}}}""".formatted(i, quoted.get(i)),
				"Authorization", "Bearer " + EDITOR_TOKEN));

		assertThat(quotes).extracting(Answer::status).containsOnly(201);
		assertThat(annotations).extracting(Answer::status).containsOnly(201);
		Answer document = get(path);
		assertThat(document.list("$.quotes[*].text")).containsAll(quoted).hasSize(2 + quoted.size());
		assertThat(get(path + "/annotations").list("$[*].body")).hasSize(1 + quoted.size());
		// Each quote moved the document's version on, as did each annotation.
		assertThat(version(document.header("ETag"))).isEqualTo(before + 2 * quoted.size());

		// Changes of different quotes of the document, each at its own ETag, all succeed
		// too.
		List<Answer> changes = atOnce(quotes.size(),
				i -> send("PATCH", quotes.get(i).header("Location"), "{\"kind\":\"SLOGAN\"}", "Authorization",
						"Bearer " + EDITOR_TOKEN, "Content-Type", "application/merge-patch+json", "If-Match",
						quotes.get(i).header("ETag")));
		assertThat(changes).extracting(Answer::status).containsOnly(200);
		assertThat(version(get(path).header("ETag"))).isEqualTo(before + 3 * quoted.size());
	}

	/** Sends {@code count} requests from as many threads, released together. */
	private static List<Answer> atOnce(int count, IntFunction<Answer> request) {
		CyclicBarrier start = new CyclicBarrier(count);
		List<CompletableFuture<Answer>> answers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			answers.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return request.apply(n);
			}, runnable -> new Thread(runnable).start()));
		}
		return answers.stream().map(CompletableFuture::join).toList();
	}

	private static int version(String etag) {
		return Integer.parseInt(etag.replace("\"", ""));
	}

	@Test
	void quotesAreAddedChangedAndDeletedWithTheirOwnETags() {
		String slug = unique("quotes");
		Answer created = post(speech(slug, unique("q-speaker"), "Q Speaker"));
		String auth = "Bearer " + EDITOR_TOKEN;
		Answer added = send("POST", "/api/v1/documents/" + slug + "/quotes", """
				{"speaker": {"group": "the audience"},
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "Dear friends"}}}""", "Authorization",
				auth);
		assertThat(added.status()).as("%s", added).isEqualTo(201);
		String location = added.header("Location");
		assertThat(location).startsWith("/api/v1/quotes/");
		assertThat(get("/api/v1/documents/" + slug).header("ETag")).isNotEqualTo(created.header("ETag"));

		Answer stale = send("PUT", location, """
				{"target": {"selector": {"type": "TextQuoteSelector", "exact": "Dear friends"}}}""", "Authorization",
				auth, "If-Match", "\"99\"");
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

}
