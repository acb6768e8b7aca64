package org.verbatim.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.ScoreDoc;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.query.LuceneSearchResult;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.junit.jupiter.api.Test;
import org.verbatim.EditingApiTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Highlights read from the index once per hit (PageHighlighter): where the marked words
 * stand, and hits found again by id when the index moved between search and reading.
 */
class SearchHighlightTests extends EditingApiTest {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void aPassageIsPointedToWhereItStandsNotWhereItsWordsFirstAppear() {
		// The first "Our dialogue matters." is the end of a long sentence, a passage
		// that scores below the three short ones; the marks are those of the second.
		String text = "We said it before, and we say it again to everyone who will listen in this hall today: "
				+ "Our dialogue matters. A sentence without the word. Our dialogue matters. Dialogue works. "
				+ "Dialogue helps.";
		String slug = uniqueSlug("highlight");
		create("/api/v1/documents", """
				{"slug": "%s", "title": "Highlight test", "kind": "ARTICLE", "language": "en", "text": "%s"}
				""".formatted(slug, text));
		Answer answer = get("/api/v1/search?q=dialogue&type=document&document=" + slug);
		assertThat(answer.status()).as("%s", answer).isEqualTo(200);
		List<String> fragments = answer.json("$.items[0].highlights[*].fragment");
		assertThat(fragments).containsExactly("Our <mark>dialogue</mark> matters.", "<mark>Dialogue</mark> works.",
				"<mark>Dialogue</mark> helps.");
		List<Integer> starts = answer.json("$.items[0].highlights[*].offsets[*].start");
		int second = text.indexOf("Our dialogue matters.", text.indexOf("Our dialogue matters.") + 1) + 4;
		assertThat(starts).containsExactly(second, text.indexOf("Dialogue works."), text.indexOf("Dialogue helps."));
	}

	@Test
	void fragmentsAreEscapedHtmlWhoseOnlyMarkupIsMark() {
		String text = "Dialogue <img src=x onerror=alert(1)> matters. Fish &amp; dialogue. "
				+ "<mark>dialogue</mark> here.";
		String slug = uniqueSlug("escaped");
		create("/api/v1/documents", """
				{"slug": "%s", "title": "<script>alert(1)</script> dialogue", "kind": "ARTICLE", "language": "en",
				"text": "%s"}
				""".formatted(slug, text));
		Answer answer = get("/api/v1/search?q=dialogue&type=document&document=" + slug);
		assertThat(answer.status()).as("%s", answer).isEqualTo(200);
		List<String> fragments = answer.json("$.items[0].highlights[?(@.field == 'text')].fragment");
		assertThat(fragments).containsExactly("<mark>Dialogue</mark> &lt;img src=x onerror=alert(1)&gt; matters.",
				"Fish &amp;amp; <mark>dialogue</mark>.", "&lt;mark&gt;<mark>dialogue</mark>&lt;/mark&gt; here.");
		List<String> titles = answer.json("$.items[0].highlights[?(@.field == 'title')].fragment");
		assertThat(titles).containsExactly("&lt;script&gt;alert(1)&lt;/script&gt; <mark>dialogue</mark>");
		// Offsets stay those of the stored text, not of the escaped fragment.
		List<Integer> starts = answer.json("$.items[0].highlights[*].offsets[*].start");
		List<Integer> ends = answer.json("$.items[0].highlights[*].offsets[*].end");
		int inFish = text.indexOf("dialogue.");
		int inMark = text.indexOf("dialogue</mark>");
		assertThat(starts).containsExactly(0, inFish, inMark);
		assertThat(ends).containsExactly(8, inFish + 8, inMark + 8);
	}

	@Test
	void aHitLookedUpByItsIdReadsAsTheSameHit() throws Exception {
		SearchScope<Object> scope = Search.mapping(this.entityManagerFactory)
			.scope(Object.class, List.of("Quote", "Document", "Event"));
		Analyzer analyzer = Search.mapping(this.entityManagerFactory)
			.backend()
			.unwrap(LuceneBackend.class)
			.analyzer(SearchAnalysis.TEXT)
			.orElseThrow();
		PageHighlighter highlighter = new PageHighlighter(analyzer);
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
			LuceneSearchResult<? extends EntityReference> result = Search.session(entityManager)
				.search(scope)
				.extension(LuceneExtension.get())
				.select(f -> f.entityReference())
				.where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(highlighter.query("union")))
				.fetch(20);
			ScoreDoc[] docs = result.topDocs().scoreDocs;
			assertThat(result.hits()).hasSizeGreaterThan(2).hasSize(docs.length);
			List<PageHighlighter.Located> byNumber = new ArrayList<>();
			List<PageHighlighter.Located> byId = new ArrayList<>();
			for (int i = 0; i < docs.length; i++) {
				EntityReference hit = result.hits().get(i);
				String type = hit.name().toLowerCase(Locale.ROOT);
				byNumber.add(new PageHighlighter.Located(docs[i].doc, type, hit.id(), docs[i].score));
				byId.add(new PageHighlighter.Located(-1, type, hit.id(), docs[i].score));
				assertThat(PageHighlighter.find(reader, type, hit.id())).isEqualTo(docs[i].doc);
			}
			var query = highlighter.query("union");
			List<String> expected = described(highlighter.highlight(reader, query, byNumber));
			assertThat(expected).allSatisfy(hit -> assertThat(hit).contains("<mark>"));
			assertThat(described(highlighter.highlight(reader, query, byId))).isEqualTo(expected);
			// Gone from the index (a deletion since the search): left out, not failed.
			byId.set(0, new PageHighlighter.Located(-1, "quote", Long.MAX_VALUE, 1f));
			assertThat(described(highlighter.highlight(reader, query, byId)))
				.isEqualTo(expected.subList(1, expected.size()));
		}
		finally {
			entityManager.close();
		}
	}

	@Test
	void documentsTextsKeepTheirOffsetsInThePostingsAndNoTermVectors() throws Exception {
		SearchScope<Object> scope = Search.mapping(this.entityManagerFactory).scope(Object.class, "Document");
		try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
			assertThat(reader.leaves()).isNotEmpty();
			for (var leaf : reader.leaves()) {
				var text = leaf.reader().getFieldInfos().fieldInfo("text");
				assertThat(text.getIndexOptions()).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
				assertThat(text.hasVectors()).isFalse();
				assertThat(text.hasNorms()).as("norms, for scoring as any text field").isTrue();
			}
		}
	}

	private static List<String> described(List<PageHighlighter.Highlighted> hits) {
		return hits.stream()
			.map(hit -> hit.stored() + " " + hit.score() + " "
					+ hit.text().stream().map(PageHighlighter.Fragment::text).toList() + " "
					+ hit.text().stream().map(f -> f.marks().stream().map(Arrays::toString).toList()).toList() + " "
					+ hit.title().stream().map(PageHighlighter.Fragment::text).toList())
			.toList();
	}

}
