package org.verbatim.curation;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which groups of import lines may be stored side by side: those that share no record
 * that one of them may create.
 */
class ImportKeysTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static ImportKeys keys(String... lines) {
		ImportKeys keys = new ImportKeys();
		for (String line : lines) {
			keys.add(JSON.readValue(line, NewDocument.class));
		}
		return keys;
	}

	private static String document(String slug, String quote) {
		return "{\"slug\": \"" + slug + "\", \"title\": \"T\", \"text\": \"x\", \"quotes\": [" + quote + "]}";
	}

	@Test
	void recordsNamedBySlugInBothGroupsDoNotClash() {
		String quote = "{\"speaker\": {\"person\": \"ann-smith\"}, \"event\": \"forum-2020\", \"topics\": [\"economy\"]}";
		assertThat(keys(document("a", quote)).clashes(keys(document("b", quote)))).isFalse();
	}

	@Test
	void aRecordCreatedInOneGroupAndNamedInTheOtherClashes() {
		ImportKeys creating = keys(
				document("a", "{\"speaker\": {\"person\": {\"slug\": \"ann-smith\", " + "\"name\": \"Ann Smith\"}}}"));
		ImportKeys naming = keys(document("b", "{\"speaker\": {\"person\": \"ann-smith\"}}"));
		assertThat(creating.clashes(naming)).isTrue();
		assertThat(naming.clashes(creating)).isTrue();
	}

	@Test
	void aSlugMadeFromTheNameCountsAsTheSlug() {
		ImportKeys creating = keys(
				document("a", "{\"speaker\": {\"organisation\": {\"name\": \"Federation Council\"}}}"));
		assertThat(creating.clashes(keys(document("b", "{\"speaker\": {\"organisation\": \"federation-council\"}}"))))
			.isTrue();
		assertThat(creating.clashes(keys(document("c", "{\"speaker\": {\"person\": \"federation-council\"}}"))))
			.as("a person of that slug is another record")
			.isFalse();
	}

	@Test
	void theSameDocumentSlugClashes() {
		assertThat(keys(document("a", "")).clashes(keys(document("a", "")))).isTrue();
		assertThat(keys(document("a", "")).clashes(keys(document("b", "")))).isFalse();
	}

	@Test
	void eventsTopicsAndTheirNestedRecordsAreCounted() {
		ImportKeys event = keys(document("a", "{\"event\": {\"slug\": \"forum-2020\", \"name\": \"Forum\", "
				+ "\"people\": [{\"slug\": \"bob-jones\", \"name\": \"Bob Jones\"}], \"topics\": [{\"slug\": \"trade\", "
				+ "\"label\": \"Trade\", \"parent\": \"economy\"}]}}"));
		assertThat(event.clashes(keys(document("b", "{\"event\": \"forum-2020\"}")))).isTrue();
		assertThat(event.clashes(keys(document("c", "{\"speaker\": {\"person\": \"bob-jones\"}}")))).isTrue();
		assertThat(event.clashes(keys(document("d", "{\"topics\": [\"trade\"]}")))).isTrue();
		// The parent is only named: another group naming it too does not clash.
		assertThat(event.clashes(keys(document("e", "{\"topics\": [\"economy\"]}")))).isFalse();
		ImportKeys roles = keys("{\"slug\": \"f\", \"title\": \"T\", \"text\": \"x\", \"authors\": [{\"person\": "
				+ "{\"slug\": \"cy-lee\", \"name\": \"Cy Lee\", \"roles\": [{\"title\": \"Chair\", "
				+ "\"organisation\": \"senate\"}]}}]}");
		assertThat(roles.clashes(keys(
				document("g", "{\"speaker\": {\"organisation\": {\"slug\": \"senate\", " + "\"name\": \"Senate\"}}}"))))
			.isTrue();
	}

	@Test
	void theDocumentsOwnTopicsAndAnnotationTopicsAreCounted() {
		ImportKeys topics = keys("""
				{"slug": "a", "title": "T", "text": "x", "topics": [{"slug": "tariffs", "label": "Tariffs"}]}""");
		assertThat(topics.clashes(keys(document("b", "{\"topics\": [\"tariffs\"]}")))).isTrue();
		ImportKeys annotated = keys("""
				{"slug": "c", "title": "T", "text": "x",
				 "annotations": [null, {"body": "note"}, {"topic": {"slug": "quotas", "label": "Quotas"}}]}""");
		assertThat(annotated.clashes(keys(document("d", "{\"topics\": [\"quotas\"]}")))).isTrue();
		assertThat(annotated.clashes(keys(document("e", "{\"topics\": [\"tariffs\"]}")))).isFalse();
	}

	@Test
	void aParentTopicIsNamedAndAnEventsOrganisationsCreated() {
		ImportKeys child = keys(document("a", """
				{"topics": [{"slug": "trade", "label": "Trade", "parent": "economy"}]}"""));
		ImportKeys parent = keys(document("b", """
				{"topics": [{"slug": "economy", "label": "Economy"}]}"""));
		assertThat(child.clashes(parent)).isTrue();
		assertThat(parent.clashes(child)).isTrue();
		ImportKeys event = keys(document("c",
				"""
						{"event": {"slug": "summit", "name": "Summit", "organisations": [{"slug": "nato", "name": "NATO"}]}}"""));
		assertThat(event.clashes(keys(document("d", "{\"speaker\": {\"organisation\": \"nato\"}}")))).isTrue();
	}

}
