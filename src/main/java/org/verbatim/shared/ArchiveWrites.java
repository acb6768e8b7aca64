package org.verbatim.shared;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the writes to the archive, so that what was read and kept in memory
 * ({@link WriteAwareCache}) can tell that it may be stale. Installed as Hibernate's
 * statement inspector, it sees every SQL statement the application sends (all writes go
 * through Hibernate), so no write path can forget to report itself.
 * <p>
 * The count moves when a writing statement is prepared and again when its transaction
 * ends: a reader that loaded in between, still seeing the data before the commit, stored
 * its result under a count that is already outdated when the commit becomes visible.
 */
public final class ArchiveWrites implements StatementInspector {

	private static final AtomicLong generation = new AtomicLong();

	private static final Object KEY = ArchiveWrites.class;

	/** How many times the archive was written to (or may have been) so far. */
	public static long generation() {
		return generation.get();
	}

	@Override
	public String inspect(String sql) {
		if (isWrite(sql)) {
			written();
		}
		return sql;
	}

	static boolean isWrite(String sql) {
		int i = 0;
		while (i < sql.length() && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(')) {
			i++;
		}
		String start = sql.substring(i, Math.min(sql.length(), i + 6)).toLowerCase(Locale.ROOT);
		return start.startsWith("insert") || start.startsWith("update") || start.startsWith("delete")
				|| start.startsWith("merge") || start.startsWith("trunca") || start.startsWith("alter")
				|| start.startsWith("drop") || start.startsWith("create");
	}

	/** Records a write now and, once per transaction, again when it ends. */
	public static void written() {
		generation.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(KEY)) {
			TransactionSynchronizationManager.bindResource(KEY, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
					generation.incrementAndGet();
				}
			});
		}
	}

}
