package corpus;

import static corpus.Vocabulary.CONTEXT;
import static corpus.Vocabulary.FIRST_YEAR;
import static corpus.Vocabulary.LAST_YEAR;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;

/** Re-reads a corpus and checks what the import will check, and more. */
final class Verifier {

	private static final Set<String> DOCUMENT_KINDS = Set.of("ARTICLE", "SPEECH", "INTERVIEW", "STATEMENT", "TRANSCRIPT",
			"PRESS_RELEASE", "OTHER");

	private static final Set<String> QUOTE_KINDS = Set.of("DIRECT", "ATTRIBUTED_PHRASE", "SLOGAN", "FORMULA");

	private static final Set<String> EVENT_KINDS = Set.of("SPEECH", "FORUM", "SESSION", "ELECTION", "AGREEMENT",
			"PROGRAMME_ADOPTION", "PLAN", "VISIT", "INTERVIEW", "OTHER");

	private static final Set<String> VARIANT_KINDS = Set.of("PRINTED", "CONVENTIONAL", "TRANSLITERATION", "ORIGINAL_SCRIPT",
			"SURNAME");

	private static final Set<String> AUTHOR_ROLES = Set.of("AUTHOR", "SPEAKER", "INTERVIEWER", "INTERVIEWEE", "TRANSLATOR",
			"EDITOR");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	private final Set<String> topics = new HashSet<>();

	private final Set<String> people = new HashSet<>();

	private final Set<String> events = new HashSet<>();

	private final Set<String> documents = new HashSet<>();

	private final List<String> problems = new ArrayList<>();

	private final Map<String, Integer> speakerQuotes = new HashMap<>();

	private final Map<String, Integer> precisions = new TreeMap<>();

	private long quotes;

	private long annotations;

	private long nonBmpDocuments;

	private long combiningDocuments;

	private long cyrillicDocuments;

	private long minWords = Long.MAX_VALUE;

	private long maxWords;

	private long totalWords;

	private int line;

