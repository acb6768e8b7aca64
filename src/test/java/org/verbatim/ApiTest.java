package org.verbatim;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests that go through the real HTTP stack and database: the application on
 * a random port, called with the JDK's HTTP client, answers read with JsonPath.
 * Hibernate's statistics are on so that tests can count SQL statements; every subclass
 * shares one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
				"verbatim.editor.tokens=" + ApiTest.EDITOR + ":" + ApiTest.EDITOR_TOKEN,
				"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn" })
@ActiveProfiles(resolver = TestDatabase.Profiles.class)
public abstract class ApiTest {

	/** The editor the tests configure; no editor exists unless configured. */
	protected static final String EDITOR = "tester";

	protected static final String EDITOR_TOKEN = "test-token-for-the-api-tests";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	/** GET a path (with its query, already encoded) and return the whole answer. */
	protected Answer get(String pathAndQuery, String... headers) {
		return Http.get(this.port, pathAndQuery, headers);
	}

	/** GET a request target sent exactly as given, however malformed. */
	protected Answer getRaw(String target) {
		return Http.raw(this.port, target);
	}

	/**
	 * The {@code field} of every item of a one-page list answer, after checking that it
	 * is a 200 JSON answer whose total is the number of items.
	 */
	protected List<Object> listed(String pathAndQuery, String field) {
		Answer answer = get(pathAndQuery);
		assertThat(answer.status()).as("%s -> %s", pathAndQuery, answer).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		List<Object> values = answer.list("$.items[*]." + field);
		assertThat(((Number) answer.json("$.totalItems")).longValue()).as("totalItems of %s", pathAndQuery)
			.isEqualTo(values.size());
		return values;
	}

	/**
	 * Asserts a 400 problem that names {@code parameter}, the refused value and what is
	 * accepted.
	 */
	protected Answer assertInvalidParameter(String pathAndQuery, String parameter) {
		Answer answer = get(pathAndQuery);
		assertThat(answer.status()).as("%s -> %s", pathAndQuery, answer).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat((Integer) answer.json("$.status")).isEqualTo(400);
		assertThat((String) answer.json("$.title")).isNotBlank();
		assertThat((String) answer.json("$.detail")).isNotBlank();
		assertThat((String) answer.json("$.parameter")).isEqualTo(parameter);
		assertThat((String) answer.json("$.accepted")).isNotBlank();
		assertThat((Object) answer.json("$.rejectedValue")).isNotNull();
		return answer;
	}

	/** Any method, with a JSON body or none. */
	protected Answer send(String method, String pathAndQuery, String body, String... headers) {
		return Http.send(this.port, method, pathAndQuery, body, headers);
	}

	/**
	 * A value computed at run time as a JSON literal, to fill a request body's text
	 * block: a string quoted and escaped, a list as an array, a map as an object.
	 */
	protected static String literal(@Nullable Object value) {
		return JSON.writeValueAsString(value);
	}

	/** URL-encodes a query parameter value (names in Cyrillic, spaces, ...). */
	protected static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** An HTTP answer. */
	public record Answer(int status, String contentType, byte[] bytes, HttpResponse<byte[]> response) {

		public String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		public <T> T json(String path) {
			return JsonPath.read(body(), path);
		}

		public List<Object> list(String path) {
			return JsonPath.read(body(), path);
		}

		public String header(String name) {
			return this.response.headers().firstValue(name).orElse("");
		}

		@Override
		public String toString() {
			return this.status + " " + this.contentType + " " + body();
		}

	}

}
