package org.verbatim.curation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.verbatim.shared.InvalidInputException;
import org.verbatim.web.Problems;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Bulk import: one document per line of NDJSON, each stored in its own transaction,
 * answered line by line as the import proceeds ({@link ImportReport}). Neither the upload
 * nor the report is held in memory.
 */
@Service
class BulkImport {

	/** Far above the largest document a line can hold (1,000,000 characters of text). */
	static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

	/**
	 * Lines stored in one transaction, at most; fewer when they hold more than
	 * {@link #GROUP_BYTES} (unless a single line does).
	 */
	static final int GROUP_LINES = 50;

	static final int GROUP_BYTES = 4 * 1024 * 1024;

	/** How long the answer waits at the end for the search index to catch up. */
	static final Duration INDEXING_WAIT = Duration.ofMinutes(5);

	private static final AtomicInteger IMPORTS = new AtomicInteger();

	private final CurationService curation;

	private final ObjectMapper mapper;

	private final ImportStatistics statistics;

	/**
	 * Groups stored side by side, at most; each holds a database connection while it is
	 * stored. Two on PostgreSQL, where a group waits for the server about half its time
	 * and the other can use it; one on the embedded H2, which works in the app's own
	 * threads.
	 */
	private final int workers;

	BulkImport(CurationService curation, ObjectMapper mapper, ImportStatistics statistics,
			@Value("${verbatim.import.workers:1}") int workers) {
		if (workers < 1) {
			throw new IllegalArgumentException("verbatim.import.workers must be 1 or more, not " + workers);
		}
		this.curation = curation;
		this.mapper = mapper;
		this.statistics = statistics;
		this.workers = workers;
	}

	/** Imports the lines of {@code in}, writing the report to {@code out}. */
	void run(InputStream in, OutputStream out) throws IOException {
		ImportReporter reporter = new ImportReporter(out, this.mapper, this.statistics);
		try (ImportRun run = new ImportRun(this.curation, reporter, newWorkers(), this.workers)) {
			NdjsonLines lines = new NdjsonLines(in, MAX_LINE_BYTES);
			int number = 0;
			for (byte[] line = lines.next(); line != null && !run.aborted(); line = lines.next()) {
				number++;
				if (line != NdjsonLines.TOO_LONG && isBlank(line)) {
					continue;
				}
				run.add(parse(number, line), line.length);
			}
			run.finish(number);
		}
	}

	/** The line's document, or why it cannot be stored. */
	ImportLine parse(int number, byte[] line) {
		if (line == NdjsonLines.TOO_LONG) {
			return ImportLine.refused(number,
					new InvalidInputException("", "The line is longer than " + MAX_LINE_BYTES + " bytes.").getBody());
		}
		try {
			NewDocument document = this.mapper.readValue(line, NewDocument.class);
			if (document == null) {
				return ImportLine.refused(number,
						new InvalidInputException("", "Required: a document object, not null.").getBody());
			}
			return ImportLine.read(number, document);
		}
		catch (RuntimeException ex) {
			// The problem, not the exception: a parser's exception may hold the whole
			// line.
			return ImportLine.refused(number, Problems.of(ex, new LineFailure(number)).getBody());
		}
	}

	private ExecutorService newWorkers() {
		int run = IMPORTS.incrementAndGet();
		AtomicInteger count = new AtomicInteger();
		return Executors.newFixedThreadPool(this.workers,
				task -> new Thread(task, "import-" + run + "-" + count.incrementAndGet()));
	}

	private static boolean isBlank(byte[] line) {
		for (byte b : line) {
			if (b != ' ' && b != '\t' && b != '\r') {
				return false;
			}
		}
		return true;
	}

}
