package org.verbatim.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.verbatim.ApiTest;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query string that cannot be decoded (a broken percent-escape, bytes that are not
 * UTF-8, a parameter without a name) is the client's mistake: 400 naming the parameter,
 * and nothing in the log but a line.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedQueryApiTests extends ApiTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/quotes?q=%zz             | q
			/api/v1/quotes?q=%               | q
			/api/v1/quotes?size=%FF          | size
			/api/v1/quotes?q=%C0%AF          | q
			/api/v1/search?q=ab%2            | q
			/api/v1/people?q=a&speaker=%e2%82 | speaker
			""")
	void undecodableValueIsRefusedByName(String pathAndQuery, String parameter, CapturedOutput output) {
		Answer answer = getRaw(pathAndQuery);
		assertThat(answer.status()).as("%s", answer).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat((String) answer.json("$.parameter")).isEqualTo(parameter);
		assertThat((String) answer.json("$.accepted")).contains("percent-encoded UTF-8");
		assertThat((Object) answer.json("$.rejectedValue")).isNotNull();
		assertThat(output.getAll()).doesNotContain("\tat org.apache.tomcat");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/quotes?&&&=&
			/api/v1/quotes?=x
			/api/v1/quotes?speaker=lukashenko&=
			""")
	void parameterWithoutNameIsRefused(String pathAndQuery, CapturedOutput output) {
		Answer answer = getRaw(pathAndQuery);
		assertThat(answer.status()).as("%s", answer).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat((String) answer.json("$.parameter")).isEqualTo("");
		assertThat((String) answer.json("$.accepted")).contains("name=value");
		assertThat(output.getAll()).doesNotContain("\tat org.apache.tomcat");
	}

}
