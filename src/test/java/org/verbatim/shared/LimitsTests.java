package org.verbatim.shared;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input limit is the size of the columns it guards, as the database reports them
 * after the migrations ran, so that a migration that changes a column cannot leave its
 * limit behind.
 */
class LimitsTests extends ApiTest {

	/** The columns (table.column) each constant of {@link Limits} guards. */
	private static final Map<String, List<String>> COLUMNS = Map.ofEntries(
			Map.entry("SLUG", List.of("person.slug", "organisation.slug", "topic.slug")),
			Map.entry("EVENT_SLUG", List.of("event.slug")),
			Map.entry("NAME",
					List.of("person.canonical_name", "organisation.name", "person_name_variant.name",
							"organisation_name_variant.name")),
			Map.entry("DESCRIPTION",
					List.of("person.description", "organisation.description", "event.description",
							"topic.description")),
			Map.entry("LANGUAGE_TAG",
					List.of("document.language_tag", "person_name_variant.language_tag",
							"organisation_name_variant.language_tag")),
			Map.entry("ROLE_TITLE", List.of("person_role.title")),
			Map.entry("ROLE_SOURCE_NOTE", List.of("person_role.source_note")),
			Map.entry("EVENT_NAME", List.of("event.name")), Map.entry("EVENT_PLACE", List.of("event.place")),
			Map.entry("TOPIC_LABEL", List.of("topic.label")), Map.entry("DOCUMENT_TITLE", List.of("document.title")),
			Map.entry("DOCUMENT_SUBTITLE", List.of("document.subtitle")),
			Map.entry("DOCUMENT_PUBLISHER", List.of("document.publisher")),
			Map.entry("DOCUMENT_SOURCE_URL", List.of("document.source_url")),
			Map.entry("DOCUMENT_TEXT", List.of("document_text.full_text")),
			Map.entry("BYLINE_NAME", List.of("document_author.byline_name")),
			Map.entry("BYLINE_ROLE", List.of("document_author.byline_role")),
			Map.entry("SECTION_HEADING", List.of("document_section.heading")),
			Map.entry("QUOTE_TEXT", List.of("quote.quote_text")),
			Map.entry("SPEAKER_GROUP", List.of("quote.speaker_label")),
			Map.entry("ATTRIBUTION", List.of("quote.attribution")),
			Map.entry("MOTIVATION", List.of("annotation.motivation")),
			Map.entry("ANNOTATION_EXACT", List.of("annotation.exact_text")),
			Map.entry("ANNOTATION_BODY", List.of("annotation.body")),
			Map.entry("CLAIM_UNIT", List.of("annotation.claim_unit")),
			Map.entry("DATE_BASIS", List.of("person_role.from_basis", "person_role.to_basis", "event.date_basis",
					"document.date_basis", "quote.date_basis", "annotation.date_basis")));

	@Autowired
	private DataSource dataSource;

	@Test
	void everyLimitIsTheSizeOfTheColumnsItGuards() throws Exception {
		Map<String, Integer> sizes = columnSizes();
		for (Field field : limits()) {
			List<String> columns = COLUMNS.get(field.getName());
			assertThat(columns).as("the columns Limits.%s guards", field.getName()).isNotNull();
			for (String column : columns) {
				assertThat(sizes).as("a column %s", column).containsKey(column);
				assertThat(field.getInt(null)).as("Limits.%s against %s", field.getName(), column)
					.isEqualTo(sizes.get(column));
			}
		}
		assertThat(limits()).extracting(Field::getName).containsExactlyInAnyOrderElementsOf(COLUMNS.keySet());
	}

	private static List<Field> limits() {
		return Arrays.stream(Limits.class.getDeclaredFields())
			.filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == int.class)
			.toList();
	}

	/** The size of every column of the schema, by lower-case table.column. */
	private Map<String, Integer> columnSizes() throws SQLException {
		Map<String, Integer> sizes = new HashMap<>();
		try (Connection connection = this.dataSource.getConnection();
				ResultSet columns = connection.getMetaData()
					.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
			while (columns.next()) {
				sizes.put((columns.getString("TABLE_NAME") + "." + columns.getString("COLUMN_NAME"))
					.toLowerCase(Locale.ROOT), columns.getInt("COLUMN_SIZE"));
			}
		}
		return sizes;
	}

}
