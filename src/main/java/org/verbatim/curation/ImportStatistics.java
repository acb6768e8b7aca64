package org.verbatim.curation;

import java.util.Locale;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refreshes PostgreSQL's planner statistics while a bulk import grows the archive.
 * <p>
 * PostgreSQL keeps the plan of each connection's foreign-key checks once it has chosen a
 * generic one: chosen while the tables were nearly empty, that plan scans the whole
 * referenced table for every row inserted, and an import into a new archive slows down as
 * it grows. {@code ANALYZE} updates the statistics and makes every connection plan again.
 * Autovacuum does this too when it runs, but an import must not depend on its timing or
 * on it being on.
 * <p>
 * Runs when the documents an import stored reach 1,000 and every fourfold of that, and
 * once at the end of an import of 1,000 or more, so what follows is planned on statistics
 * of the archive as it is. Other databases (H2) plan each statement afresh: nothing to
 * do.
 */
@Component
class ImportStatistics {

	private static final Logger log = LoggerFactory.getLogger(ImportStatistics.class);

	static final long FIRST = 1_000;

	static final int GROWTH = 4;

	private final JdbcTemplate jdbc;

	/** Whether the database is PostgreSQL; null until known. */
	private volatile @Nullable Boolean postgres;

	ImportStatistics(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	private boolean isPostgres() {
		Boolean known = this.postgres;
		if (known == null) {
			try {
				String product = this.jdbc.execute(
						(ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
				known = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
				this.postgres = known;
			}
			catch (Exception ex) {
				// Asked again next time: the database may be back by then.
				log.warn("Could not tell the database's product; no ANALYZE this time: {}", ex.toString());
				return false;
			}
		}
		return known;
	}

	/**
	 * Whether going from {@code before} to {@code after} stored documents crosses a step.
	 */
	static boolean crossesStep(long before, long after) {
		for (long step = FIRST; step <= after; step *= GROWTH) {
			if (step > before) {
				return true;
			}
		}
		return false;
	}

	/**
	 * After a group of lines: the import has stored {@code after} documents, was
	 * {@code before}.
	 */
	void grown(long before, long after) {
		if (crossesStep(before, after)) {
			analyze(after);
		}
	}

	/** At the end of an import that stored {@code stored} documents. */
	void finished(long stored) {
		if (stored >= FIRST) {
			analyze(stored);
		}
	}

	private void analyze(long stored) {
		if (!isPostgres()) {
			return;
		}
		long start = System.nanoTime();
		try {
			this.jdbc.execute("analyze");
			log.info("Import at {} documents: ANALYZE took {} ms", stored, (System.nanoTime() - start) / 1_000_000);
		}
		catch (DataAccessException ex) {
			// Statistics are an optimisation: the import goes on without them.
			log.warn("Import at {} documents: ANALYZE failed: {}", stored, ex.toString());
		}
	}

}
