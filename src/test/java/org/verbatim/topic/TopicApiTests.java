package org.verbatim.topic;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topic tree and topic detail, against the seed's fourteen topics under the roots
 * {@code politics} and {@code economy}. Counts include subtopics: derived from the seed's
 * quote_topic, document_topic and event_topic rows.
 */
class TopicApiTests extends ApiTest {

	/** slug: quotes, documents, events (each counting the topic and its subtopics). */
	private static final Map<String, List<Integer>> COUNTS = Map.ofEntries(Map.entry("politics", List.of(9, 1, 7)),
			Map.entry("integration", List.of(8, 1, 5)), Map.entry("union-state", List.of(7, 1, 3)),
			Map.entry("regional-cooperation", List.of(0, 1, 1)), Map.entry("international-relations", List.of(2, 1, 0)),
			Map.entry("elections", List.of(0, 1, 2)), Map.entry("political-rhetoric", List.of(2, 1, 0)),
			Map.entry("economy", List.of(1, 1, 2)), Map.entry("trade", List.of(0, 1, 0)),
			Map.entry("energy", List.of(0, 1, 2)), Map.entry("electricity-market", List.of(0, 1, 2)),
			Map.entry("nuclear-power", List.of(0, 1, 0)), Map.entry("oil-and-gas", List.of(0, 1, 0)),
			Map.entry("living-standards", List.of(1, 1, 0)));

	private Answer ok(String path) {
		Answer answer = get(path);
		assertThat(answer.status()).as("%s -> %s", path, answer).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		return answer;
	}

	@Test
	void treeHasTheTwoRootsAndTheirSubtopics() {
		Answer tree = ok("/api/v1/topics");
		assertThat(tree.list("$[*].slug")).containsExactlyInAnyOrder("politics", "economy");
		assertThat(tree.list("$[?(@.slug == 'politics')].children[*].slug")).containsExactlyInAnyOrder("integration",
				"international-relations", "elections", "political-rhetoric");
		assertThat(tree.list("$[?(@.slug == 'economy')].children[*].slug")).containsExactlyInAnyOrder("trade", "energy",
				"living-standards");
		assertThat(tree.list("$..children[?(@.slug == 'integration')].children[*].slug"))
			.containsExactlyInAnyOrder("union-state", "regional-cooperation");
		assertThat(tree.list("$..children[?(@.slug == 'energy')].children[*].slug"))
			.containsExactlyInAnyOrder("electricity-market", "nuclear-power", "oil-and-gas");
		assertThat(tree.list("$..slug")).hasSize(14).doesNotHaveDuplicates();
		assertThat(tree.list("$..children[?(@.slug == 'union-state')].children")).containsExactly(List.of());
		assertThat(tree.list("$[?(@.slug == 'economy')].label")).containsExactly("Economy");
	}

	@Test
	void treeCountsItemsOfEachTopicAndItsSubtopics() {
		Answer tree = ok("/api/v1/topics");
		COUNTS.forEach((slug, counts) -> {
			String node = "$..[?(@.slug == '" + slug + "')]";
			assertThat(tree.list(node + ".counts.quotes")).as("quotes of %s", slug).containsExactly(counts.get(0));
			assertThat(tree.list(node + ".counts.documents")).as("documents of %s", slug)
				.containsExactly(counts.get(1));
			assertThat(tree.list(node + ".counts.events")).as("events of %s", slug).containsExactly(counts.get(2));
		});
	}

	@Test
	void showsATopicWithItsAncestorsChildrenAndCounts() {
		Answer energy = ok("/api/v1/topics/energy");
		assertThat((String) energy.json("$.slug")).isEqualTo("energy");
		assertThat((String) energy.json("$.label")).isEqualTo("Energy");
		assertThat((String) energy.json("$.description")).isEqualTo("Energy markets and power generation.");
		assertThat(energy.list("$.ancestors[*].slug")).containsExactly("economy");
		assertThat(energy.list("$.children[*].slug")).containsExactlyInAnyOrder("electricity-market", "nuclear-power",
				"oil-and-gas");
		assertThat((Integer) energy.json("$.counts.quotes")).isEqualTo(0);
		assertThat((Integer) energy.json("$.counts.documents")).isEqualTo(1);
		assertThat((Integer) energy.json("$.counts.events")).isEqualTo(2);
	}

	@Test
	void listsAncestorsFromTheRootDown() {
		Answer unionState = ok("/api/v1/topics/union-state");
		assertThat(unionState.list("$.ancestors[*].slug")).containsExactly("politics", "integration");
		assertThat(unionState.list("$.ancestors[*].label")).containsExactly("Politics",
				"Belarusian-Russian integration");
		assertThat(unionState.list("$.children")).isEmpty();
		assertThat((Integer) unionState.json("$.counts.quotes")).isEqualTo(7);
		assertThat((Integer) unionState.json("$.counts.events")).isEqualTo(3);

		Answer market = ok("/api/v1/topics/electricity-market");
		assertThat(market.list("$.ancestors[*].slug")).containsExactly("economy", "energy");

		Answer politics = ok("/api/v1/topics/politics");
		assertThat(politics.list("$.ancestors")).isEmpty();
		assertThat(politics.list("$.children[*].slug")).containsExactlyInAnyOrder("integration",
				"international-relations", "elections", "political-rhetoric");
		assertThat((Integer) politics.json("$.counts.quotes")).isEqualTo(9);
		assertThat((Integer) politics.json("$.counts.events")).isEqualTo(7);
	}

	@Test
	void detailCountsAgreeWithTheTree() {
		COUNTS.forEach((slug, counts) -> {
			Answer topic = ok("/api/v1/topics/" + slug);
			assertThat((Integer) topic.json("$.counts.quotes")).as("quotes of %s", slug).isEqualTo(counts.get(0));
			assertThat((Integer) topic.json("$.counts.documents")).as("documents of %s", slug).isEqualTo(counts.get(1));
			assertThat((Integer) topic.json("$.counts.events")).as("events of %s", slug).isEqualTo(counts.get(2));
		});
	}

	@Test
	void countsAgreeWithTheFilteredLists() {
		for (String slug : List.of("politics", "integration", "energy", "elections", "economy")) {
			Answer topic = ok("/api/v1/topics/" + slug);
			assertThat((Integer) ok("/api/v1/quotes?topic=" + slug).json("$.totalItems")).as("quotes of %s", slug)
				.isEqualTo((Integer) topic.json("$.counts.quotes"));
			assertThat((Integer) ok("/api/v1/events?topic=" + slug).json("$.totalItems")).as("events of %s", slug)
				.isEqualTo((Integer) topic.json("$.counts.events"));
			assertThat((Integer) ok("/api/v1/documents?topic=" + slug).json("$.totalItems")).as("documents of %s", slug)
				.isEqualTo((Integer) topic.json("$.counts.documents"));
		}
	}

	@Test
	void unknownTopicIsANotFoundProblem() {
		for (String slug : List.of("weather", "Energy", "energy-")) {
			Answer answer = get("/api/v1/topics/" + slug);
			assertThat(answer.status()).as(slug).isEqualTo(404);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat((Integer) answer.json("$.status")).isEqualTo(404);
			assertThat((String) answer.json("$.title")).isNotBlank();
			assertThat((String) answer.json("$.detail")).contains(slug);
		}
	}

	@Test
	void refusesQueryParameters() {
		Answer answer = get("/api/v1/topics?parent=economy");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat((String) answer.json("$.parameter")).isEqualTo("parent");
	}

}
