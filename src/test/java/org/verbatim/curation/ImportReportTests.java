package org.verbatim.curation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.verbatim.shared.InvalidInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON of an import's report lines, member for member and in order. */
class ImportReportTests {

	/** As the application's mapper: problem details with their properties inline. */
	static final JsonMapper JSON = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static String json(ImportReport report) {
		return JSON.writeValueAsString(report);
	}

	@Test
	void aCreatedLineNamesWhereTheDocumentIs() {
		assertThat(json(new ImportReport.Created(1, "cmp-good-1", 3, 2)))
			.isEqualTo("{\"line\":1,\"status\":\"created\",\"slug\":\"cmp-good-1\","
					+ "\"location\":\"/api/v1/documents/cmp-good-1\",\"quotes\":3,\"annotations\":2}");
	}

	@Test
	void aFailedLineHoldsItsProblemDetails() {
		ProblemDetail problem = new InvalidInputException(
				List.of(new InvalidInputException.InputError("/quotes/0", "Not in the text."),
						new InvalidInputException.InputError("/date", "Not a date.")))
			.getBody();
		assertThat(json(new ImportReport.Failed(5, problem)))
			.isEqualTo("{\"line\":5,\"status\":\"failed\",\"problem\":{\"detail\":\"2 items of the request cannot "
					+ "be stored; see `errors`. Nothing of the request was stored.\",\"status\":422,"
					+ "\"title\":\"Request cannot be stored\",\"type\":\"urn:verbatim:problem:invalid-input\","
					+ "\"errors\":[{\"detail\":\"Not in the text.\",\"pointer\":\"/quotes/0\"},"
					+ "{\"detail\":\"Not a date.\",\"pointer\":\"/date\"}]}}");
		assertThat(json(new ImportReport.Failed(7, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Taken."))))
			.isEqualTo("{\"line\":7,\"status\":\"failed\",\"problem\":{\"detail\":\"Taken.\",\"status\":409,"
					+ "\"title\":\"Conflict\"}}");
	}

	@Test
	void theSummarySaysWhetherTheImportRanToItsEnd() {
		assertThat(json(new ImportReport.Done(16, 3, 11, 1, 2.071)))
			.isEqualTo("{\"status\":\"done\",\"lines\":16,\"created\":3,\"failed\":11,\"quotes\":1,\"seconds\":2.071}");
		assertThat(json(new ImportReport.Aborted(3, 0, 1, 0, 1.0)))
			.isEqualTo("{\"status\":\"aborted\",\"lines\":3,\"created\":0,\"failed\":1,\"quotes\":0,\"seconds\":1.0}");
	}

}
