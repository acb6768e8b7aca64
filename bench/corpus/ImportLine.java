package corpus;

import java.util.List;
import java.util.Map;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import corpus.Names.Variant;

/**
 * One line of the corpus: the body of {@code POST /api/v1/documents}, as the bulk import reads
 * it. A person, topic or event is written whole at its first mention and as its slug after that,
 * so those fields hold either a slug or a record. Every field is written, nulls included, in the
 * order declared here.
 */
record ImportLine(String slug, String title, String subtitle, String kind, String language, String date,
		String publisher, String sourceUrl, String text, List<Author> authors, List<Object> topics, List<Quote> quotes,
		List<Annotation> annotations) {

	// Jackson 3 sorts properties alphabetically by default; the corpus keeps the declared order.
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	/** {@code person}: a slug or a {@link NewPerson}. */
	record Author(Object person, String bylineName, String bylineRole, String role) {
	}

	record NewPerson(String slug, String name, String description, List<Variant> variants) {
	}

	record NewTopic(String slug, String label, String parent) {
	}

	/** An event as first mentioned. */
	record Event(String slug, String name, String kind, String date, String place) {
	}

	/** {@code event}: null, a slug or an {@link Event}. */
	record Quote(String kind, Speaker speaker, String attribution, Object event, String date, List<String> topics,
			Target target) {
	}

	record Speaker(Object person) {
	}

	record Annotation(String motivation, String body, Target target) {
	}

	/** {@code selector}: one selector, or a list of them. */
	record Target(Object selector) {
	}

	record TextQuoteSelector(String type, String exact, String prefix, String suffix) {

		TextQuoteSelector(String exact, String prefix, String suffix) {
			this("TextQuoteSelector", exact, prefix, suffix);
		}

	}

	/** Code points, half-open. */
	record TextPositionSelector(String type, int start, int end) {

		TextPositionSelector(int start, int end) {
			this("TextPositionSelector", start, end);
		}

	}

	/** The line as JSON, without its line feed. */
	String json() {
		return MAPPER.writeValueAsString(this);
	}

	/** A line read back as maps, lists, strings and numbers; duplicate keys are an error. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> parse(String json) {
		return MAPPER.readValue(json, Map.class);
	}

}
