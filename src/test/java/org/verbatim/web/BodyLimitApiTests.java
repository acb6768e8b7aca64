package org.verbatim.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.verbatim.EditingApiTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write body over the limit is a 413 problem naming the limit, decided before the body
 * is parsed; the largest document the archive stores fits, and the NDJSON import keeps
 * its own per-line limit.
 */
class BodyLimitApiTests extends EditingApiTest {

	/** verbatim.request.max-body-size: 8 MiB. */
	private static final int LIMIT = 8 * 1024 * 1024;

	@LocalServerPort
	private int port;

	@Test
	void aContentLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			// Headers only: the answer comes although not one byte of the body was sent.
			socket.getOutputStream()
				.write(("POST /api/v1/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + EDITOR_TOKEN
						+ "\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			String[] answer = readAnswer(socket.getInputStream());
			assertThat(answer[0]).startsWith("HTTP/1.1 413");
			assertThat(answer[1]).contains("content-type: application/problem+json");
			assertTooLarge(answer[2]);
		}
	}

	@Test
	void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws Exception {
		byte[] body = ("{\"slug\": \"too-large\", \"title\": \"Too large\", \"kind\": \"SPEECH\", \"language\": \"en\", "
				+ "\"text\": \"" + "a".repeat(LIMIT) + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		// An input stream of unknown length: the JDK's client sends it chunked.
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/documents"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + EDITOR_TOKEN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.request().headers().firstValue("Content-Length")).isEmpty();
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertTooLarge(response.body());
		assertThat(get("/api/v1/documents/too-large").status()).isEqualTo(404);
	}

	@Test
	void theLongestTextFitsEvenWithEveryCharacterEscaped() {
		String slug = uniqueSlug("longest");
		// 1,000,000 characters of Cyrillic, each written as a JSON escape: 6 bytes each.
		String text = "\\u0416".repeat(999_999) + ".";
		Answer answer = create("/api/v1/documents", """
				{"slug": "%s", "title": "The longest text", "kind": "SPEECH", "language": "be", "text": "%s"}"""
			.formatted(slug, text));
		assertThat(answer.status()).isEqualTo(201);
		assertThat(get("/api/v1/documents/" + slug + "/text").body()).hasSize(1_000_000);
	}

	@Test
	void theImportTakesAStreamLargerThanTheLimit() {
		String slug = uniqueSlug("imported-large");
		// One line over the write limit (JSON whitespace), under the import's per-line
		// limit.
		String line = """
				{"slug": "%s", "title": "Imported large", "kind": "SPEECH", "language": "en",%s"text": "Words."}"""
			.formatted(slug, " ".repeat(LIMIT + 1024));
		Answer answer = edit("POST", "/api/v1/import", line + "\n", "Content-Type", "application/x-ndjson");
		deleteLast("/api/v1/documents/" + slug);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("\"status\":\"created\"").contains("\"created\":1");
		assertThat(get("/api/v1/documents/" + slug).status()).isEqualTo(200);
	}

	private static void assertTooLarge(String problem) {
		assertThat(JsonPath.<Integer>read(problem, "$.status")).isEqualTo(413);
		assertThat(JsonPath.<Integer>read(problem, "$.limit")).isEqualTo(LIMIT);
		assertThat(JsonPath.<String>read(problem, "$.detail")).contains(String.valueOf(LIMIT));
	}

	/**
	 * The status line, the headers (lower case) and the body of an answer with a
	 * Content-Length, without waiting for the connection to close.
	 */
	private static String[] readAnswer(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
			int b = in.read();
			assertThat(b).as("answer ended within its headers: %s", head).isNotNegative();
			head.write(b);
		}
		String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
		String headers = String.join("\n", lines).toLowerCase(Locale.ROOT);
		int length = 0;
		for (String header : headers.split("\n")) {
			if (header.startsWith("content-length:")) {
				length = Integer.parseInt(header.substring(15).strip());
			}
		}
		return new String[] { lines[0], headers, new String(in.readNBytes(length), StandardCharsets.UTF_8) };
	}

}
