package org.verbatim.curation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.verbatim.web.ConflictException;
import org.verbatim.web.DatabaseUnavailable;
import org.verbatim.web.Problems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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

	/** How long the answer waits at the end for the search index to catch up. */
	static final Duration INDEXING_WAIT = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(ImportController.class);

	private final CurationService curation;

	private final ObjectMapper mapper;

	private final ImportStatistics statistics;

	ImportController(CurationService curation, ObjectMapper mapper, ImportStatistics statistics) {
		this.curation = curation;
		this.mapper = mapper;
		this.statistics = statistics;
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
		Import run = new Import(response.getOutputStream());
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

	/**
	 * One import's progress. Lines are stored in groups, several in one transaction, as
	 * one line each costs a commit, a round of lookups and an indexing submission. A
	 * group that fails for any reason is rolled back and its lines are stored again one
	 * transaction each, so that each line is still stored whole or not at all, a bad line
	 * never takes a good one with it, and the report is what one transaction per line
	 * gives. A line is reported created only once its transaction has committed.
	 */
	private final class Import {

		private final OutputStream out;

		private final ImportIndexing indexing = new ImportIndexing();

		private final long started = System.nanoTime();

		private long lastFlush = this.started;

		/** Lines read and not yet reported, in order; parsed or failed already. */
		private final List<Pending> pending = new ArrayList<>();

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
			}
			catch (RuntimeException ex) {
				// The problem, not the exception: a parser's exception may
				// hold the whole line.
				entry.problem = problemOf(ex, number);
			}
			if (entry.document != null && this.documents > 0 && this.bytes + line.length > GROUP_BYTES) {
				storePending();
			}
			this.pending.add(entry);
			if (entry.document != null) {
				this.documents++;
				this.bytes += line.length;
			}
			if (this.documents >= GROUP_LINES || this.pending.size() >= 2 * GROUP_LINES) {
				storePending();
			}
		}

		void finish(int lines) throws IOException {
			storePending();
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

		private void storePending() throws IOException {
			List<Pending> group = this.pending.stream().filter(p -> p.document != null).toList();
			if (group.size() > 1) {
				try {
					List<CurationService.Stored> stored = ImportController.this.curation
						.createAll(group.stream().map(p -> p.document).toList(), this.indexing);
					for (int i = 0; i < group.size(); i++) {
						group.get(i).stored = stored.get(i);
					}
				}
				catch (RuntimeException ex) {
					// Each line on its own below, which tells which failed and why.
					log.debug("Import group of lines {}-{} failed, storing them one by one: {}", group.get(0).number,
							group.get(group.size() - 1).number, ex.toString());
				}
			}
			int before = this.created;
			for (Pending entry : this.pending) {
				if (!report(entry)) {
					break;
				}
			}
			if (!this.aborted) {
				ImportController.this.statistics.grown(before, this.created);
			}
			this.pending.clear();
			this.documents = 0;
			this.bytes = 0;
			long now = System.nanoTime();
			if (now - this.lastFlush > 1_000_000_000L) {
				this.out.flush();
				this.lastFlush = now;
			}
		}

		/** Stores the line if not yet, reports it; false when the import must stop. */
		private boolean report(Pending entry) throws IOException {
			Map<String, Object> report = new LinkedHashMap<>();
			report.put("line", entry.number);
			@Nullable RuntimeException failure = null;
			if (entry.stored == null && entry.problem == null) {
				try {
					entry.stored = ImportController.this.curation.create(entry.document, this.indexing);
				}
				catch (RuntimeException ex) {
					failure = ex;
				}
			}
			if (entry.stored != null) {
				report.put("status", "created");
				report.put("slug", entry.stored.slug());
				report.put("location", "/api/v1/documents/" + entry.stored.slug());
				report.put("quotes", entry.stored.quotes());
				report.put("annotations", entry.stored.annotations());
				this.created++;
				this.quotes += entry.stored.quotes();
				write(this.out, report);
				return true;
			}
			report.put("status", "failed");
			this.failed++;
			if (failure != null && DatabaseUnavailable.isCause(failure)) {
				log.warn("Import aborted at line {}: {}", entry.number, DatabaseUnavailable.describe(failure));
				report.put("problem", problem(HttpStatus.SERVICE_UNAVAILABLE,
						"The database became unreachable; this line and the rest were not stored."));
				write(this.out, report);
				this.aborted = true;
				return false;
			}
			report.put("problem", (failure != null) ? problemOf(failure, entry.number) : entry.problem);
			write(this.out, report);
			return true;
		}

	}

	/** A line read: its document, or why it cannot be; once stored, what was stored. */
	private static final class Pending {

		final int number;

		@Nullable NewDocument document;

		/** Why the line cannot be stored, known before trying: unreadable or too long. */
		@Nullable ProblemDetail problem;

		CurationService.@Nullable Stored stored;

		Pending(int number) {
			this.number = number;
		}

	}

	private ProblemDetail problemOf(RuntimeException ex, int number) {
		if (ex instanceof InvalidInputException invalid) {
			return Problems.invalidInput(invalid);
		}
		if (ex instanceof ConflictException conflict) {
			return Problems.conflict(conflict);
		}
		if (ex instanceof JacksonException jackson) {
			return Problems.malformed(jackson);
		}
		if (ex instanceof DataIntegrityViolationException) {
			return problem(HttpStatus.CONFLICT, "The database refused the line: it conflicts with a record stored "
					+ "meanwhile (for instance the same slug). Nothing of the line was stored.");
		}
		log.error("Import line {} failed unexpectedly", number, ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR,
				"The server failed to store this line. This is a bug in Verbatim, not in the line.");
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		return ProblemDetail.forStatusAndDetail(status, detail);
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
