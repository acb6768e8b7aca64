package org.verbatim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database the HTTP-level tests run against. By default the embedded H2 of the
 * application; in the PostgreSQL pass ({@code -Dverbatim.test.database=postgres}, which
 * the build sets when {@code VERBATIM_TEST_POSTGRES_URL} is in the environment) a fresh
 * database created on that server for this run and dropped when the run ends, so that no
 * test ever touches data it did not create.
 */
public final class TestDatabase {

	/**
	 * The environment variable naming the server: a JDBC URL with user (and password)
	 * parameters.
	 */
	public static final String URL_VARIABLE = "VERBATIM_TEST_POSTGRES_URL";

	private static @Nullable String url;

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("verbatim.test.database"));
	}

	/** Activates the application's {@code postgres} profile in the PostgreSQL pass. */
	public static final class Profiles implements ActiveProfilesResolver {

		@Override
		public String[] resolve(Class<?> testClass) {
			return isPostgres() ? new String[] { "postgres" } : new String[0];
		}

	}

	/**
	 * A fresh directory for a context's search index; two contexts must never share one.
	 */
	public static String freshIndexDirectory() {
		try {
			Path directory = Files.createTempDirectory("verbatim-index-");
			Runtime.getRuntime()
				.addShutdownHook(new Thread(
						() -> org.springframework.util.FileSystemUtils.deleteRecursively(directory.toFile())));
			return directory.toString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Points the application at this run's database. */
	public static void register(DynamicPropertyRegistry registry) {
		String index = freshIndexDirectory();
		registry.add("verbatim.search.index-directory", () -> index);
		if (isPostgres()) {
			// The variables the postgres profile reads, as docker-compose.yml sets them.
			String database = url();
			registry.add("VERBATIM_DB_URL", () -> database);
			registry.add("VERBATIM_DB_USER", () -> parameter(database, "user", "postgres"));
			registry.add("VERBATIM_DB_PASSWORD", () -> parameter(database, "password", ""));
		}
	}

	/** The JDBC URL of this run's fresh PostgreSQL database, created on first use. */
	public static synchronized String url() {
		if (url == null) {
			url = create();
		}
		return url;
	}

	private static String create() {
		return createDatabase("verbatim_test_");
	}

	/**
	 * Creates a database with a fresh name on the server
	 * {@code VERBATIM_TEST_POSTGRES_URL} names, dropped when the JVM exits.
	 * @return its JDBC URL, with the server URL's parameters
	 */
	public static String createDatabase(String prefix) {
		String server = System.getenv(URL_VARIABLE);
		if (server == null || server.isBlank()) {
			throw new IllegalStateException("The PostgreSQL pass needs " + URL_VARIABLE
					+ ", e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
		}
		String name = (prefix + Long.toString(System.currentTimeMillis(), 36)
				+ Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36))
			.toLowerCase(Locale.ROOT);
		execute(server, "create database " + name);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				// force: the application context may still hold pooled connections at
				// shutdown.
				execute(server, "drop database if exists " + name + " with (force)");
			}
			catch (RuntimeException ex) {
				System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
			}
		}));
		System.out.println("PostgreSQL pass: using fresh database " + name);
		return withDatabase(server, name);
	}

	static String parameter(String jdbcUrl, String name, String otherwise) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]" + name + "=([^&]*)").matcher(jdbcUrl);
		return m.find() ? java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8) : otherwise;
	}

	/** The server URL with its database path replaced. */
	static String withDatabase(String serverUrl, String database) {
		return serverUrl.replaceFirst("^(jdbc:postgresql://[^/?]+)(/[^?]*)?", "$1/" + database);
	}

	private static void execute(String serverUrl, String sql) {
		try (Connection connection = DriverManager.getConnection(serverUrl);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + serverUrl.replaceAll("password=[^&]*", "password=***")
					+ " refused '" + sql + "': " + ex.getMessage(), ex);
		}
	}

}
