package org.verbatim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests of the write API: calls as the test editor, and deletes at the end of
 * each test whatever it created, newest first, so that the tests that count the seed (and
 * share its database) still find exactly the seed.
 */
public abstract class EditingApiTest extends ApiTest {

	protected static final String MERGE_PATCH = "application/merge-patch+json";

	private final Deque<String> created = new ArrayDeque<>();

	/** A slug no other test and no earlier run uses. */
	protected static String uniqueSlug(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT)
				+ Integer.toString(ThreadLocalRandom.current().nextInt(1 << 16), 36);
	}

	/** A request with the editor's token. */
	protected Answer edit(String method, String path, String body, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Authorization";
		all[1] = "Bearer " + EDITOR_TOKEN;
		System.arraycopy(headers, 0, all, 2, headers.length);
		return send(method, path, body, all);
	}

	/** POSTs a new record and checks the 201; it is deleted after the test. */
	protected Answer create(String collection, String body) {
		Answer answer = edit("POST", collection, body);
		assertThat(answer.status()).as("POST %s %s -> %s", collection, body, answer).isEqualTo(201);
		this.created.push(answer.header("Location"));
		return answer;
	}

	/**
	 * Deletes the record at {@code path} after the test, once everything else it created
	 * is gone: for records created inline, which the POSTed record refers to.
	 */
	protected void deleteLast(String path) {
		this.created.addLast(path);
	}

	/** The ETag of the record at {@code path}, checking that GET answers 200. */
	protected String etag(String path) {
		Answer answer = get(path);
		assertThat(answer.status()).as("GET %s -> %s", path, answer).isEqualTo(200);
		assertThat(answer.header("ETag")).as("ETag of %s", path).matches("\"\\d+\"");
		return answer.header("ETag");
	}

	/** Asserts a problem of this status and returns it. */
	protected static Answer assertProblem(Answer answer, int status) {
		assertThat(answer.status()).as("%s", answer).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat((Integer) answer.json("$.status")).isEqualTo(status);
		assertThat((String) answer.json("$.detail")).isNotBlank();
		return answer;
	}

	/** Asserts a 422 naming {@code pointer} among its errors. */
	protected static Answer assertInvalid(Answer answer, String pointer) {
		assertProblem(answer, 422);
		assertThat(answer.list("$.errors[*].pointer")).as("%s", answer).contains(pointer);
		return answer;
	}

	@AfterEach
	void deleteWhatTheTestCreated() {
		while (!this.created.isEmpty()) {
			String path = this.created.pop();
			Answer current = get(path);
			if (current.status() == 200) {
				Answer deleted = edit("DELETE", path, null, "If-Match", current.header("ETag"));
				assertThat(deleted.status()).as("clean-up: DELETE %s -> %s", path, deleted).isEqualTo(204);
			}
		}
	}

}
