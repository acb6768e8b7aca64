package org.verbatim.annotation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.verbatim.ApiTest;
import org.verbatim.document.DocumentWriter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the annotation tests share: documents of their own (the seed is only read),
 * deleted after each test, and requests as an editor.
 */
abstract class AnnotationTestSupport extends ApiTest {

	static final String AUTH = "Bearer " + EDITOR_TOKEN;

	private static final AtomicInteger documents = new AtomicInteger();

	private static final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	private DocumentWriter documentWriter;

	@Autowired
	private PlatformTransactionManager transactions;

	/** The documents this test created, deleted after it. */
	private final List<String> created = new ArrayList<>();

	/**
	 * Deletes the test's documents with their annotations: other tests count the
	 * documents of the shared database.
	 */
	@AfterEach
	void deleteOwnDocuments() {
		new TransactionTemplate(this.transactions).executeWithoutResult(
				status -> this.created.forEach(slug -> this.documentWriter.delete(this.documentWriter.bySlug(slug))));
		this.created.clear();
	}

	/** Creates a document of its own with this text; returns its slug. */
	String createDocument(String text) {
		String slug = "annotations-test-" + ProcessHandle.current().pid() + "-" + documents.incrementAndGet() + "-"
				+ Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		Answer created = send("POST", "/api/v1/documents", """
				{"slug": "%s", "title": "Annotations test", "kind": "ARTICLE", "language": "en", "text": %s}
				""".formatted(slug, literal(text)), "Authorization", AUTH);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		this.created.add(slug);
		return slug;
	}

	/** POSTs an annotation, a JSON text, to the document as the editor. */
	Answer post(String slug, String annotation, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Authorization";
		all[1] = AUTH;
		System.arraycopy(headers, 0, all, 2, headers.length);
		return send("POST", "/api/v1/documents/" + slug + "/annotations", annotation, all);
	}

	/** A JSON Merge Patch, as {@code application/merge-patch+json}. */
	Answer patch(String path, String body, @Nullable String ifMatch) {
		return (ifMatch != null) ? sendAs("PATCH", path, "application/merge-patch+json", body, "If-Match", ifMatch)
				: sendAs("PATCH", path, "application/merge-patch+json", body);
	}

	/** A request as the editor with a body of the given media type. */
	Answer sendAs(String method, String path, String contentType, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", contentType)
			.header("Authorization", AUTH);
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String cut(String text, int start, int end) {
		return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
	}

}
