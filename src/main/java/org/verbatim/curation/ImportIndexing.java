package org.verbatim.curation;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;

/**
 * The indexing of one import: like {@code async()}, a commit does not wait for the index,
 * so the database and the index work side by side; unlike it, the import can wait at its
 * end for all it committed to be indexed, so that its answer ends when what it stored can
 * be found. Failures go to Hibernate Search's failure handler (the log), as with async.
 */
final class ImportIndexing implements IndexingPlanSynchronizationStrategy {

	private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

	@Override
	public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
		context.documentCommitStrategy(DocumentCommitStrategy.NONE);
		context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
		FailureHandler failureHandler = context.failureHandler();
		context.indexingFutureHandler(future -> {
			this.pending.add(future);
			future.whenComplete((report, failure) -> {
				this.pending.remove(future);
				Throwable thrown = (failure != null) ? failure
						: (report != null) ? report.throwable().orElse(null) : null;
				if (thrown != null) {
					EntityIndexingFailureContext.Builder failed = EntityIndexingFailureContext.builder();
					failed.throwable(thrown);
					failed.failingOperation("Indexing of imported documents");
					if (report != null) {
						report.failingEntities().forEach(failed::failingEntityReference);
					}
					failureHandler.handle(failed.build());
				}
			});
		});
	}

	/**
	 * Waits until everything committed so far is in the index (visible to searches), at
	 * most {@code timeout}; returns whether it is.
	 */
	boolean awaitIndexed(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		for (CompletableFuture<?> future : Set.copyOf(this.pending)) {
			try {
				future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (ExecutionException ex) {
				// Reported to the failure handler when it completed.
			}
			catch (TimeoutException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

}
