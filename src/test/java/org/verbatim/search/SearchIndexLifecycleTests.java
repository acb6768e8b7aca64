package org.verbatim.search;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.TestDatabase;
import org.verbatim.VerbatimApplication;
import org.verbatim.shared.DateRange;
import org.verbatim.web.PageQuery;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index is built at the first start (Flyway's seed bypasses Hibernate), left alone
 * when it is up to date, and rebuilt when it has been deleted.
 */
class SearchIndexLifecycleTests {

	@TempDir
	Path index;

	@Test
	void isBuiltOnFirstStartTrustedWhenCurrentAndRebuiltWhenDeleted() {
		try (ConfigurableApplicationContext first = start("first")) {
			SearchIndexes.Status status = first.getBean(SearchIndexes.class).lastCheck();
			assertThat(status.rebuilt()).isTrue();
			assertThat(status.reason()).contains("no index state");
			assertThat(status.items()).containsEntry("Quote", 9L).containsEntry("Document", 1L);
			assertThat(electricity(first)).hasSize(3);
		}
		try (ConfigurableApplicationContext second = start("second")) {
			SearchIndexes.Status status = second.getBean(SearchIndexes.class).lastCheck();
			assertThat(status.rebuilt()).as("restart with an up-to-date index").isFalse();
			assertThat(status.reason()).isEqualTo("up to date");
			assertThat(electricity(second)).hasSize(3);
		}
		assertThat(FileSystemUtils.deleteRecursively(this.index.toFile())).isTrue();
		try (ConfigurableApplicationContext third = start("third")) {
			SearchIndexes.Status status = third.getBean(SearchIndexes.class).lastCheck();
			assertThat(status.rebuilt()).isTrue();
			assertThat(electricity(third)).hasSize(3);
		}
	}

	private static List<SearchViews.Hit> electricity(ConfigurableApplicationContext context) {
		var request = new SearchService.Request("electricity", SearchService.types(null), DateRange.ANY, null, null,
				null, null);
		return context.getBean(SearchService.class).search(request, PageQuery.of(0, 20)).items();
	}

	private ConfigurableApplicationContext start(String name) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("verbatim.search.index-directory", this.index.toString());
		SpringApplicationBuilder builder = new SpringApplicationBuilder(VerbatimApplication.class)
			.web(WebApplicationType.NONE);
		if (TestDatabase.isPostgres()) {
			String url = TestDatabase.url();
			properties.put("VERBATIM_DB_URL", url);
			properties.put("VERBATIM_DB_USER", "postgres");
			properties.put("VERBATIM_DB_PASSWORD", "");
			builder.profiles("postgres");
		}
		else {
			// A new in-memory database each time, seeded afresh by Flyway, as after a
			// restart.
			properties.put("spring.datasource.url",
					"jdbc:h2:mem:lifecycle-" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		}
		// As arguments: they override application.properties, where default properties
		// would not.
		return builder.run(
				properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

}
