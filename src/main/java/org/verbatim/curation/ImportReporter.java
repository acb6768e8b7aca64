package org.verbatim.curation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.web.DatabaseUnavailable;
import org.verbatim.web.Problems;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.ProblemDetail;

/**
 * Writes an import's answer, a line of NDJSON for each line read and then the summary,
 * and counts what it reports. Once a line finds the database unreachable the import is
 * aborted: only lines stored meanwhile by another worker are reported after it.
 */
final class ImportReporter {

	private static final Logger log = LoggerFactory.getLogger(BulkImport.class);

	private static final long FLUSH_NANOS = Duration.ofSeconds(1).toNanos();

	private final OutputStream out;

	private final ObjectMapper mapper;

	private final ImportStatistics statistics;

	private final long started = System.nanoTime();

	private long lastFlush = this.started;

	private int created;

	private int failed;

	private long quotes;

	private boolean aborted;

	ImportReporter(OutputStream out, ObjectMapper mapper, ImportStatistics statistics) {
		this.out = out;
		this.mapper = mapper;
		this.statistics = statistics;
	}

	boolean aborted() {
		return this.aborted;
	}

	/** Reports a group's lines, once it is stored. */
	void report(ImportGroup group) throws IOException {
		int before = this.created;
		for (ImportLine line : group.lines) {
			report(line);
		}
		if (!this.aborted) {
			this.statistics.grown(before, this.created);
		}
		long now = System.nanoTime();
		if (now - this.lastFlush > FLUSH_NANOS) {
			this.out.flush();
			this.lastFlush = now;
		}
	}

	private void report(ImportLine line) throws IOException {
		CurationService.Stored stored = line.stored;
		if (stored != null) {
			this.created++;
			this.quotes += stored.quotes();
			write(new ImportReport.Created(line.number, stored.slug(), stored.quotes(), stored.annotations()));
			return;
		}
		if (this.aborted) {
			return;
		}
		this.failed++;
		RuntimeException failure = line.failure;
		LineFailure subject = new LineFailure(line.number);
		ProblemDetail problem = line.untried ? subject.untried()
				: (failure != null) ? Problems.of(failure, subject).getBody() : line.problem;
		write(new ImportReport.Failed(line.number, problem));
		this.aborted = line.untried || (failure != null && DatabaseUnavailable.isCause(failure));
	}

	/**
	 * Ends the answer with the summary of an import that read {@code lines} lines, once
	 * what it stored can be found (or {@code indexing} took too long).
	 */
	void finish(int lines, ImportIndexing indexing, Duration indexingWait) throws IOException {
		if (!this.aborted) {
			this.statistics.finished(this.created);
		}
		if (!indexing.awaitIndexed(indexingWait)) {
			log.warn("Import done, but the search index has not caught up after {}", indexingWait);
		}
		double seconds = Math.round((System.nanoTime() - this.started) / 1e6) / 1e3;
		write(this.aborted ? new ImportReport.Aborted(lines, this.created, this.failed, this.quotes, seconds)
				: new ImportReport.Done(lines, this.created, this.failed, this.quotes, seconds));
		this.out.flush();
	}

	private void write(ImportReport report) throws IOException {
		this.out.write(this.mapper.writeValueAsBytes(report));
		this.out.write('\n');
	}

}
