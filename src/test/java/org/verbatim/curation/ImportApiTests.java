package org.verbatim.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk import: one document a line, each stored or refused on its own and reported
 * line by line, whether lines are stored one by one, together or in groups side by side.
 */
class ImportApiTests extends CurationApiTest {

	/** Quotes that anchor nowhere in the speech: the line is refused with 422. */
	private static final List<Object> NOT_IN_THE_TEXT = List.copyOf(json("""
			[{"target": {"selector": {"type": "TextQuoteSelector", "exact": "not in the text"}}}]"""));

	@Test
	void importStoresEachLineOnItsOwnAndReportsEveryLine() {
		String good = unique("imported");
		String bad = unique("imported-bad");
		Map<String, Object> badBody = speech(bad, unique("imp-bad"), "Imp Bad");
		badBody.put("quotes", NOT_IN_THE_TEXT);
		String ndjson = JSON.writeValueAsString(speech(good, unique("imp-speaker"), "Imp Speaker")) + "\n"
				+ "{\"title\": oops\n" + "\n" + JSON.writeValueAsString(badBody) + "\n";
		Answer answer = send("POST", "/api/v1/import", ndjson, "Authorization", "Bearer " + EDITOR_TOKEN,
				"Content-Type", "application/x-ndjson");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/x-ndjson");
		List<Map<String, Object>> report = answer.body()
			.lines()
			.map(line -> JSON.readValue(line, Map.class))
			.map(m -> (Map<String, Object>) m)
			.toList();
		assertThat(report).extracting(r -> r.get("line")).containsExactly(1, 2, 4, null);
		assertThat(report.get(0)).containsEntry("status", "created").containsEntry("slug", good);
		assertThat(report.get(1)).containsEntry("status", "failed");
		assertThat(((Map<?, ?>) report.get(1).get("problem")).get("status")).isEqualTo(400);
		assertThat(((Map<?, ?>) report.get(2).get("problem")).get("status")).isEqualTo(422);
		assertThat(report.get(3)).containsEntry("status", "done")
			.containsEntry("lines", 4)
			.containsEntry("created", 1)
			.containsEntry("failed", 2);
		created(JSON.readValue(ndjson.lines().findFirst().orElseThrow(), Map.class));
		assertThat(get("/api/v1/documents/" + good).status()).isEqualTo(200);
		assertThat(get("/api/v1/documents/" + bad).status()).isEqualTo(404);
		assertThat(send("POST", "/api/v1/import", ndjson, "Content-Type", "application/x-ndjson").status())
			.isEqualTo(401);
	}