	boolean verify(Path path) throws IOException {
		long started = System.nanoTime();
		try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			String text;
			while ((text = reader.readLine()) != null && this.problems.size() < 20) {
				this.line++;
				try {
					document(ImportLine.parse(text));
				}
				catch (JacksonException ex) {
					problem("JSON: " + ex.getOriginalMessage() + " at column " + ex.getLocation().getColumnNr());
				}
				catch (RuntimeException ex) {
					problem(ex.getMessage());
				}
			}
		}
		List<Integer> counts = new ArrayList<>(this.speakerQuotes.values());
		counts.sort((a, b) -> b - a);
		System.out.printf(Locale.ROOT,
				"%d documents, %d quotes, %d annotations; %d topics, %d people (%d quoted), %d events%n",
				this.line, this.quotes, this.annotations, this.topics.size(), this.people.size(),
				this.speakerQuotes.size(), this.events.size());
		if (this.line > 0) {
			System.out.printf(Locale.ROOT, "words per document: min %d, mean %d, max %d%n", this.minWords,
					this.totalWords / this.line, this.maxWords);
		}
		System.out.printf(Locale.ROOT,
				"documents with non-BMP characters %d, with combining marks %d, with Cyrillic %d%n",
				this.nonBmpDocuments, this.combiningDocuments, this.cyrillicDocuments);
		System.out.println("date precision of documents, quotes and events: " + this.precisions);
		if (!counts.isEmpty()) {
			System.out.println("quotes of the most quoted speakers: " + counts.subList(0, Math.min(10, counts.size())));
		}
		System.out.printf(Locale.ROOT, "verified in %.1f s%n", (System.nanoTime() - started) / 1e9);
		if (this.problems.isEmpty()) {
			System.out.println("OK: every selector cuts its exact text at start..end (code points)");
			return true;
		}
		this.problems.forEach(p -> System.out.println("PROBLEM " + p));
		return false;
	}

	void problem(String message) {
		this.problems.add("line " + this.line + ": " + message);
	}

	void check(boolean condition, String message) {
		if (!condition) {
			problem(message);
		}
	}

	void document(Map<String, Object> doc) {
		String slug = string(doc, "slug");
		checkSlug(slug, "document");
		check(this.documents.add(slug), "document slug repeated: " + slug);
		string(doc, "title");
		check(DOCUMENT_KINDS.contains(string(doc, "kind")), "document kind " + doc.get("kind"));
		checkDate(doc.get("date"), "document date");
		String text = string(doc, "text");
		int words = Words.countWords(text);
		check(words >= 500 && words <= 5000, "words " + words);
		this.minWords = Math.min(this.minWords, words);
		this.maxWords = Math.max(this.maxWords, words);
		this.totalWords += words;
		boolean nonBmp = false;
		boolean combiningMark = false;
		boolean cyrillic = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			nonBmp |= Character.isHighSurrogate(c);
			combiningMark |= Character.getType(c) == Character.NON_SPACING_MARK;
			cyrillic |= c >= '\u0400' && c <= '\u04FF';
		}
		this.nonBmpDocuments += nonBmp ? 1 : 0;
		this.combiningDocuments += combiningMark ? 1 : 0;
		this.cyrillicDocuments += cyrillic ? 1 : 0;
		int codePoints = text.codePointCount(0, text.length());

		for (Object author : list(doc, "authors")) {
			Map<String, Object> a = asMap(author, "author");
			person(a.get("person"));
			string(a, "bylineName");
			check(AUTHOR_ROLES.contains(string(a, "role")), "author role " + a.get("role"));
		}
		for (Object topic : list(doc, "topics")) {
			topic(topic);
		}
		for (Object item : list(doc, "quotes")) {
			Map<String, Object> quote = asMap(item, "quote");
			this.quotes++;
			check(QUOTE_KINDS.contains(string(quote, "kind")), "quote kind " + quote.get("kind"));
			String speaker = person(asMap(quote.get("speaker"), "speaker").get("person"));
			this.speakerQuotes.merge(speaker, 1, Integer::sum);
			Object event = quote.get("event");
			if (event != null) {
				event(event);
			}
			checkDate(quote.get("date"), "quote date");
			for (Object topic : list(quote, "topics")) {
				check(topic instanceof String && this.topics.contains(topic), "quote topic " + topic);
			}
			List<Object> selectors = list(asMap(quote.get("target"), "target"), "selector");
			check(selectors.size() == 2, "two selectors");
			Map<String, Object> textQuote = asMap(selectors.get(0), "selector");
			Map<String, Object> position = asMap(selectors.get(1), "selector");
			check("TextQuoteSelector".equals(textQuote.get("type")), "first selector TextQuoteSelector");
			check("TextPositionSelector".equals(position.get("type")), "second selector TextPositionSelector");
			int start = ((Number) position.get("start")).intValue();
			int end = ((Number) position.get("end")).intValue();
			if (start < 0 || start >= end || end > codePoints) {
				problem("position " + start + ".." + end + " outside 0.." + codePoints);
				continue;
			}
			int from = text.offsetByCodePoints(0, start);
			int to = text.offsetByCodePoints(from, end - start);
			textQuote(text, textQuote, from, to);
		}
		for (Object item : list(doc, "annotations")) {
			Map<String, Object> annotation = asMap(item, "annotation");
			this.annotations++;
			string(annotation, "motivation");
			Map<String, Object> selector = asMap(asMap(annotation.get("target"), "target").get("selector"),
					"selector");
			check("TextQuoteSelector".equals(selector.get("type")), "annotation selector type");
			String whole = string(selector, "prefix") + string(selector, "exact") + string(selector, "suffix");
			int at = text.indexOf(whole);
			check(at >= 0 && text.indexOf(whole, at + 1) < 0, "annotation selector not unique or absent");
			if (at >= 0) {
				int from = at + string(selector, "prefix").length();
				textQuote(text, selector, from, from + string(selector, "exact").length());
			}
		}
	}

	/** The TextQuoteSelector cuts exactly text[from, to) and its context is unique. */
	void textQuote(String text, Map<String, Object> selector, int from, int to) {
		String exact = string(selector, "exact");
		String prefix = string(selector, "prefix");
		String suffix = string(selector, "suffix");
		check(text.substring(from, to).equals(exact), "exact differs from text at position: " + exact);
		check(text.codePointCount(0, from) >= prefix.codePointCount(0, prefix.length())
				&& text.startsWith(prefix, from - prefix.length()), "prefix does not precede: " + prefix);
		check(text.startsWith(suffix, to), "suffix does not follow: " + suffix);
		check(prefix.codePointCount(0, prefix.length()) <= CONTEXT
				&& suffix.codePointCount(0, suffix.length()) <= CONTEXT, "context longer than 32 code points");
		check(!exact.isEmpty() && !Character.isLowSurrogate(exact.charAt(0))
				&& !Character.isHighSurrogate(exact.charAt(exact.length() - 1)), "exact splits a surrogate pair");
		String whole = prefix + exact + suffix;
		int at = text.indexOf(whole);
		check(at == from - prefix.length() && text.indexOf(whole, at + 1) < 0,
				"prefix+exact+suffix not unique: " + exact);
	}

	String person(Object value) {
		if (value instanceof String slug) {
			check(this.people.contains(slug), "person referenced before it is created: " + slug);
			return slug;
		}
		Map<String, Object> person = asMap(value, "person");
		String slug = string(person, "slug");
		checkSlug(slug, "person");
		check(this.people.add(slug), "person created twice: " + slug);
		string(person, "name");
		boolean latin = false;
		boolean cyrillic = false;
		for (Object item : list(person, "variants")) {
			Map<String, Object> variant = asMap(item, "variant");
			String name = string(variant, "name");
			check(VARIANT_KINDS.contains(string(variant, "kind")), "variant kind " + variant.get("kind"));
			String language = string(variant, "language");
			latin |= language.endsWith("-Latn");
			cyrillic |= language.endsWith("-Cyrl") && name.chars().anyMatch(c -> c >= 0x400 && c <= 0x4FF);
		}
		check(latin && cyrillic, "person without Latin and Cyrillic variants: " + slug);
		return slug;
	}

	void topic(Object value) {
		if (value instanceof String slug) {
			check(this.topics.contains(slug), "topic referenced before it is created: " + slug);
			return;
		}
		Map<String, Object> topic = asMap(value, "topic");
		String slug = string(topic, "slug");
		checkSlug(slug, "topic");
		string(topic, "label");
		Object parent = topic.get("parent");
		check(parent == null || this.topics.contains(parent), "parent topic unknown: " + parent);
		check(this.topics.add(slug), "topic created twice: " + slug);
	}

	void event(Object value) {
		if (value instanceof String slug) {
			check(this.events.contains(slug), "event referenced before it is created: " + slug);
			return;
		}
		Map<String, Object> event = asMap(value, "event");
		String slug = string(event, "slug");
		checkSlug(slug, "event");
		string(event, "name");
		check(EVENT_KINDS.contains(string(event, "kind")), "event kind " + event.get("kind"));
		checkDate(event.get("date"), "event date");
		check(this.events.add(slug), "event created twice: " + slug);
	}

	void checkSlug(String slug, String what) {
		check(SLUG.matcher(slug).matches() && slug.length() <= 100, what + " slug " + slug);
	}

	void checkDate(Object value, String what) {
		if (value == null) {
			this.precisions.merge("none", 1, Integer::sum);
			return;
		}
		String date = value.toString();
		if (!DATE.matcher(date).matches()) {
			problem(what + " " + date);
			return;
		}
		int year = Integer.parseInt(date.substring(0, 4));
		check(year >= FIRST_YEAR && year <= LAST_YEAR, what + " out of 1990-2026: " + date);
		if (date.length() >= 7) {
			int month = Integer.parseInt(date.substring(5, 7));
			check(month >= 1 && month <= 12, what + " month " + date);
			if (date.length() == 10) {
				int day = Integer.parseInt(date.substring(8, 10));
				int days = Vocabulary.daysIn(year, month);
				check(day >= 1 && day <= days, what + " day " + date);
			}
		}
		this.precisions.merge(switch (date.length()) {
			case 4 -> "year";
			case 7 -> "month";
			default -> "day";
		}, 1, Integer::sum);
	}

	static String string(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (!(value instanceof String s)) {
			throw new IllegalStateException("'" + key + "' is not a string: " + value);
		}
		return s;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (!(value instanceof List<?>)) {
			throw new IllegalStateException("'" + key + "' is not an array: " + value);
		}
		return (List<Object>) value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> asMap(Object value, String what) {
		if (!(value instanceof Map<?, ?>)) {
			throw new IllegalStateException(what + " is not an object: " + value);
		}
		return (Map<String, Object>) value;
	}

}
