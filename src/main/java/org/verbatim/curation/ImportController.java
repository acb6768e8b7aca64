package org.verbatim.curation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.shared.InvalidInputException;
import org.verbatim.web.DatabaseUnavailable;
import org.verbatim.web.Problems;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk import: one document per line, each stored in its own transaction, answered line
 * by line as the import proceeds. Neither the upload nor the report is held in memory.
 */
@RestController
@Tag(name = "Import")
class ImportController {

	static final String NDJSON = "application/x-ndjson";

	/** Far above the largest document a line can hold (1,000,000 characters of text). */
	static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

	/**
	 * Lines stored in one transaction, at most; fewer when they hold more than
	 * {@link #GROUP_BYTES} (unless a single line does).
	 */
	static final int GROUP_LINES = 50;

	static final int GROUP_BYTES = 4 * 1024 * 1024;

	private static final AtomicInteger IMPORTS = new AtomicInteger();

	/** How long the answer waits at the end for the search index to catch up. */
	static final Duration INDEXING_WAIT = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(ImportController.class);

	private final CurationService curation;

	private final ObjectMapper mapper;

	private final ImportStatistics statistics;

	/**
	 * Groups stored side by side, at most; each holds a database connection while it is
	 * stored. Two on PostgreSQL, where a group waits for the server about half its time
	 * and the other can use it; one on the embedded H2, which works in the app's own
	 * threads (two were 13% slower there, docs/PERFORMANCE.md).
	 */
	private final int workers;

	ImportController(CurationService curation, ObjectMapper mapper, ImportStatistics statistics,
			@Value("${verbatim.import.workers:1}") int workers) {
		if (workers < 1) {
			throw new IllegalArgumentException("verbatim.import.workers must be 1 or more, not " + workers);
		}
		this.curation = curation;
		this.mapper = mapper;
		this.statistics = statistics;
		this.workers = workers;
	}