	/**
	 * The lines an import stores together in one transaction: good ones around a bad one,
	 * a line that depends on an earlier one, and one that only fails at the commit (a
	 * slug taken by an earlier line of the same group).
	 */
	private static List<String> groupedLines(String prefix) {
		Map<String, Object> bad = speech(prefix + "-c", prefix + "-sp3", "Sp Three");
		bad.put("quotes", NOT_IN_THE_TEXT);
		Map<String, Object> last = speech(prefix + "-e", prefix + "-sp5", "Sp Five");
		last.put("title", "Address " + prefix.replace("-", ""));
		return List.of(JSON.writeValueAsString(speech(prefix + "-a", prefix + "-sp1", "Sp One")),
				JSON.writeValueAsString(speech(prefix + "-b", prefix + "-sp2", "Sp Two")), JSON.writeValueAsString(bad),
				JSON.writeValueAsString(speech(prefix + "-d", prefix + "-sp2", "Sp Two")),
				JSON.writeValueAsString(speech(prefix + "-a", prefix + "-sp4", "Sp Four")), "{\"title\": oops",
				JSON.writeValueAsString(last));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> importLines(List<String> lines) {
		Answer answer = send("POST", "/api/v1/import", String.join("\n", lines) + "\n", "Authorization",
				"Bearer " + EDITOR_TOKEN, "Content-Type", "application/x-ndjson");
		assertThat(answer.status()).isEqualTo(200);
		return answer.body().lines().map(line -> (Map<String, Object>) JSON.readValue(line, Map.class)).toList();
	}

	@Test
	void linesImportedTogetherFareExactlyAsEachOnItsOwn() {
		String together = unique("grp").replace("-", "");
		String alone = unique("one").replace("-", "");
		for (String prefix : List.of(together, alone)) {
			for (String suffix : List.of("a", "b", "d", "e")) {
				this.createdDocuments.add(prefix + "-" + suffix);
			}
			for (String suffix : List.of("sp1", "sp2", "sp5")) {
				this.createdPeople.add(prefix + "-" + suffix);
			}
		}
		Map<String, Long> before = rowCounts();
		List<Map<String, Object>> report = importLines(groupedLines(together));
		Map<String, Long> afterTogether = rowCounts();
		// What the answer reports is stored, and found by search once the answer ends.
		assertThat(get("/api/v1/search?q=" + enc("Address " + together)).list("$.items[*].document"))
			.contains(together + "-e");

		List<Map<String, Object>> oneByOne = new ArrayList<>();
		List<String> lines = groupedLines(alone);
		for (int i = 0; i < lines.size(); i++) {
			Map<String, Object> line = new LinkedHashMap<>(importLines(List.of(lines.get(i))).get(0));
			line.put("line", i + 1);
			oneByOne.add(line);
		}
		Map<String, Long> afterAlone = rowCounts();

		assertThat(report).extracting(r -> r.get("status"))
			.containsExactly("created", "created", "failed", "created", "failed", "failed", "created", "done");
		assertThat(report.subList(0, 7))
			.extracting(r -> (Object) ((Map<?, ?>) r.getOrDefault("problem", Map.of())).get("status"))
			.containsExactly(null, null, 422, null, 409, 400, null);
		assertThat(JSON.writeValueAsString(report.subList(0, 7)).replace(together, alone))
			.isEqualTo(JSON.writeValueAsString(oneByOne));
		assertThat(report.get(7)).containsEntry("lines", 7).containsEntry("created", 4).containsEntry("failed", 3);
		Map<String, Long> addedTogether = new LinkedHashMap<>();
		Map<String, Long> addedAlone = new LinkedHashMap<>();
		TABLES.forEach(table -> {
			addedTogether.put(table, afterTogether.get(table) - before.get(table));
			addedAlone.put(table, afterAlone.get(table) - afterTogether.get(table));
		});
		assertThat(addedTogether).isEqualTo(addedAlone);
		assertThat(get("/api/v1/documents/" + together + "-c").status()).isEqualTo(404);
		assertThat(get("/api/v1/people/" + together + "-sp3").status()).isEqualTo(404);
		assertThat(get("/api/v1/people/" + together + "-sp4").status()).isEqualTo(404);
		assertThat(get("/api/v1/documents/" + together + "-a").json("$.authors[0].person.slug").toString())
			.isEqualTo(together + "-sp1");
	}

	@Test
	void aNullLineIsRefusedAndTheImportGoesOn() {
		String good = unique("after-null");
		String speaker = unique("null-speaker");
		List<Map<String, Object>> report = importLines(
				List.of("null", JSON.writeValueAsString(speech(good, speaker, "Null Speaker"))));
		this.createdDocuments.add(good);
		this.createdPeople.add(speaker);
		assertThat(report.get(0)).containsEntry("line", 1).containsEntry("status", "failed");
		assertThat(((Map<?, ?>) report.get(0).get("problem")).get("status")).isEqualTo(422);
		assertThat(report.get(1)).containsEntry("line", 2).containsEntry("status", "created");
		assertThat(report.get(2)).containsEntry("status", "done")
			.containsEntry("created", 1)
			.containsEntry("failed", 1);
	}

	/**
	 * Groups of lines are stored side by side; a line that depends on a line of the group
	 * before still fares as it would after it: it finds the person created there, and a
	 * slug taken there is taken.
	 */
	@Test
	void linesOfDifferentGroupsFareAsOneAfterTheOther() {
		String prefix = unique("span").replace("-", "");
		int count = BulkImport.GROUP_LINES + 10;
		List<String> lines = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			Map<String, Object> line = speech(prefix + "-d" + i, prefix + "-s" + i, "Span Speaker " + i);
			if (i == BulkImport.GROUP_LINES + 1) {
				// The first speaker, by slug only: created by line 1, in the group
				// before.
				line = speech(prefix + "-d" + i, prefix + "-s1", "Span Speaker 1");
				line.put("authors", json("""
						[{"person": "%s", "role": "SPEAKER"}]""".formatted(prefix + "-s1")));
			}
			if (i == BulkImport.GROUP_LINES + 2) {
				// The slug of line 2's document.
				line.put("slug", prefix + "-d2");
			}
			lines.add(JSON.writeValueAsString(line));
		}
		List<Map<String, Object>> report = importLines(lines);
		for (int i = 1; i <= count; i++) {
			if (i != BulkImport.GROUP_LINES + 2) {
				this.createdDocuments.add(prefix + "-d" + i);
				this.createdPeople.add(prefix + "-s" + i);
			}
		}

		assertThat(report).hasSize(count + 1);
		for (int i = 1; i <= count; i++) {
			Map<String, Object> line = report.get(i - 1);
			assertThat(line).as("line %d", i).containsEntry("line", i);
			if (i == BulkImport.GROUP_LINES + 2) {
				assertThat(line).containsEntry("status", "failed");
				assertThat(((Map<?, ?>) line.get("problem")).get("status")).isEqualTo(409);
			}
			else {
				assertThat(line).as("line %d", i).containsEntry("status", "created");
			}
		}
		assertThat(report.get(count)).containsEntry("created", count - 1).containsEntry("failed", 1);
		assertThat(get("/api/v1/documents/" + prefix + "-d2").json("$.authors[0].person.slug").toString())
			.isEqualTo(prefix + "-s2");
		// Stored by the import's own threads, in the name of the editor who sent it.
		assertThat((String) get("/api/v1/documents/" + prefix + "-d" + count).json("$.audit.createdBy"))
			.isEqualTo(EDITOR);
		assertThat(get("/api/v1/documents/" + prefix + "-d" + (BulkImport.GROUP_LINES + 1))
			.json("$.authors[0].person.slug")
			.toString()).isEqualTo(prefix + "-s1");
		assertThat(get("/api/v1/people/" + prefix + "-s" + (BulkImport.GROUP_LINES + 2)).status()).isEqualTo(404);
	}

}
