package org.verbatim.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.verbatim.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is read through copies or remembered between requests follows every write at once:
 * the quote filter's copies on topic rows, speaker names, document versions, list totals,
 * topic counts and search counts.
 */
class WritesShowAtOnceApiTests extends CurationApiTest {

	/**
	 * On PostgreSQL the quote list finds topic + speaker + dates through copies of the
	 * quote's speaker and dates on its topic rows (migration V5), kept by triggers: every
	 * change of a quote must show in them, on the page and in its count.
	 */
	@Test
	void theTopicSpeakerAndDateFilterFollowsEveryChangeOfAQuote() {
		String slug = unique("copies");
		String speaker = unique("copy-speaker");
		Answer created = post(speech(slug, speaker, "Copy Speaker"));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		List<Object> ids = created.list("$.quotes[*].id");
		ids.forEach(id -> assertThat(patch(id, "{\"topics\":[\"economy\"],\"date\":{\"value\":\"2019-05-04\"}}"))
			.isEqualTo(200));
		String first = "/api/v1/quotes?speaker=" + speaker + "&topic=economy&from=2019&to=2019";
		// One per page: the second page's total comes from the count.
		Answer page = get(first + "&size=1");
		assertThat(((Number) page.json("$.totalItems")).intValue()).as("%s", page).isEqualTo(2);
		assertThat(listed(first, "id")).containsExactlyInAnyOrderElementsOf(ids);

		// Another speaker and year for one quote, another topic for the other.
		assertThat(
				patch(ids.get(0), "{\"speaker\":{\"person\":\"aleksandr-lukashenko\"},\"date\":{\"value\":\"2021\"}}"))
			.isEqualTo(200);
		assertThat(patch(ids.get(1), "{\"topics\":[\"union-state\"]}")).isEqualTo(200);
		assertThat(listed(first, "id")).isEmpty();
		assertThat(((Number) get(first + "&size=1").json("$.totalItems")).intValue()).isZero();
		assertThat(listed("/api/v1/quotes?speaker=aleksandr-lukashenko&topic=economy&from=2021&to=2021", "id"))
			.containsExactly(ids.get(0));
		assertThat(listed("/api/v1/quotes?speaker=" + speaker + "&topic=politics&from=2019&to=2019", "id"))
			.containsExactly(ids.get(1));
		if (TestDatabase.isPostgres()) {
			assertThat(this.jdbc.queryForObject("select count(*) from quote_topic t join quote q on q.id = t.quote_id"
					+ " where t.speaker_person_id is distinct from q.speaker_person_id"
					+ " or t.date_earliest is distinct from q.date_earliest or t.date_latest is distinct from q.date_latest",
					Long.class))
				.as("topic rows whose copies differ from their quote")
				.isZero();
		}
		else {
			// H2 keeps no copies (ADR 0013): none, rather than stale ones.
			assertThat(
					this.jdbc.queryForObject("select count(*) from quote_topic t where t.speaker_person_id is not null"
							+ " or t.date_earliest is not null or t.date_latest is not null", Long.class))
				.as("topic rows with copies on H2")
				.isZero();
		}
	}

