package org.verbatim.document;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first document is stored exactly as its seed file, and every offset the API gives
 * cuts exactly what it claims out of the served text.
 */
class SeedFidelityTests extends ApiTest {

	static final String SLUG = "the-only-correct-decision";

	static final String SEED_SHA256 = "eefe499a539a390519d3bbf406c7cb27875f14870bbc4b13ae2ee510aa95dce6";

	@Test
	void theShippedSeedFileIsTheArchivesSource() throws IOException {
		assertThat(sha256(seedBytes())).isEqualTo(SEED_SHA256);
	}

	@Test
	void theServedTextIsTheSeedFileByteForByte() throws IOException {
		Answer text = get("/api/v1/documents/" + SLUG + "/text");
		assertThat(text.status()).isEqualTo(200);
		assertThat(text.contentType()).isEqualToIgnoringCase("text/plain;charset=UTF-8");
		assertThat(text.bytes()).isEqualTo(seedBytes());
		assertThat(sha256(text.bytes())).isEqualTo(SEED_SHA256);
		assertThat(text.header("ETag")).isEqualTo("\"" + SEED_SHA256 + "\"");
	}

	@Test
	void theTextRevalidatesWithItsETag() {
		Answer notModified = get("/api/v1/documents/" + SLUG + "/text", "If-None-Match", "\"" + SEED_SHA256 + "\"");
		assertThat(notModified.status()).isEqualTo(304);
		assertThat(notModified.bytes()).isEmpty();
	}

	@Test
	void theDocumentsHashAndLengthDescribeItsText() throws IOException {
		Answer document = get("/api/v1/documents/" + SLUG);
		String text = new String(seedBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(document.<String>json("$.sha256")).isEqualTo(SEED_SHA256);
		assertThat(document.<Integer>json("$.length")).isEqualTo(text.codePointCount(0, text.length()));
	}

	@Test
	void everyQuoteOccurrenceCutsExactlyTheQuotesWords() {
		String text = get("/api/v1/documents/" + SLUG + "/text").body();
		List<Map<String, Object>> quotes = get("/api/v1/documents/" + SLUG).json("$.quotes");
		assertThat(quotes).hasSize(9);
		int occurrences = 0;
		for (Map<String, Object> quote : quotes) {
			@SuppressWarnings("unchecked")
			List<Map<String, Integer>> spans = (List<Map<String, Integer>>) quote.get("occurrences");
			assertThat(spans).isNotEmpty();
			for (Map<String, Integer> span : spans) {
				assertThat(cut(text, span.get("start"), span.get("end"))).as("quote %s", quote.get("id"))
					.isEqualTo(quote.get("text"));
				occurrences++;
			}
			// The quote resource agrees with the document's view of it.
			Answer single = get("/api/v1/quotes/" + quote.get("id"));
			assertThat(single.<String>json("$.text")).isEqualTo(quote.get("text"));
			assertThat(single.<List<Object>>json("$.occurrences")).isEqualTo(spans);
		}
		// The pull quote printed twice is one quote with two occurrences.
		assertThat(occurrences).isEqualTo(10);
	}

	@Test
	void thePullQuotePrintedTwiceIsOneQuoteWithTwoOccurrences() {
		List<Map<String, Object>> quotes = get(
				"/api/v1/quotes?speaker=lukashenko&from=2025-03-14&to=2025-03-14&kind=direct")
			.json("$.items");
		assertThat(quotes).hasSize(1);
		assertThat((List<?>) quotes.get(0).get("occurrences")).hasSize(2);
		assertThat((String) quotes.get(0).get("text")).startsWith("The most important thing is")
			.endsWith("benefits our people.");
	}

	@Test
	void everySectionAndAnnotationSpanLiesInTheText() {
		String text = get("/api/v1/documents/" + SLUG + "/text").body();
		int length = text.codePointCount(0, text.length());
		List<Map<String, Object>> sections = get("/api/v1/documents/" + SLUG).json("$.sections");
		assertThat(sections).extracting(s -> s.get("kind"))
			.containsExactly("TITLE", "SUBTITLE", "STANDFIRST", "PULL_QUOTE", "PULL_QUOTE", "BODY", "BODY", "BODY",
					"BODY", "BYLINE");
		for (Map<String, Object> section : sections) {
			int start = (Integer) section.get("start");
			int end = (Integer) section.get("end");
			assertThat(end).isLessThanOrEqualTo(length);
			String covered = cut(text, start, end);
			if (section.get("heading") != null) {
				assertThat(covered).startsWith((String) section.get("heading"));
			}
		}
		assertThat(cut(text, (Integer) sections.get(0).get("start"), (Integer) sections.get(0).get("end")))
			.isEqualTo("The only correct decision");
		List<Map<String, Object>> annotations = get("/api/v1/documents/" + SLUG + "/annotations").json("$");
		assertThat(annotations).hasSize(4);
		for (Map<String, Object> annotation : annotations) {
			@SuppressWarnings("unchecked")
			Map<String, Integer> target = (Map<String, Integer>) annotation.get("target");
			assertThat(cut(text, target.get("start"), target.get("end"))).isEqualTo(annotation.get("exact"));
		}
	}

	@Test
	void inferredDatesSayWhatTheyWereInferredFrom() {
		Answer document = get("/api/v1/documents/" + SLUG);
		assertThat(document.<String>json("$.date.value")).isEqualTo("2025");
		assertThat(document.<String>json("$.date.precision")).isEqualTo("YEAR");
		assertThat(document.<Boolean>json("$.date.inferred")).isTrue();
		assertThat(document.<String>json("$.date.inferredFrom")).contains("this year");
		Answer agreement = get("/api/v1/events/unified-electricity-market-agreement");
		assertThat(agreement.<String>json("$.date.value")).isEqualTo("2024");
		assertThat(agreement.<Boolean>json("$.date.inferred")).isTrue();
		assertThat(agreement.<String>json("$.date.inferredFrom")).isEqualTo("last year");
	}

	/** The code points [start, end) of the text, as offsets count them. */
	static String cut(String text, int start, int end) {
		return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
	}

	static byte[] seedBytes() throws IOException {
		try (InputStream in = new ClassPathResource("seed/000_7251827bf1b93ee9.txt").getInputStream()) {
			return in.readAllBytes();
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
