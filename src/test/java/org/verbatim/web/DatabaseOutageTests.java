package org.verbatim.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest.Answer;
import org.verbatim.Http;
import org.verbatim.TcpProxy;
import org.verbatim.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application survives a database outage: with the connection to PostgreSQL cut
 * (refused) or silent (packets dropped), requests answer 503 problem details within a
 * bounded time and readiness goes DOWN; once the connection is back, the same running
 * application answers again. Runs in the PostgreSQL pass only: the outage is played by a
 * TCP proxy between the application and the server.
 */
@Tag("postgres-only")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "verbatim.editor.tokens=outage-editor:" + DatabaseOutageTests.TOKEN)
@ActiveProfiles("postgres")
@DirtiesContext
class DatabaseOutageTests {

	/** How long a request may take while the database is gone. */
	static final Duration BOUND = Duration.ofSeconds(5);

	static final String TOKEN = "token-for-the-outage-tests";

	static TcpProxy proxy;

	/** The longest answer seen during each kind of outage, for the log. */
	static final Map<String, Duration> longest = new ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void throughTheProxy(DynamicPropertyRegistry registry) throws IOException {
		String database = TestDatabase.url();
		URI server = URI.create(database.substring("jdbc:".length()));
		proxy = new TcpProxy(server.getHost(), (server.getPort() != -1) ? server.getPort() : 5432);
		String proxied = database.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
		registry.add("VERBATIM_DB_URL", () -> proxied);
		registry.add("VERBATIM_DB_USER", () -> "postgres");
		registry.add("VERBATIM_DB_PASSWORD", () -> "");
		String index = TestDatabase.freshIndexDirectory();
		registry.add("verbatim.search.index-directory", () -> index);
	}

	@AfterAll
	static void closeProxy() throws IOException {
		proxy.close();
		longest.forEach((kind, took) -> System.out.printf("Longest answer while %s: %d ms%n", kind, took.toMillis()));
	}

	@Test
	void answers503WhileTheDatabaseIsGoneAndRecoversWithoutARestart() throws Exception {
		assertThat(get("/api/v1/quotes?speaker=lukashenko").status()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);

		proxy.cut();
		try {
			answer503InTime("refused");
		}
		finally {
			proxy.restore();
		}
		assertRecovered();
	}

	/**
	 * Packets dropped: no error from the network, only no answer, so every wait must end
	 * by a timeout, in time. The first request reuses a connection the pool just handed
	 * out, which it does not check again: its query waits for the socket timeout.
	 */
	@Test
	void answers503InTimeWhilePacketsAreDroppedAndRecovers() throws Exception {
		assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(get("/api/v1/quotes?speaker=lukashenko").status()).isEqualTo(200);
		proxy.drop();
		try {
			answer503InTime("dropping packets");
		}
		finally {
			proxy.restore();
		}
		assertRecovered();
	}

	private void answer503InTime(String outage) throws Exception {
		for (String path : new String[] { "/api/v1/quotes?speaker=lukashenko",
				"/api/v1/documents/the-only-correct-decision", "/api/v1/topics" }) {
			assertUnavailable(timed(outage, () -> get(path)), path);
		}
		// More requests at once than the pool has connections.
		List<CompletableFuture<Answer>> burst = IntStream.range(0, 12)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> timed(outage, () -> get("/api/v1/quotes?page=" + i)),
					runnable -> new Thread(runnable).start()))
			.toList();
		burst.forEach(answer -> assertUnavailable(answer.join(), "/api/v1/quotes, 12 at once"));
		Answer readiness = timed(outage, () -> get("/actuator/health/readiness"));
		assertThat(readiness.status()).isEqualTo(503);
		assertThat(readiness.<String>json("$.status")).isEqualTo("DOWN");
		// A database outage is no reason to restart the process.
		assertThat(timed(outage, () -> get("/actuator/health/liveness")).status()).isEqualTo(200);
	}

	private static void assertUnavailable(Answer answer, String what) {
		assertThat(answer.status()).as("%s: %s", what, answer).isEqualTo(503);
		assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
		assertThat(answer.<String>json("$.title")).isEqualTo("Database unavailable");
		assertThat(answer.header("Retry-After")).isEqualTo("5");
	}

	private void assertRecovered() throws InterruptedException {
		Answer recovered = eventually(() -> get("/api/v1/quotes?speaker=lukashenko"), 200);
		assertThat(recovered.<Integer>json("$.totalItems")).isEqualTo(4);
		assertThat(eventually(() -> get("/actuator/health/readiness"), 200).<String>json("$.status")).isEqualTo("UP");
	}

	/**
	 * An import that finds the database gone stops at its first line: reported failed
	 * with 503, the import aborted, nothing after it tried or reported.
	 */
	@Test
	void anImportStopsAtTheFirstLineItCannotStore() throws Exception {
		StringBuilder lines = new StringBuilder();
		for (int i = 1; i <= 3; i++) {
			lines.append("{\"slug\": \"outage-")
				.append(i)
				.append("\", \"title\": \"Outage\", \"kind\": \"SPEECH\", ")
				.append("\"language\": \"en\", \"text\": \"Words.\"}\n");
		}
		proxy.cut();
		Answer answer;
		try {
			answer = Http.send(this.port, "POST", "/api/v1/import", lines.toString(), "Authorization",
					"Bearer " + TOKEN, "Content-Type", "application/x-ndjson");
		}
		finally {
			proxy.restore();
		}
		assertThat(answer.status()).isEqualTo(200);
		String[] report = answer.body().split("\n");
		assertThat(report).hasSize(2);
		assertThat(report[0]).contains("\"line\":1", "\"status\":\"failed\"", "\"status\":503");
		assertThat(report[1]).contains("\"status\":\"aborted\"", "\"created\":0", "\"failed\":1");
		assertThat(eventually(() -> get("/api/v1/documents/outage-1"), 404).status()).isEqualTo(404);
	}

	private Answer get(String path) {
		return Http.get(this.port, path);
	}

	private static Answer timed(String outage, Supplier<Answer> request) {
		long start = System.nanoTime();
		Answer answer = request.get();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		longest.merge(outage, took, (a, b) -> (a.compareTo(b) >= 0) ? a : b);
		assertThat(took).as("time to answer while %s", outage).isLessThan(BOUND);
		return answer;
	}

	private static Answer eventually(Supplier<Answer> request, int status) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		Answer answer = request.get();
		while (answer.status() != status && System.nanoTime() < deadline) {
			Thread.sleep(250);
			answer = request.get();
		}
		assertThat(answer.status()).as("status after the database came back: %s", answer).isEqualTo(status);
		return answer;
	}

}
