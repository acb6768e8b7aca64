package org.verbatim.shared;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations store normalised names and group wording that lookups compare with
 * {@link Names#normalize}: if the two ever disagree, some spelling silently stops finding
 * its person or group.
 */
class SeedNamesTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyStoredNormalisedNameIsWhatTheNormaliserMakesOfTheName() {
		List<Map<String, Object>> variants = this.jdbc.sql("""
				select name, normalized_name from person_name_variant
				union all select name, normalized_name from organisation_name_variant""").query().listOfRows();
		assertThat(variants).hasSizeGreaterThan(20);
		for (Map<String, Object> variant : variants) {
			assertThat(variant.get("normalized_name")).as("%s", variant.get("name"))
				.isEqualTo(Names.normalize((String) variant.get("name")));
		}
	}

	@Test
	void everyGroupsWordingIsStoredNormalised() {
		List<Map<String, Object>> groups = this.jdbc
			.sql("select speaker_label, speaker_label_normalized from quote where speaker_label is not null")
			.query()
			.listOfRows();
		assertThat(groups).hasSizeGreaterThanOrEqualTo(2);
		for (Map<String, Object> group : groups) {
			assertThat(group.get("speaker_label_normalized")).as("%s", group.get("speaker_label"))
				.isEqualTo(Names.normalize((String) group.get("speaker_label")));
		}
	}

}
