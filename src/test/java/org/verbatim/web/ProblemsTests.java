package org.verbatim.web;

import java.sql.SQLException;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.junit.jupiter.api.Test;
import org.verbatim.shared.DateRange;
import org.verbatim.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How failures become problem details, without Spring: the exceptions that carry an HTTP
 * meaning, and what {@link Problems#of} makes of the others.
 */
class ProblemsTests {

	private static final JsonMapper JSON = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/** Says which of its cases a failure went to. */
	private static final Problems.Subject SUBJECT = new Problems.Subject() {

		@Override
		public ErrorResponse refused(DataIntegrityViolationException failure) {
			return ErrorResponse.create(failure, HttpStatus.CONFLICT, "refused");
		}

		@Override
		public ErrorResponse unavailable(Throwable failure) {
			return ErrorResponse.create(failure, HttpStatus.SERVICE_UNAVAILABLE, "unavailable");
		}

		@Override
		public ErrorResponse failed(Throwable failure) {
			return ErrorResponse.create(failure, HttpStatus.INTERNAL_SERVER_ERROR, "failed");
		}

	};

	private static String json(Throwable failure) {
		return JSON.writeValueAsString(Problems.of(failure, SUBJECT).getBody());
	}

	record Body(String title) {
	}

	@Test
	void exceptionsWithAnHttpMeaningRenderThemselves() {
		NotFoundException notFound = new NotFoundException("quote", 99);
		assertThat(Problems.of(notFound, SUBJECT)).isSameAs(notFound);
		assertThat(notFound.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(json(notFound)).isEqualTo("{\"detail\":\"No quote with identifier '99'\",\"status\":404,"
				+ "\"title\":\"Not found\",\"type\":\"urn:verbatim:problem:not-found\",\"resource\":\"quote\","
				+ "\"identifier\":\"99\"}");
		assertThat(json(new ConflictException("Taken.", List.of("/api/v1/people/x"))))
			.isEqualTo("{\"detail\":\"Taken.\",\"status\":409,\"title\":\"Conflict\","
					+ "\"type\":\"urn:verbatim:problem:conflict\",\"conflicts\":[\"/api/v1/people/x\"]}");
		assertThat(json(new InvalidParameterException("size", "101", "an integer from 1 to 100")))
			.isEqualTo("{\"detail\":\"Invalid value '101' for parameter 'size'. Accepted: an integer from 1 to "
					+ "100.\",\"status\":400,\"title\":\"Invalid request parameter\","
					+ "\"type\":\"urn:verbatim:problem:invalid-parameter\",\"parameter\":\"size\","
					+ "\"rejectedValue\":\"101\",\"accepted\":\"an integer from 1 to 100\"}");
		assertThat(json(new InvalidInputException("/name", "Required.")))
			.isEqualTo("{\"detail\":\"/name: Required. Nothing of the request was stored.\",\"status\":422,"
					+ "\"title\":\"Request cannot be stored\",\"type\":\"urn:verbatim:problem:invalid-input\","
					+ "\"errors\":[{\"detail\":\"Required.\",\"pointer\":\"/name\"}]}");
	}

	@Test
	void aMissingIfMatchIs428AndAStaleOne412NamingTheCurrentETag() {
		assertThatThrownBy(() -> Preconditions.requireMatch(null, 3L, "person"))
			.isInstanceOfSatisfying(Preconditions.PreconditionException.class, ex -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
				assertThat(json(ex)).isEqualTo("{\"detail\":\"Changing this person requires an If-Match header with "
						+ "its current ETag (from GET), so that no other editor's change is overwritten unseen.\","
						+ "\"status\":428,\"title\":\"If-Match required\","
						+ "\"type\":\"urn:verbatim:problem:precondition\"}");
			});
		assertThatThrownBy(() -> Preconditions.requireMatch("\"2\"", 3L, "person"))
			.isInstanceOfSatisfying(Preconditions.PreconditionException.class, ex -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
				assertThat(json(ex)).isEqualTo("{\"detail\":\"This person has changed since the version in If-Match "
						+ "(\\\"2\\\"); it is now at \\\"3\\\". GET it again, reapply the change and send it with the new "
						+ "ETag.\",\"status\":412,\"title\":\"Changed by someone else\","
						+ "\"type\":\"urn:verbatim:problem:precondition\",\"currentETag\":\"\\\"3\\\"\"}");
			});
	}

	@Test
	void anEditorWhoLostTheRaceIsToldTheRecordChanged() {
		for (Exception lost : List.of(new ObjectOptimisticLockingFailureException(Body.class, 1),
				new OptimisticLockException("lost"), new StaleStateException("lost"))) {
			ErrorResponse problem = Problems.of(lost, SUBJECT);
			assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
			assertThat(problem.getBody().getDetail())
				.isEqualTo("This record has changed since the version in If-Match (the version read). GET it again, "
						+ "reapply the change and send it with the new ETag.");
			assertThat(problem.getBody().getProperties()).isNull();
		}
	}

	@Test
	void aMalformedDateNamesItsParameter() {
		assertThatThrownBy(() -> DateRange.parse("2023-13", null)).satisfies(ex -> assertThat(json(ex))
			.isEqualTo("{\"detail\":\"Invalid value '2023-13' for parameter 'from'. Accepted: a date that exists in "
					+ "the calendar, written as YYYY, YYYY-MM or YYYY-MM-DD.\",\"status\":400,\"title\":\"Invalid "
					+ "request parameter\",\"type\":\"urn:verbatim:problem:invalid-parameter\",\"parameter\":\"from\","
					+ "\"rejectedValue\":\"2023-13\",\"accepted\":\"a date that exists in the calendar, written as YYYY, "
					+ "YYYY-MM or YYYY-MM-DD\"}"));
	}

	@Test
	void malformedJsonNamesWhereAsAJsonPointer() {
		assertThatThrownBy(() -> JSON.readValue("{\"title\": {\"a/b~c\": 1}}", Titled.class))
			.isInstanceOfSatisfying(JacksonException.class, ex -> {
				assertThat(Problems.pointer(ex)).isEqualTo("/title/a~1b~0c");
				assertThat(json(ex)).isEqualTo("{\"detail\":\"/title/a~1b~0c: Unknown property 'a/b~c'; known here: "
						+ "[title]\",\"status\":400,\"title\":\"Malformed request body\","
						+ "\"type\":\"urn:verbatim:problem:malformed-body\",\"pointer\":\"/title/a~1b~0c\"}");
			});
		assertThatThrownBy(() -> JSON.readValue("[{\"title\": null}, {\"title\": {\"title\": [1]}}]", Titled[].class))
			.isInstanceOfSatisfying(JacksonException.class, ex -> {
				assertThat(Problems.pointer(ex)).isEqualTo("/1/title/title");
				assertThat(Problems.of(ex, SUBJECT).getBody().getDetail()).startsWith("/1/title/title: ")
					.doesNotContain("Unknown property");
			});
	}

	record Titled(Body title) {
	}

	@Test
	void aDatabaseThatIsGoneIsNoBugWhateverTheFailureThatSaysSo() {
		assertThat(Problems.of(new CannotCreateTransactionException("no connection"), SUBJECT).getBody().getDetail())
			.isEqualTo("unavailable");
		DataIntegrityViolationException brokenMidway = new DataIntegrityViolationException("insert",
				new SQLException("I/O error", "08006"));
		assertThat(Problems.of(brokenMidway, SUBJECT).getBody().getDetail()).isEqualTo("unavailable");
	}

	@Test
	void whatNoCheckForesawIsLeftToTheSubject() {
		assertThat(Problems.of(new DataIntegrityViolationException("unique"), SUBJECT).getBody().getDetail())
			.isEqualTo("refused");
		assertThat(Problems.of(new IllegalStateException("bug"), SUBJECT).getBody().getDetail()).isEqualTo("failed");
		assertThat(Problems.of(new OutOfMemoryError(), SUBJECT).getBody().getDetail()).isEqualTo("failed");
	}

}
