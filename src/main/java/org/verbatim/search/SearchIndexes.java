package org.verbatim.search;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the database. Writes through Hibernate are indexed
 * as they commit; what bypasses Hibernate (Flyway's seed, a restored backup) is caught at
 * start-up, before the application reports ready: the index is rebuilt when it is
 * missing, when the database has been migrated since it was built, or when it holds a
 * different number of items than the database. An up-to-date index is left alone, so a
 * restart costs a few counts, not a reindex.
 */
@Component
public class SearchIndexes implements SmartInitializingSingleton, ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

	static final String STATE_FILE = "verbatim-index.properties";

	private final EntityManagerFactory entityManagerFactory;

	private final ObjectProvider<Flyway> flyway;

	private final Path directory;

	private volatile @Nullable Status lastCheck;

	private volatile @Nullable CompletableFuture<Status> startupCheck;

	SearchIndexes(EntityManagerFactory entityManagerFactory, ObjectProvider<Flyway> flyway,
			@Value("${verbatim.search.index-directory}") Path directory) {
		this.entityManagerFactory = entityManagerFactory;
		this.flyway = flyway;
		this.directory = directory;
	}

	/** The outcome of a check: whether the index was rebuilt, why, and what it holds. */
	public record Status(boolean rebuilt, String reason, Map<String, Long> items, Duration took) {
	}

	/**
	 * Starts the start-up check on a thread of its own once the beans exist, so that its
	 * counts overlap what the start-up does next on the main thread (Spring Data's
	 * repositories are set up, Hibernate checking their queries); {@link #run} waits for
	 * it, so the application still reports ready only after it.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		CompletableFuture<Status> check = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				check.complete(ensureUpToDate());
			}
			catch (Throwable ex) {
				check.completeExceptionally(ex);
			}
		}, "search-index-check");
		// A context that fails to start must not be kept alive by a rebuild.
		thread.setDaemon(true);
		this.startupCheck = check;
		thread.start();
	}

	@Override
	public void run(ApplicationArguments args) {
		CompletableFuture<Status> check = this.startupCheck;
		if (check == null) {
			// Created lazily (spring.main.lazy-initialization): no check was started.
			ensureUpToDate();
			return;
		}
		try {
			check.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/** The outcome of the last check, or null before the first. */
	public @Nullable Status lastCheck() {
		return this.lastCheck;
	}

	/** Rebuilds the index if it is missing or out of date with the database. */
	public synchronized Status ensureUpToDate() {
		long start = System.nanoTime();
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			SearchSession session = Search.session(entityManager);
			SearchMapping mapping = Search.mapping(this.entityManagerFactory);
			String migration = migration();
			String mappingFingerprint = fingerprint(mapping);
			Map<String, Long> inDatabase = new TreeMap<>();
			Map<String, Long> inIndex = new TreeMap<>();
			for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
				inDatabase.put(entity.jpaName(),
						entityManager.createQuery("select count(*) from " + entity.jpaName() + " e", Long.class)
							.getSingleResult());
				inIndex.put(entity.jpaName(),
						session.search(entity.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount());
			}
			Properties state = readState();
			String reason = null;
			if (state == null) {
				reason = "no index state in " + this.directory;
			}
			else if (!mappingFingerprint.equals(state.getProperty("mapping"))) {
				reason = "the entities' search mapping changed since the index was built";
			}
			else if (!migration.equals(state.getProperty("migration"))) {
				reason = "database migrated to " + migration + " since the index was built at "
						+ state.getProperty("migration");
			}
			else if (!inDatabase.equals(inIndex)) {
				reason = "index holds " + inIndex + " but the database " + inDatabase;
			}
			Status status;
			if (reason == null) {
				status = new Status(false, "up to date", inIndex, Duration.ofNanos(System.nanoTime() - start));
				log.info("Search index is up to date with the database: {}", inIndex);
			}
			else {
				log.info("Rebuilding the search index: {}", reason);
				session.massIndexer().threadsToLoadObjects(2).batchSizeToLoadObjects(100).startAndWait();
				writeState(migration, mappingFingerprint);
				status = new Status(true, reason, inDatabase, Duration.ofNanos(System.nanoTime() - start));
				log.info("Search index rebuilt in {} ms: {}", status.took().toMillis(), inDatabase);
			}
			this.lastCheck = status;
			return status;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
		finally {
			entityManager.close();
		}
	}

	/**
	 * An annotation with its members sorted by name: {@code Annotation.toString()} does
	 * not promise an order, and a fingerprint that changes between runs would rebuild the
	 * index on every start.
	 */
	static String describe(Object value) {
		if (value instanceof Annotation annotation) {
			List<String> members = new ArrayList<>();
			for (Method member : annotation.annotationType().getDeclaredMethods()) {
				try {
					members.add(member.getName() + "=" + describe(member.invoke(annotation)));
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
			Collections.sort(members);
			return "@" + annotation.annotationType().getName() + members;
		}
		if (value.getClass().isArray()) {
			List<String> items = new ArrayList<>();
			for (int i = 0; i < Array.getLength(value); i++) {
				items.add(describe(Array.get(value, i)));
			}
			return items.toString();
		}
		return (value instanceof Class<?> type) ? type.getName() : String.valueOf(value);
	}

	/** A field's type as the fingerprint sees it: value class, traits, analyzers. */
	private static String describe(IndexValueFieldTypeDescriptor type) {
		return type.valueClass().getName() + " " + new TreeSet<>(type.traits()) + " " + type.analyzerName().orElse("-")
				+ " " + type.searchAnalyzerName().orElse("-") + " " + type.normalizerName().orElse("-");
	}

	/**
	 * A hash of every Hibernate Search annotation on the indexed entities and of the
	 * fields their mapping declares (binders declare some in code), so that an index
	 * built for another mapping (a field added, an analyzer changed) is rebuilt rather
	 * than trusted.
	 */
	static String fingerprint(SearchMapping mapping) {
		List<String> annotations = new ArrayList<>();
		annotations.add("analysis " + SearchAnalysis.VERSION);
		for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
			Class<?> type = entity.javaClass();
			List<AnnotatedElement> elements = new ArrayList<>(List.of(type.getDeclaredFields()));
			elements.addAll(List.of(type.getDeclaredMethods()));
			elements.add(type);
			for (AnnotatedElement element : elements) {
				for (Annotation annotation : element.getAnnotations()) {
					if (annotation.annotationType().getPackageName().startsWith("org.hibernate.search")) {
						annotations.add(type.getName() + "#" + element + ":" + describe(annotation));
					}
				}
			}
		}
		Collections.sort(annotations);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.join("\n", annotations).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String migration() {
		Flyway flyway = this.flyway.getIfAvailable();
		// info() reads the schema history table: once is enough.
		MigrationInfo current = (flyway != null) ? flyway.info().current() : null;
		return (current != null) ? current.getVersion().getVersion() : "unknown";
	}

	private @Nullable Properties readState() {
		Path file = this.directory.resolve(STATE_FILE);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try (InputStream in = Files.newInputStream(file)) {
			Properties state = new Properties();
			state.load(in);
			return state;
		}
		catch (IOException ex) {
			log.warn("Unreadable index state {}: {}", file, ex.getMessage());
			return null;
		}
	}

	private void writeState(String migration, String mappingFingerprint) {
		Properties state = new Properties();
		state.setProperty("migration", migration);
		state.setProperty("mapping", mappingFingerprint);
		try {
			Files.createDirectories(this.directory);
			try (OutputStream out = Files.newOutputStream(this.directory.resolve(STATE_FILE))) {
				state.store(out, "Verbatim search index: the database migration it was built from");
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write the index state in " + this.directory, ex);
		}
	}

}
