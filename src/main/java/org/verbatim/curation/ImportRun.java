package org.verbatim.curation;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.web.DatabaseUnavailable;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * One import's progress. Lines are stored in groups, several in one transaction, as one
 * line each costs a commit, a round of lookups and an indexing submission. A group that
 * fails for any reason is rolled back and its lines are stored again one transaction
 * each, so that each line is still stored whole or not at all, a bad line never takes a
 * good one with it, and the report is what one transaction per line gives. A line is
 * reported created only once its transaction has committed.
 * <p>
 * Groups are stored by the import's own threads, while the request's thread reads and
 * parses the next lines. A group that may touch a record that a group being stored
 * creates ({@link ImportKeys}) waits for it, so that every line fares as it would one
 * after the other; the report stays in line order.
 */
final class ImportRun implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BulkImport.class);

	private final CurationService curation;

	private final ImportReporter reporter;

	private final ExecutorService workers;

	/** Groups stored side by side, at most. */
	private final int workerCount;

	private final ImportIndexing indexing = new ImportIndexing();

	/** Groups handed to the workers and not yet reported, in line order. */
	private final Deque<ImportGroup> storing = new ArrayDeque<>();

	/** Set when the database became unreachable: the workers store nothing more. */
	private volatile boolean stop;

	/** Lines read and not yet handed over, in order; parsed or refused already. */
	private List<ImportLine> pending = new ArrayList<>();

	private ImportKeys keys = new ImportKeys();

	private int documents;

	private long bytes;

	ImportRun(CurationService curation, ImportReporter reporter, ExecutorService workers, int workerCount) {
		this.curation = curation;
		this.reporter = reporter;
		this.workers = workers;
		this.workerCount = workerCount;
	}

	boolean aborted() {
		return this.reporter.aborted();
	}

	/**
	 * Adds a line read, of {@code length} bytes, handing over a group when it is full.
	 */
	void add(ImportLine line, int length) throws IOException {
		if (line.document != null && this.documents > 0 && this.bytes + length > BulkImport.GROUP_BYTES) {
			handOver();
		}
		this.pending.add(line);
		if (line.document != null) {
			this.keys.add(line.document);
			this.documents++;
			this.bytes += length;
		}
		if (this.documents >= BulkImport.GROUP_LINES || this.pending.size() >= 2 * BulkImport.GROUP_LINES) {
			handOver();
		}
	}

	/** Stores and reports what is left, then the summary of {@code lines} lines read. */
	void finish(int lines) throws IOException {
		handOver();
		while (!this.storing.isEmpty()) {
			reportFirst();
		}
		this.reporter.finish(lines, this.indexing, BulkImport.INDEXING_WAIT);
	}

	/**
	 * Stops the workers once what they are storing is stored, whether or not the import
	 * got to its end (a client gone mid-way), so that no transaction outlives the
	 * request.
	 */
	@Override
	public void close() {
		this.stop = true;
		for (ImportGroup group : this.storing) {
			try {
				group.done.join();
			}
			catch (RuntimeException ex) {
				// Ending anyway; the first failure was thrown already.
			}
		}
		this.workers.shutdown();
	}

	/** Hands the lines read to a worker once no group being stored clashes with them. */
	private void handOver() throws IOException {
		if (this.pending.isEmpty()) {
			return;
		}
		ImportGroup group = new ImportGroup(this.pending, this.keys);
		this.pending = new ArrayList<>();
		this.keys = new ImportKeys();
		this.documents = 0;
		this.bytes = 0;
		while (!this.storing.isEmpty()
				&& (this.storing.size() >= this.workerCount || this.storing.stream().anyMatch(group::clashes))) {
			reportFirst();
		}
		if (aborted()) {
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
	private void store(ImportGroup group) {
		List<ImportLine> lines = group.documents();
		if (lines.size() > 1 && !this.stop) {
			try {
				List<CurationService.Stored> stored = this.curation
					.createAll(lines.stream().map(line -> line.document).toList(), this.indexing);
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
		for (ImportLine line : lines) {
			if (this.stop) {
				line.untried = true;
				continue;
			}
			try {
				line.stored = this.curation.create(line.document, this.indexing);
			}
			catch (RuntimeException ex) {
				line.failure = ex;
				if (DatabaseUnavailable.isCause(ex)) {
					this.stop = true;
				}
			}
		}
	}

	/** Waits for the first group being stored and reports its lines. */
	private void reportFirst() throws IOException {
		ImportGroup group = this.storing.removeFirst();
		try {
			group.done.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
		this.reporter.report(group);
	}

}
