package org.verbatim.curation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.junit.jupiter.api.Test;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.web.ConflictException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The bulk import without Spring: what it reports for lines that cannot be read, lines
 * that the store refuses and a database that is gone, line for line.
 */
class BulkImportTests {

	private final CurationService curation = mock(CurationService.class);

	private final ImportStatistics statistics = mock(ImportStatistics.class);

	/** The slugs of the lines stored each in its own transaction, in order. */
	private final List<String> triedAlone = new ArrayList<>();

	private final BulkImport bulkImport = new BulkImport(this.curation, ImportReportTests.JSON, this.statistics, 1);

	private static String line(String slug) {
		return "{\"slug\":\"" + slug
				+ "\",\"title\":\"T\",\"kind\":\"SPEECH\",\"language\":\"en\",\"text\":\"Words.\"}";
	}

	/** The answer to {@code in}, its lines, with the summary's seconds as 0. */
	private List<String> run(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.bulkImport.run(in, out);
		return out.toString(StandardCharsets.UTF_8)
			.replaceAll("\"seconds\":[0-9.E-]+", "\"seconds\":0")
			.lines()
			.toList();
	}

	private List<String> run(String ndjson) throws IOException {
		return run(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)));
	}

	/** Each line stores its slug with one quote per letter of it, or fails as it says. */
	private static CurationService.Stored store(NewDocument document) {
		String slug = document.slug();
		RuntimeException failure = Map
			.<String, RuntimeException>of("invalid", new InvalidInputException("/title", "Required."), "taken",
					new ConflictException("Taken.", List.of("/api/v1/documents/taken")), "raced",
					new DataIntegrityViolationException("unique"), "bug", new IllegalStateException("a bug"), "gone",
					new CannotCreateTransactionException("no connection"))
			.get(slug);
		if (failure != null) {
			throw failure;
		}
		return new CurationService.Stored(slug, slug.length(), 0);
	}

	private void storeAsTheSlugsSay() {
		when(this.curation.createAll(anyList(), any())).thenAnswer(call -> {
			List<CurationService.Stored> stored = new ArrayList<>();
			for (NewDocument document : call.<List<NewDocument>>getArgument(0)) {
				stored.add(store(document));
			}
			return stored;
		});
		when(this.curation.create(any(NewDocument.class), any(IndexingPlanSynchronizationStrategy.class)))
			.thenAnswer(call -> {
				this.triedAlone.add(call.<NewDocument>getArgument(0).slug());
				return store(call.getArgument(0));
			});
	}

	@Test
	void linesThatCannotBeReadAreReportedWithTheProblemAPostWouldGet() throws IOException {
		storeAsTheSlugsSay();
		assertThat(run(line("a") + "\n{\"title\": oops\n \t\r\nnull\n{\"slug\":\"b\",\"titel\":\"x\"}\n[1]\n"
				+ line("cc") + "\n"))
			.containsExactly(
					"{\"line\":1,\"status\":\"created\",\"slug\":\"a\",\"location\":\"/api/v1/documents/a\","
							+ "\"quotes\":1,\"annotations\":0}",
					"{\"line\":2,\"status\":\"failed\",\"problem\":{\"detail\":\"Unrecognized token 'oops': was "
							+ "expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\","
							+ "\"status\":400,\"title\":\"Malformed request body\","
							+ "\"type\":\"urn:verbatim:problem:malformed-body\",\"pointer\":\"\"}}",
					"{\"line\":4,\"status\":\"failed\",\"problem\":{\"detail\":\": Required: a document object, not "
							+ "null. Nothing of the request was stored.\",\"status\":422,\"title\":\"Request cannot "
							+ "be stored\",\"type\":\"urn:verbatim:problem:invalid-input\",\"errors\":[{\"detail\":"
							+ "\"Required: a document object, not null.\",\"pointer\":\"\"}]}}",
					"{\"line\":5,\"status\":\"failed\",\"problem\":{\"detail\":\"/titel: Unknown property 'titel'; "
							+ "known here: [slug, title, subtitle, kind, language, date, publisher, sourceUrl, text, "
							+ "authors, topics, sections, quotes, annotations]\",\"status\":400,\"title\":\"Malformed "
							+ "request body\",\"type\":\"urn:verbatim:problem:malformed-body\",\"pointer\":\"/titel\"}}",
					"{\"line\":6,\"status\":\"failed\",\"problem\":{\"detail\":\"Not the JSON expected here (a list "
							+ "was given). Accepted: an object.\","
							+ "\"status\":400,\"title\":\"Malformed request body\","
							+ "\"type\":\"urn:verbatim:problem:malformed-body\",\"pointer\":\"\"}}",
					"{\"line\":7,\"status\":\"created\",\"slug\":\"cc\",\"location\":\"/api/v1/documents/cc\","
							+ "\"quotes\":2,\"annotations\":0}",
					"{\"status\":\"done\",\"lines\":7,\"created\":2,\"failed\":4,\"quotes\":3,\"seconds\":0}");
		verify(this.statistics).finished(2);
	}

	@Test
	void aLineLongerThanTheLimitIsRefusedWithoutReadingItIntoMemory() throws IOException {
		storeAsTheSlugsSay();
		InputStream tooLong = new InputStream() {
			private long left = BulkImport.MAX_LINE_BYTES + 1L;

			@Override
			public int read() {
				return (this.left-- > 0) ? 'x' : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				int n = (int) Math.min(len, this.left);
				if (n <= 0) {
					return -1;
				}
				java.util.Arrays.fill(b, off, off + n, (byte) 'x');
				this.left -= n;
				return n;
			}
		};
		InputStream in = new SequenceInputStream(tooLong,
				new ByteArrayInputStream(("\n" + line("after") + "\n").getBytes(StandardCharsets.UTF_8)));
		assertThat(run(in)).containsExactly(
				"{\"line\":1,\"status\":\"failed\",\"problem\":{\"detail\":\": The line is longer than 16777216 bytes. "
						+ "Nothing of the request was stored.\",\"status\":422,\"title\":\"Request cannot be stored\","
						+ "\"type\":\"urn:verbatim:problem:invalid-input\",\"errors\":[{\"detail\":\"The line is "
						+ "longer than 16777216 bytes.\",\"pointer\":\"\"}]}}",
				"{\"line\":2,\"status\":\"created\",\"slug\":\"after\",\"location\":\"/api/v1/documents/after\","
						+ "\"quotes\":5,\"annotations\":0}",
				"{\"status\":\"done\",\"lines\":2,\"created\":1,\"failed\":1,\"quotes\":5,\"seconds\":0}");
	}

	@Test
	void aGroupThatFailsIsStoredLineByLineEachWithItsOwnProblem() throws IOException {
		storeAsTheSlugsSay();
		String ndjson = String.join("\n", line("a"), line("invalid"), line("taken"), line("raced"), line("bug"),
				line("b"));
		assertThat(run(ndjson)).containsExactly(
				"{\"line\":1,\"status\":\"created\",\"slug\":\"a\",\"location\":\"/api/v1/documents/a\","
						+ "\"quotes\":1,\"annotations\":0}",
				"{\"line\":2,\"status\":\"failed\",\"problem\":{\"detail\":\"/title: Required. Nothing of the request "
						+ "was stored.\",\"status\":422,\"title\":\"Request cannot be stored\","
						+ "\"type\":\"urn:verbatim:problem:invalid-input\","
						+ "\"errors\":[{\"detail\":\"Required.\",\"pointer\":\"/title\"}]}}",
				"{\"line\":3,\"status\":\"failed\",\"problem\":{\"detail\":\"Taken.\",\"status\":409,"
						+ "\"title\":\"Conflict\",\"type\":\"urn:verbatim:problem:conflict\","
						+ "\"conflicts\":[\"/api/v1/documents/taken\"]}}",
				"{\"line\":4,\"status\":\"failed\",\"problem\":{\"detail\":\"The database refused the line: it "
						+ "conflicts with a record stored meanwhile (for instance the same slug). Nothing of the line "
						+ "was stored.\",\"status\":409,\"title\":\"Conflict\"}}",
				"{\"line\":5,\"status\":\"failed\",\"problem\":{\"detail\":\"The server failed to store this line. "
						+ "This is a bug in Verbatim, not in the line.\",\"status\":500,"
						+ "\"title\":\"Internal Server Error\"}}",
				"{\"line\":6,\"status\":\"created\",\"slug\":\"b\",\"location\":\"/api/v1/documents/b\","
						+ "\"quotes\":1,\"annotations\":0}",
				"{\"status\":\"done\",\"lines\":6,\"created\":2,\"failed\":4,\"quotes\":2,\"seconds\":0}");
		verify(this.statistics).grown(0, 2);
	}

	@Test
	void anImportStopsAtTheFirstLineThatFindsTheDatabaseGone() throws IOException {
		storeAsTheSlugsSay();
		assertThat(run(String.join("\n", line("a"), line("gone"), line("b"), "null", line("c")))).containsExactly(
				"{\"line\":1,\"status\":\"created\",\"slug\":\"a\",\"location\":\"/api/v1/documents/a\","
						+ "\"quotes\":1,\"annotations\":0}",
				"{\"line\":2,\"status\":\"failed\",\"problem\":{\"detail\":\"The database became unreachable; "
						+ "this line was not stored, nor any line after it that is not reported created.\","
						+ "\"status\":503,\"title\":\"Service Unavailable\"}}",
				"{\"status\":\"aborted\",\"lines\":5,\"created\":1,\"failed\":1,\"quotes\":1,\"seconds\":0}");
		assertThat(this.triedAlone).containsExactly("a", "gone");
		verify(this.statistics, never()).finished(anyLong());
	}

	@Test
	void aLineNotTriedAfterAnotherFoundTheDatabaseGoneAbortsTheReport() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImportReporter reporter = new ImportReporter(out, ImportReportTests.JSON, this.statistics);
		ImportLine untried = ImportLine.read(3,
				new NewDocument(null, "T", null, null, "en", null, null, null, "x", null, null, null, null, null));
		untried.untried = true;
		ImportLine storedMeanwhile = ImportLine.read(4, untried.document);
		storedMeanwhile.stored = new CurationService.Stored("d", 0, 0);
		ImportLine refusedLater = ImportLine.refused(5, new InvalidInputException("", "x").getBody());
		reporter.report(new ImportGroup(List.of(untried, storedMeanwhile, refusedLater), new ImportKeys()));
		assertThat(reporter.aborted()).isTrue();
		assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
				"{\"line\":3,\"status\":\"failed\",\"problem\":{\"detail\":\"The database became unreachable; this "
						+ "line was not stored, nor any line after it that is not reported created.\",\"status\":503,"
						+ "\"title\":\"Service Unavailable\"}}",
				"{\"line\":4,\"status\":\"created\",\"slug\":\"d\",\"location\":\"/api/v1/documents/d\","
						+ "\"quotes\":0,\"annotations\":0}");
		verify(this.statistics, never()).grown(anyLong(), anyLong());
	}

}