	/**
	 * A filter by topic, speaker and dates pages through its quotes in date order, each
	 * once however many of the topic's subtopics it has (on PostgreSQL the page is read
	 * from the topic rows' copies first, decision 0012).
	 */
	@Test
	void theTopicSpeakerAndDateFilterPagesInDateOrderCountingEachQuoteOnce() {
		String speaker = unique("paged-speaker");
		Map<String, Object> body = speech(unique("paged"), speaker, "Paged Speaker");
		body.put("quotes",
				json("""
						[{"speaker": {"person": "%1$s"},
						  "target": {"selector": {"type": "TextQuoteSelector", "exact": "Dear friends"}}},
						 {"speaker": {"person": "%1$s"},
						  "target": {"selector": {"type": "TextQuoteSelector", "exact": "We will build the Union State together"}}},
						 {"speaker": {"person": "%1$s"},
						  "target": {"selector": {"type": "TextQuoteSelector", "exact": "unity is not a threat to anyone",
						                          "prefix": "Our "}}},
						 {"speaker": {"person": "%1$s"},
						  "target": {"selector": {"type": "TextQuoteSelector", "exact": "I repeat"}}}]"""
					.formatted(speaker)));
		Answer created = post(body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		List<Object> ids = created.list("$.quotes[*].id");
		// Economy and one of its subtopics on the first: listed and counted once.
		assertThat(patch(ids.get(0), "{\"topics\":[\"economy\",\"energy\"],\"date\":{\"value\":\"2019-05-04\"}}"))
			.isEqualTo(200);
		assertThat(patch(ids.get(1), "{\"topics\":[\"trade\"],\"date\":{\"value\":\"2019-01\"}}")).isEqualTo(200);
		assertThat(patch(ids.get(2), "{\"topics\":[\"energy\"],\"date\":{\"value\":\"2019\"}}")).isEqualTo(200);
		assertThat(patch(ids.get(3), "{\"topics\":[\"politics\"],\"date\":{\"value\":\"2019-03-01\"}}")).isEqualTo(200);
		String filter = "/api/v1/quotes?speaker=" + speaker + "&topic=economy&from=2019&to=2019&size=1";
		// Oldest first: earliest day, then latest, then id; newest first the reverse.
		assertThat(pages(filter)).containsExactly(ids.get(1), ids.get(2), ids.get(0));
		assertThat(pages(filter + "&sort=-date")).containsExactly(ids.get(0), ids.get(2), ids.get(1));
		assertThat(listed("/api/v1/quotes?speaker=" + speaker + "&topic=energy&from=2019-05&to=2019-05", "id"))
			.containsExactly(ids.get(2), ids.get(0));
	}

	/** The ids of every page of a list of one item a page, checking the total on each. */
	private List<Object> pages(String filter) {
		List<Object> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			Answer answer = get(filter + "&page=" + page);
			assertThat(answer.status()).as("%s", answer).isEqualTo(200);
			List<Object> items = answer.list("$.items[*].id");
			if (items.isEmpty()) {
				return ids;
			}
			assertThat(((Number) answer.json("$.totalItems")).intValue()).as("totalItems of page %d", page)
				.isEqualTo(3);
			ids.addAll(items);
		}
	}

	/**
	 * Speaker names, the topic tree and document versions are remembered between requests
	 * (WriteAwareCache); each write must show at once in the next answer.
	 */
	@Test
	void rememberedReadsFollowEveryWriteAtOnce() {
		String slug = unique("remembered");
		String speakerSlug = unique("rem-speaker");
		String name = "Xaverius Quillfeather";
		String byName = "/api/v1/quotes?speaker=" + enc(name);
		// Asked twice before the speaker exists: the empty answer is remembered.
		assertThat(listed(byName, "id")).isEmpty();
		assertThat(listed(byName, "id")).isEmpty();
		assertThat(get("/api/v1/quotes?speaker=" + speakerSlug).status()).isEqualTo(200);

		Answer created = post(speech(slug, speakerSlug, name));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(listed(byName, "id")).hasSize(2);
		assertThat(listed("/api/v1/quotes?speaker=" + speakerSlug, "id")).hasSize(2);

		String path = "/api/v1/documents/" + slug;
		String etag = created.header("ETag");
		assertThat(get(path, "If-None-Match", etag).status()).isEqualTo(304);
		assertThat(get(path, "If-None-Match", etag).status()).isEqualTo(304);
		// A change to one of its quotes moves the document's version: the old ETag no
		// longer revalidates.
		Object quoteId = created.list("$.quotes[*].id").get(0);
		Answer quote = get("/api/v1/quotes/" + quoteId);
		Answer changed = send("PATCH", "/api/v1/quotes/" + quoteId, "{\"kind\":\"SLOGAN\"}", "Authorization",
				"Bearer " + EDITOR_TOKEN, "Content-Type", "application/merge-patch+json", "If-Match",
				quote.header("ETag"));
		assertThat(changed.status()).as("%s", changed).isEqualTo(200);
		Answer revalidated = get(path, "If-None-Match", etag);
		assertThat(revalidated.status()).isEqualTo(200);
		assertThat(revalidated.header("ETag")).isNotEqualTo(etag);
		assertThat(get(path, "If-None-Match", revalidated.header("ETag")).status()).isEqualTo(304);

		// Deleted: the document and its speaker's quotes are gone from the next answers.
		deleteWhatTheTestCreated();
		assertThat(get(path, "If-None-Match", revalidated.header("ETag")).status()).isEqualTo(404);
		assertThat(listed(byName, "id")).isEmpty();
	}