	@PostMapping(value = "/api/v1/import", consumes = NDJSON, produces = NDJSON)
	@Operation(summary = "Import documents in bulk",
			description = "NDJSON: one NewDocument per line, the same shape as the body of POST /api/v1/documents. "
					+ "Each line is stored in its own transaction, whole or not at all; a failed line does not stop "
					+ "the import. The answer streams one NDJSON report line per input line as it is processed: "
					+ "`{\"line\":1,\"status\":\"created\",\"slug\":...,\"quotes\":...,\"annotations\":...}` or "
					+ "`{\"line\":2,\"status\":\"failed\",\"problem\":{...}}` (the problem details a POST would get), "
					+ "then a summary `{\"status\":\"done\",\"lines\":...,\"created\":...,\"failed\":...}`. Blank "
					+ "lines are skipped. If the database becomes unreachable the import stops with "
					+ "`{\"status\":\"aborted\",...}`; lines reported created are stored.",
			security = @SecurityRequirement(name = "editorToken"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					mediaType = NDJSON,
					schema = @Schema(type = "string",
							description = "One NewDocument per line (see POST /api/v1/documents)"),
					examples = @ExampleObject(name = "one line",
							value = "{\"slug\": \"example-import\", \"title\": \"Example import\", \"kind\": \"STATEMENT\", \"language\": \"en\", \"text\": \"We will build the Union State together.\", \"quotes\": [{\"speaker\": {\"person\": \"aleksandr-lukashenko\"}, \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"the Union State\"}}}]}"))))
	@ApiResponse(responseCode = "200", description = "The per-line report",
			content = @Content(mediaType = NDJSON, schema = @Schema(type = "string")))
	void importDocuments(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(NDJSON);
		response.setCharacterEncoding("UTF-8");
		try (Import run = new Import(response.getOutputStream())) {
			NdjsonLines lines = new NdjsonLines(request.getInputStream(), MAX_LINE_BYTES);
			int number = 0;
			for (byte[] line = lines.next(); line != null && !run.aborted; line = lines.next()) {
				number++;
				if (line != NdjsonLines.TOO_LONG && isBlank(line)) {
					continue;
				}
				run.add(number, line);
			}
			run.finish(number);
		}
	}

	/**
	 * One import's progress. Lines are stored in groups, several in one transaction, as
	 * one line each costs a commit, a round of lookups and an indexing submission. A
	 * group that fails for any reason is rolled back and its lines are stored again one
	 * transaction each, so that each line is still stored whole or not at all, a bad line
	 * never takes a good one with it, and the report is what one transaction per line
	 * gives. A line is reported created only once its transaction has committed.
	 * <p>
	 * Groups are stored by threads of the import's own ({@link #workers} of them), while
	 * this thread reads and parses the next lines. A group that may touch a record that a
	 * group being stored creates ({@link ImportKeys}) waits for it, so that every line
	 * fares as it would one after the other; the report stays in line order.
	 */
	private final class Import implements AutoCloseable {

		private final OutputStream out;

		private final ImportIndexing indexing = new ImportIndexing();

		private final long started = System.nanoTime();

		private final ExecutorService workers = Executors.newFixedThreadPool(ImportController.this.workers,
				new ThreadFactory() {
					private final int run = IMPORTS.incrementAndGet();

					private final AtomicInteger count = new AtomicInteger();

					@Override
					public Thread newThread(Runnable task) {
						return new Thread(task, "import-" + this.run + "-" + this.count.incrementAndGet());
					}
				});

		/** Groups handed to the workers and not yet reported, in line order. */
		private final Deque<Group> storing = new ArrayDeque<>();

		/** Set when the database became unreachable: the workers store nothing more. */
		private volatile boolean stop;

		private long lastFlush = this.started;

		/** Lines read and not yet handed over, in order; parsed or failed already. */
		private List<Pending> pending = new ArrayList<>();

		private ImportKeys keys = new ImportKeys();

		private int documents;

		private long bytes;

		private int created;

		private int failed;

		private long quotes;

		private boolean aborted;

		Import(OutputStream out) {
			this.out = out;
		}

		void add(int number, byte[] line) throws IOException {
			Pending entry = new Pending(number);
			try {
				if (line == NdjsonLines.TOO_LONG) {
					throw new InvalidInputException("", "The line is longer than " + MAX_LINE_BYTES + " bytes.");
				}
				entry.document = ImportController.this.mapper.readValue(line, NewDocument.class);
				if (entry.document == null) {
					throw new InvalidInputException("", "Required: a document object, not null.");
				}
			}
			catch (RuntimeException ex) {
				// The problem, not the exception: a parser's exception may
				// hold the whole line.
				entry.problem = problemOf(ex, number);
			}
			if (entry.document != null && this.documents > 0 && this.bytes + line.length > GROUP_BYTES) {
				handOver();
			}
			this.pending.add(entry);
			if (entry.document != null) {
				this.keys.add(entry.document);
				this.documents++;
				this.bytes += line.length;
			}
			if (this.documents >= GROUP_LINES || this.pending.size() >= 2 * GROUP_LINES) {
				handOver();
			}
		}

		void finish(int lines) throws IOException {
			handOver();
			while (!this.storing.isEmpty()) {
				reportFirst();
			}
			if (!this.aborted) {
				ImportController.this.statistics.finished(this.created);
			}
			String status = this.aborted ? "aborted" : "done";
			if (!this.indexing.awaitIndexed(INDEXING_WAIT)) {
				log.warn("Import done, but the search index has not caught up after {}", INDEXING_WAIT);
			}
			Map<String, Object> summary = new LinkedHashMap<>();
			summary.put("status", status);
			summary.put("lines", lines);
			summary.put("created", this.created);
			summary.put("failed", this.failed);
			summary.put("quotes", this.quotes);
			summary.put("seconds", Math.round((System.nanoTime() - this.started) / 1e6) / 1e3);
			write(this.out, summary);
			this.out.flush();
		}

		/**
		 * Stops the workers once what they are storing is stored, whether or not the
		 * import got to its end (a client gone mid-way), so that no transaction outlives
		 * the request.
		 */
		@Override
		public void close() {
			this.stop = true;
			for (Group group : this.storing) {
				try {
					group.done.join();
				}
				catch (RuntimeException ex) {
					// Ending anyway; the first failure was thrown already.
				}
			}
			this.workers.shutdown();
		}

		/**
		 * Hands the lines read to a worker once no group being stored clashes with them.
		 */
		private void handOver() throws IOException {
			if (this.pending.isEmpty()) {
				return;
			}
			Group group = new Group(this.pending, this.keys);
			this.pending = new ArrayList<>();
			this.keys = new ImportKeys();
			this.documents = 0;
			this.bytes = 0;
			while (!this.storing.isEmpty() && (this.storing.size() >= ImportController.this.workers
					|| this.storing.stream().anyMatch(group::clashes))) {
				reportFirst();
			}
			if (this.aborted) {
				return;
			}
			// The editor's name, for the records' audit columns, goes with the work.
			group.done = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> store(group)),
					this.workers);
			this.storing.add(group);
			while (!this.storing.isEmpty() && this.storing.peekFirst().done.isDone()) {
				reportFirst();
			}
		}

		/** In a worker: the group in one transaction, or else each line in its own. */
		private void store(Group group) {
			List<Pending> lines = group.lines.stream().filter(p -> p.document != null).toList();
			if (lines.size() > 1 && !this.stop) {
				try {
					List<CurationService.Stored> stored = ImportController.this.curation
						.createAll(lines.stream().map(p -> p.document).toList(), this.indexing);
					for (int i = 0; i < lines.size(); i++) {
						lines.get(i).stored = stored.get(i);
					}
					return;
				}
				catch (RuntimeException ex) {
					// Each line on its own below, which tells which failed and why.
					log.debug("Import group of lines {}-{} failed, storing them one by one: {}", lines.get(0).number,
							lines.get(lines.size() - 1).number, ex.toString());
				}
			}
			for (Pending entry : lines) {
				if (this.stop) {
					entry.untried = true;
					continue;
				}
				try {
					entry.stored = ImportController.this.curation.create(entry.document, this.indexing);
				}
				catch (RuntimeException ex) {
					entry.failure = ex;
					if (DatabaseUnavailable.isCause(ex)) {
						this.stop = true;
					}
				}
			}
		}

		/** Waits for the first group being stored and reports its lines. */
		private void reportFirst() throws IOException {
			Group group = this.storing.removeFirst();
			try {
				group.done.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw ex;
			}
			int before = this.created;
			for (Pending entry : group.lines) {
				report(entry);
			}
			if (!this.aborted) {
				ImportController.this.statistics.grown(before, this.created);
			}
			long now = System.nanoTime();
			if (now - this.lastFlush > 1_000_000_000L) {
				this.out.flush();
				this.lastFlush = now;
			}
		}

		/**
		 * Reports a line. Once the import is aborted only lines stored meanwhile by
		 * another worker are reported, as created.
		 */
		private void report(Pending entry) throws IOException {
			if (this.aborted && entry.stored == null) {
				return;
			}
			Map<String, Object> report = new LinkedHashMap<>();
			report.put("line", entry.number);
			if (entry.stored != null) {
				report.put("status", "created");
				report.put("slug", entry.stored.slug());
				report.put("location", "/api/v1/documents/" + entry.stored.slug());
				report.put("quotes", entry.stored.quotes());
				report.put("annotations", entry.stored.annotations());
				this.created++;
				this.quotes += entry.stored.quotes();
				write(this.out, report);
				return;
			}
			RuntimeException failure = entry.failure;
			report.put("status", "failed");
			this.failed++;
			boolean untried = entry.untried;
			LineFailure subject = new LineFailure(entry.number);
			report.put("problem", untried ? subject.untried()
					: (failure != null) ? Problems.of(failure, subject).getBody() : entry.problem);
			this.aborted = untried || (failure != null && DatabaseUnavailable.isCause(failure));
			write(this.out, report);
		}

	}

	/** Lines handed to a worker together, and what they name. */
	private static final class Group {

		final List<Pending> lines;

		final ImportKeys keys;

		CompletableFuture<Void> done = CompletableFuture.completedFuture(null);

		Group(List<Pending> lines, ImportKeys keys) {
			this.lines = lines;
			this.keys = keys;
		}

		boolean clashes(Group other) {
			return this.keys.clashes(other.keys);
		}

	}

	/** A line read: its document, or why it cannot be; once stored, what was stored. */
	private static final class Pending {

		final int number;

		@Nullable NewDocument document;

		/** Why the line cannot be stored, known before trying: unreadable or too long. */
		@Nullable ProblemDetail problem;

		/**
		 * Set by the worker that stored the line: what it stored, or why it could not.
		 */
		volatile CurationService.@Nullable Stored stored;

		volatile @Nullable RuntimeException failure;

		/**
		 * Not tried: the worker stopped before it, as the database had become
		 * unreachable.
		 */
		volatile boolean untried;

		Pending(int number) {
			this.number = number;
		}

	}

	private ProblemDetail problemOf(RuntimeException ex, int number) {
		return Problems.of(ex, new LineFailure(number)).getBody();
	}

	private void write(OutputStream out, Map<String, Object> report) throws IOException {
		out.write(this.mapper.writeValueAsBytes(report));
		out.write('\n');
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
