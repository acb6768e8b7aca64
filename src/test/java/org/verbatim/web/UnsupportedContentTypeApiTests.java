package org.verbatim.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.verbatim.EditingApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A write in a media type the operation does not take is a 415 naming those it takes. */
class UnsupportedContentTypeApiTests extends EditingApiTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					POST  | /api/v1/documents                                         | multipart/form-data; boundary=x | application/json
					POST  | /api/v1/people                                            | multipart/form-data             | application/json
					POST  | /api/v1/documents/the-only-correct-decision/quotes        | application/x-www-form-urlencoded | application/json
					POST  | /api/v1/documents/the-only-correct-decision/annotations   | text/plain                      | application/ld+json
					PATCH | /api/v1/people/aleksandr-lukashenko                       | application/json                | application/merge-patch+json
					POST  | /api/v1/import                                            | multipart/form-data; boundary=x | application/x-ndjson
					""")
	void anUnsupportedMediaTypeIsA415NamingTheAcceptedOnes(String method, String path, String contentType,
			String accepted) {
		String body = contentType.startsWith("multipart")
				? "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n{}\r\n--x--\r\n" : "{\"name\": \"x\"}";
		Answer answer = edit(method, path, body, "Content-Type", contentType, "If-Match", "\"0\"");
		assertProblem(answer, 415);
		assertThat(answer.list("$.accepted")).as("%s", answer).contains(accepted);
		assertThat((String) answer.json("$.detail")).contains("Accepted: ").contains(accepted);
	}

}
