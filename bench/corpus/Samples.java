package corpus;

import static corpus.Vocabulary.ADJECTIVES;
import static corpus.Vocabulary.FIRST_YEAR;
import static corpus.Vocabulary.LAST_YEAR;
import static corpus.Vocabulary.NOUNS;
import static corpus.Vocabulary.SEARCH_WORDS;
import static corpus.Vocabulary.TOPICS;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import corpus.Names.Person;
import corpus.Names.Variant;

/**
 * Requests that find something in the corpus, for the load test: a kind ({@code filter},
 * {@code document}, {@code people}, {@code search}), a tab and the path with its encoded query.
 */
final class Samples {

	private final Dice dice;

	private final Map<String, List<String>> byKind = new LinkedHashMap<>();

	private final Set<Integer> sampledSpeakers = new HashSet<>();

	private final Map<String, String> parentOf = new HashMap<>();

	Samples(Dice dice) {
		this.dice = dice;
		for (String[] topic : TOPICS) {
			this.parentOf.put(topic[0], topic[2]);
		}
		for (String kind : List.of("filter", "document", "people", "search")) {
			this.byKind.put(kind, new ArrayList<>());
		}
	}

	void document(String slug) {
		List<String> documents = this.byKind.get("document");
		if (documents.size() < 1000) {
			documents.add("/api/v1/documents/" + slug);
		}
	}

	/** Remembers a filter that finds this quote, and a lookup of its speaker, once per speaker. */
	void quote(int speaker, Person person, String date, List<String> topics) {
		List<String> filters = this.byKind.get("filter");
		if (date == null || topics.isEmpty() || filters.size() >= 2000 || !this.sampledSpeakers.add(speaker)) {
			return;
		}
		int year = Integer.parseInt(date.substring(0, 4));
		String topic = topics.get(0);
		String parent = this.parentOf.get(topic);
		if (parent != null && this.dice.nextBoolean()) {
			topic = parent; // a topic filter includes subtopics
		}
		filters.add("/api/v1/quotes?speaker=" + person.slug() + "&from=" + Math.max(FIRST_YEAR, year - 2) + "&to="
				+ Math.min(LAST_YEAR, year + 2) + "&topic=" + topic + "&size=20");
		List<String> names = this.byKind.get("people");
		if (names.size() < 1000) {
			Variant variant = person.variants().get(this.dice.nextInt(person.variants().size()));
			names.add("/api/v1/people?q=" + Words.encode(variant.name()));
		}
	}

	/** Searches for words of the corpus: single words, pairs, and quoted phrases. */
	void searches(int count) {
		Dice r = this.dice;
		for (int i = 0; i < count; i++) {
			String word = r.pick(SEARCH_WORDS);
			String q = switch (i % 4) {
				case 0, 1 -> word;
				case 2 -> word + " " + r.pick(SEARCH_WORDS);
				default -> "\"" + r.pick(ADJECTIVES) + " " + r.pick(NOUNS) + "\"";
			};
			this.byKind.get("search").add("/api/v1/search?q=" + Words.encode(q));
		}
	}

	void write(Path path) throws IOException {
		try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, List<String>> kind : this.byKind.entrySet()) {
				for (String sample : kind.getValue()) {
					writer.append(kind.getKey()).append('\t').append(sample).append('\n');
				}
			}
		}
	}

}