	/**
	 * A list's total past its first page and the topics' counts are remembered between
	 * requests (QuoteService, TopicService); each write must show at once in them.
	 */
	@Test
	void listTotalsAndTopicCountsFollowEveryWriteAtOnce() {
		// Page 1 of 1: the total is counted, not read off the page.
		String list = "/api/v1/quotes?kind=DIRECT&size=1&page=1";
		int direct = total(list);
		assertThat(total(list)).isEqualTo(direct);
		int politics = politicsDocuments();
		assertThat(politicsDocuments()).isEqualTo(politics);

		Answer created = post(speech(unique("totals"), unique("total-speaker"), "Total Speaker"));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.list("$.quotes[*].kind")).containsExactly("DIRECT", "DIRECT");
		assertThat(total(list)).isEqualTo(direct + 2);
		assertThat(politicsDocuments()).isEqualTo(politics + 1);

		assertThat(patch(created.list("$.quotes[*].id").get(0), "{\"kind\":\"SLOGAN\"}")).isEqualTo(200);
		assertThat(total(list)).isEqualTo(direct + 1);

		deleteWhatTheTestCreated();
		assertThat(total(list)).isEqualTo(direct);
		assertThat(politicsDocuments()).isEqualTo(politics);
	}

	private int total(String list) {
		Answer answer = get(list);
		assertThat(answer.status()).as("%s", answer).isEqualTo(200);
		return answer.<Integer>json("$.totalItems");
	}

	/** Documents on politics, in the tree and in the topic's own answer, which agree. */
	private int politicsDocuments() {
		List<Object> inTree = get("/api/v1/topics").list("$..[?(@.slug == 'politics')].counts.documents");
		int own = get("/api/v1/topics/politics").<Integer>json("$.counts.documents");
		assertThat(inTree).containsExactly(own);
		return own;
	}

	/**
	 * A search's total and facets are kept until the index changes (SearchService): the
	 * next page shows the same counts, and a document added or deleted shows in them at
	 * once.
	 */
	@Test
	void searchCountsFollowEveryWriteAtOnce() {
		String word = unique("zyxwords").replace("-", "");
		String query = "/api/v1/search?q=" + word + "&size=1";
		Answer before = get(query);
		assertThat((Integer) before.json("$.totalItems")).isZero();

		String slug = unique("counted");
		Map<String, Object> body = speech(slug, unique("count-speaker"), "Count Speaker");
		body.put("title", "Address on " + word);
		Answer created = post(body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		Answer first = get(query);
		assertThat((Integer) first.json("$.totalItems")).isEqualTo(1);
		assertThat(first.list("$.facets.type[*].value")).containsExactly("document");
		assertThat(first.list("$.items[*].id")).containsExactly(slug);
		// The same counts on the next page (empty: one hit in all), and again.
		Answer second = get(query + "&page=1");
		assertThat(second.list("$.items")).isEmpty();
		assertThat((Integer) second.json("$.totalItems")).isEqualTo(1);
		assertThat((Object) second.json("$.facets")).isEqualTo(first.json("$.facets"));
		assertThat((Object) get(query).json("$.facets")).isEqualTo(first.json("$.facets"));

		Answer deleted = send("DELETE", "/api/v1/documents/" + slug, null, "Authorization", "Bearer " + EDITOR_TOKEN,
				"If-Match", created.header("ETag"));
		assertThat(deleted.status()).isEqualTo(204);
		Answer after = get(query);
		assertThat((Integer) after.json("$.totalItems")).isZero();
		assertThat(after.list("$.facets.type")).isEmpty();
		assertThat(after.list("$.items")).isEmpty();
	}

}
