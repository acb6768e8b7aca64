package org.verbatim.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The W3C Web Annotation Protocol (https://www.w3.org/TR/annotation-protocol/), each MUST
 * and SHOULD of a server under the section that states it: a document's annotations as a
 * container at {@code .../annotations/}.
 */
class AnnotationProtocolTests extends AnnotationTestSupport {

	static final String PROFILE = WebAnnotationTests.PROFILE;

	static final String CONTENT_TYPE = "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\"";

	static final String SEEDED = WebAnnotationTests.SEEDED;

	static final String MINIMAL = "http://www.w3.org/ns/ldp#PreferMinimalContainer";

	static final String IRIS = "http://www.w3.org/ns/oa#PreferContainedIRIs";

	static final String DESCRIPTIONS = "http://www.w3.org/ns/oa#PreferContainedDescriptions";

	static final String BASIC_CONTAINER = "<http://www.w3.org/ns/ldp#BasicContainer>; rel=\"type\"";

	static final String CONSTRAINED_BY = "<http://www.w3.org/TR/annotation-protocol/>; "
			+ "rel=\"http://www.w3.org/ns/ldp#constrainedBy\"";

	static final String ANNOTATION = """
			{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "motivation": "commenting",
			 "body": {"type": "TextualBody", "value": "%s"},
			 "target": {"source": "%s", "selector": {"type": "TextQuoteSelector", "exact": "%s"}}}
			""";

	/** A text of 45 words, each once: word01 word02 ... word45. */
	static final String WORDS = String.join(" ",
			java.util.stream.IntStream.rangeClosed(1, 45).mapToObj(i -> "word%02d".formatted(i)).toList()) + ".";

	String base() {
		return "http://localhost:" + this.port;
	}

	String container(String slug) {
		return "/api/v1/documents/" + slug + "/annotations/";
	}

	String links(Answer answer) {
		return String.join(", ", answer.response().headers().allValues("Link"));
	}

	Answer postLd(String slug, String annotation, String... headers) {
		return sendAs("POST", container(slug), PROFILE, annotation, headers);
	}

	/** Adds an annotation on {@code word} and returns its IRI. */
	String annotate(String slug, String word) {
		Answer created = postLd(slug, ANNOTATION.formatted("On " + word, slug, word));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.header("Location");
	}

	/** A path of an IRI of this server. */
	String path(String iri) {
		assertThat(iri).startsWith(base());
		return iri.substring(base().length());
	}

	@Test
	@DisplayName("3 Annotation Retrieval: GET, HEAD and OPTIONS; JSON-LD with the anno profile when no type is asked "
			+ "for; 200; Link ldp:Resource; ETag; Allow; Vary: Accept")
	void retrieval() {
		String slug = createDocument(WORDS);
		String iri = annotate(slug, "word07");
		for (String accept : new String[] { null, PROFILE, "application/ld+json" }) {
			Answer answer = (accept == null) ? get(path(iri)) : get(path(iri), "Accept", accept);
			assertThat(answer.status()).as("%s", answer).isEqualTo(200);
			assertThat(answer.contentType()).isEqualTo(CONTENT_TYPE);
			assertThat(WebAnnotationModel.annotation(answer.json("$"), true)).isEmpty();
			assertThat(answer.<String>json("$.id")).isEqualTo(iri);
			assertThat(links(answer)).contains("<http://www.w3.org/ns/ldp#Resource>; rel=\"type\"");
			assertThat(answer.header("ETag")).matches("\"\\d+\"");
			assertThat(answer.header("Allow")).contains("GET", "HEAD", "OPTIONS", "PUT", "DELETE");
			assertThat(answer.header("Vary")).contains("Accept");
		}
		Answer head = send("HEAD", path(iri), null);
		assertThat(head.status()).isEqualTo(200);
		assertThat(head.bytes()).isEmpty();
		assertThat(head.header("ETag")).isEqualTo(get(path(iri)).header("ETag"));
		assertThat(head.header("Allow")).contains("GET", "HEAD");
		assertThat(links(head)).contains("ldp#Resource");
		Answer options = send("OPTIONS", path(iri), null);
		assertThat(options.status()).isEqualTo(200);
		assertThat(options.header("Allow")).contains("GET", "HEAD", "OPTIONS", "PUT", "DELETE");
		// Another document's container does not hold it.
		assertThat(get(path(iri).replace(slug, SEEDED)).status()).isEqualTo(404);
	}

	@Test
	@DisplayName("4 Annotation Containers: a container per document, whose IRI ends in '/'; the list without '/' "
			+ "stays plain JSON")
	void containerIri() {
		Answer container = get(container(SEEDED));
		assertThat(container.status()).as("%s", container).isEqualTo(200);
		assertThat(container.<String>json("$.id")).startsWith(base() + container(SEEDED) + "?");
		assertThat(container.<List<String>>json("$.type")).containsExactly("BasicContainer", "AnnotationCollection");
		Answer plain = get("/api/v1/documents/" + SEEDED + "/annotations");
		assertThat(plain.contentType()).isEqualTo("application/json");
		assertThat(plain.<List<Integer>>json("$[*].id")).hasSize(4);
		assertThat(get(container("no-such-document")).status()).isEqualTo(404);
	}

	@Test
	@DisplayName("4.1 Container Retrieval: GET, HEAD and OPTIONS, each with Link type BasicContainer and "
			+ "constrainedBy, ETag, Allow, Accept-Post and Vary; JSON-LD without Accept, with the anno and LDP "
			+ "contexts; 200")
	void containerRetrieval() {
		Answer get = get(container(SEEDED));
		Answer head = send("HEAD", container(SEEDED), null);
		Answer options = send("OPTIONS", container(SEEDED), null);
		for (Answer answer : List.of(get, head, options)) {
			assertThat(answer.status()).as("%s", answer).isEqualTo(200);
			assertThat(links(answer)).contains(BASIC_CONTAINER, CONSTRAINED_BY);
			assertThat(answer.header("ETag")).matches("\"[0-9a-f]{32}\"");
			assertThat(answer.header("Allow").split(",\\s*")).contains("GET", "HEAD", "OPTIONS", "POST");
			assertThat(answer.header("Accept-Post")).isEqualTo(CONTENT_TYPE);
			assertThat(answer.header("Vary")).contains("Accept", "Prefer");
		}
		assertThat(head.bytes()).isEmpty();
		assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
		assertThat(get.contentType()).isEqualTo(CONTENT_TYPE);
		assertThat(get.<List<String>>json("$['@context']")).containsExactly("http://www.w3.org/ns/anno.jsonld",
				"http://www.w3.org/ns/ldp.jsonld");
		assertThat(get(container(SEEDED), "Accept", PROFILE).body()).isEqualTo(get.body());
		// The representation is JSON-LD only: a client that refuses it is told so.
		assertThat(get(container(SEEDED), "Accept", "text/turtle").status()).isEqualTo(406);
	}

	@Test
	@DisplayName("4.1 Container Retrieval: Link type and constrainedBy on every answer of the container, a "
			+ "creation and problems included")
	void containerLinksOnEveryAnswer() {
		String slug = createDocument(WORDS);
		Answer created = postLd(slug, ANNOTATION.formatted("A note", slug, "word03"));
		Answer unsupported = sendAs("POST", container(slug), "text/plain", "word03");
		Answer missing = get(container("no-such-document"));
		for (Answer answer : List.of(created, unsupported, missing)) {
			assertThat(links(answer)).as("%s", answer).contains(BASIC_CONTAINER, CONSTRAINED_BY);
		}
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("ETag")).matches("\"\\d+\"");
		assertThat(unsupported.status()).isEqualTo(415);
		assertThat(missing.status()).isEqualTo(404);
	}

	@Test
	@DisplayName("4.2 Container Representations: total, the first page embedded, last; Content-Location names the "
			+ "IRIs-or-descriptions container; a container without annotations has no pages")
	void containerRepresentation() {
		Answer seeded = get(container(SEEDED));
		assertThat(WebAnnotationModel.collection(seeded.json("$"))).isEmpty();
		assertThat(seeded.<Integer>json("$.total")).isEqualTo(4);
		String id = base() + container(SEEDED) + "?iris=0";
		assertThat(seeded.<String>json("$.id")).isEqualTo(id);
		assertThat(seeded.header("Content-Location")).isEqualTo(id);
		assertThat(seeded.<String>json("$.first.id")).isEqualTo(id + "&page=0");
		assertThat(seeded.<String>json("$.last")).isEqualTo(id + "&page=0");
		assertThat(seeded.<List<Object>>json("$.first.items")).hasSize(4);
		// Its id answers with the same container.
		assertThat(get(path(id)).<Integer>json("$.total")).isEqualTo(4);

		String slug = createDocument(WORDS);
		Answer empty = get(container(slug));
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.<Integer>json("$.total")).isZero();
		assertThat(empty.<Map<String, Object>>json("$")).doesNotContainKeys("first", "last");
	}

	@Test
	@DisplayName("4.2.1 Container Representation Preferences: without a preference, whole descriptions; a "
			+ "preference honoured is confirmed by Preference-Applied, and the ETag differs per representation")
	void preferencesDefaultAndApplied() {
		Answer none = get(container(SEEDED));
		assertThat(none.header("Preference-Applied")).isEmpty();
		assertThat(none.<List<String>>json("$.first.items[*].type")).containsOnly("Annotation");
		Answer descriptions = get(container(SEEDED), "Prefer",
				"return=representation; include=\"" + DESCRIPTIONS + "\"");
		assertThat(descriptions.header("Preference-Applied")).isEqualTo("return=representation");
		assertThat(descriptions.body()).isEqualTo(none.body());
		Answer iris = get(container(SEEDED), "Prefer", "return=representation;include=\"" + IRIS + "\"");
		assertThat(iris.header("Preference-Applied")).isEqualTo("return=representation");
		assertThat(iris.header("ETag")).isNotEqualTo(none.header("ETag"));
		assertThat(iris.header("Content-Location")).endsWith("?iris=1");
	}

	@Test
	@DisplayName("4.2.1 Container Representation Preferences: IRIs and descriptions at once is a 400 naming Prefer")
	void preferencesThatExcludeEachOther() {
		Answer both = get(container(SEEDED), "Prefer",
				"return=representation; include=\"" + IRIS + " " + DESCRIPTIONS + "\"");
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.contentType()).startsWith("application/problem+json");
		assertThat(both.<String>json("$.parameter")).isEqualTo("Prefer");
		assertThat(both.<String>json("$.accepted")).contains(IRIS, DESCRIPTIONS);
	}

	@Test
	@DisplayName("4.2.2 Representations without Annotations: PreferMinimalContainer embeds no page and no "
			+ "ldp:contains, and links pages that follow the IRIs preference")
	void minimalContainer() {
		Answer minimal = get(container(SEEDED), "Prefer",
				"return=representation; include=\"" + MINIMAL + " " + IRIS + "\"");
		assertThat(minimal.status()).isEqualTo(200);
		assertThat(minimal.header("Preference-Applied")).isEqualTo("return=representation");
		Map<String, Object> body = minimal.json("$");
		assertThat(body).doesNotContainKeys("contains", "ldp:contains");
		assertThat(body.get("first")).isInstanceOf(String.class);
		assertThat(minimal.<Integer>json("$.total")).isEqualTo(4);
		Answer first = get(path(minimal.json("$.first")));
		assertThat(first.<List<Object>>json("$.items")).hasSize(4).allMatch(String.class::isInstance);
	}

	@Test
	@DisplayName("4.2.3 Representations with Annotation IRIs: PreferContainedIRIs gives a first page of IRIs, and "
			+ "the linked pages follow it")
	void containedIris() {
		Answer iris = get(container(SEEDED), "Prefer", "return=representation; include=\"" + IRIS + "\"");
		assertThat(iris.<String>json("$.first.type")).isEqualTo("AnnotationPage");
		List<Object> items = iris.json("$.first.items");
		assertThat(items).hasSize(4)
			.allMatch(item -> item instanceof String s && s.startsWith(base() + container(SEEDED)));
		for (Object item : items) {
			assertThat(get(path((String) item)).<String>json("$.id")).isEqualTo(item);
		}
		assertThat(get(path(iris.json("$.last"))).<List<Object>>json("$.items")).isEqualTo(items);
		// The plain list's ids are the last segments of the IRIs, in the same order.
		assertThat(get("/api/v1/documents/" + SEEDED + "/annotations").<List<Integer>>json("$[*].id"))
			.containsExactlyElementsOf(items.stream()
				.map(item -> Integer.valueOf(((String) item).substring(((String) item).lastIndexOf('/') + 1)))
				.toList());
	}

	@Test
	@DisplayName("4.2.4 Representations with Annotation Descriptions: PreferContainedDescriptions gives a first page "
			+ "of whole annotations, and the linked pages follow it")
	void containedDescriptions() {
		Answer descriptions = get(container(SEEDED), "Prefer",
				"return=representation; include=\"" + DESCRIPTIONS + "\"");
		List<Map<String, Object>> items = descriptions.json("$.first.items");
		assertThat(items).hasSize(4);
		for (Map<String, Object> item : items) {
			assertThat(WebAnnotationModel.annotation(item, false)).isEmpty();
		}
		Answer last = get(path(descriptions.json("$.last")));
		assertThat(last.<List<Map<String, Object>>>json("$.items")).isEqualTo(items);
	}

	@Test
	@DisplayName("4.3 Annotation Pages: partOf on every page, prev unless first, next unless last; following next "
			+ "from first to last gives every annotation once, in reading order")
	void pages() {
		String slug = createDocument(WORDS);
		List<String> iris = new ArrayList<>();
		// Not in reading order, which the container restores.
		for (int i = 45; i >= 1; i--) {
			iris.add(0, annotate(slug, "word%02d".formatted(i)));
		}
		for (String preference : List.of(IRIS, DESCRIPTIONS)) {
			Answer container = get(container(slug), "Prefer",
					"return=representation; include=\"" + MINIMAL + " " + preference + "\"");
			assertThat(container.<Integer>json("$.total")).isEqualTo(45);
			String containerId = container.json("$.id");
			List<String> seen = new ArrayList<>();
			String next = container.json("$.first");
			String previous = null;
			int pages = 0;
			while (next != null) {
				Answer page = get(path(next));
				assertThat(page.status()).as("%s", page).isEqualTo(200);
				assertThat(page.contentType()).isEqualTo(CONTENT_TYPE);
				assertThat(page.header("ETag")).isNotBlank();
				assertThat(page.header("Allow")).contains("GET");
				assertThat(page.<String>json("$.type")).isEqualTo("AnnotationPage");
				assertThat(page.<String>json("$.partOf.id")).isEqualTo(containerId);
				assertThat(page.<Integer>json("$.partOf.total")).isEqualTo(45);
				assertThat(page.<Integer>json("$.startIndex")).isEqualTo(seen.size());
				Map<String, Object> body = page.json("$");
				assertThat(body.get("prev")).isEqualTo(previous);
				List<Object> items = page.json("$.items");
				assertThat(items).isNotEmpty();
				items.forEach(
						item -> seen.add((item instanceof String iri) ? iri : (String) ((Map<?, ?>) item).get("id")));
				previous = next;
				next = (String) body.get("next");
				pages++;
				if (next == null) {
					assertThat(previous).isEqualTo(container.json("$.last"));
				}
			}
			assertThat(pages).isEqualTo(3);
			assertThat(seen).isEqualTo(iris);
		}
		assertThat(get(container(slug) + "?iris=1&page=3").status()).isEqualTo(404);
		assertThat(get(container(slug) + "?iris=1&page=-1").status()).isEqualTo(400);
		assertThat(get(container(slug) + "?iris=2").<String>json("$.parameter")).isEqualTo("iris");
	}

	@Test
	@DisplayName("5.1 Create a New Annotation: 201; the server's id in the container replaces the id sent, which "
			+ "becomes via; canonical kept; Location is the id; the annotation as created in the answer")
	void create() {
		String slug = createDocument(WORDS);
		Answer created = postLd(slug,
				"""
						{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
						 "id": "https://elsewhere.example.org/anno/17", "canonical": "urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df",
						 "motivation": "questioning", "bodyValue": "Which word?",
						 "target": {"source": "%s", "selector": [{"type": "TextPositionSelector", "start": 7, "end": 13}]}}
						"""
					.formatted(base() + "/api/v1/documents/" + slug + "/text"),
				"Accept", PROFILE);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.contentType()).isEqualTo(CONTENT_TYPE);
		String id = created.json("$.id");
		assertThat(id).startsWith(base() + container(slug)).matches(".*/annotations/\\d+");
		assertThat(created.header("Location")).isEqualTo(id);
		assertThat(created.<String>json("$.via")).isEqualTo("https://elsewhere.example.org/anno/17");
		assertThat(created.<String>json("$.canonical")).isEqualTo("urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df");
		assertThat(created.<String>json("$.target.selector[0].exact")).isEqualTo("word02");
		assertThat(WebAnnotationModel.annotation(created.json("$"), true)).isEmpty();
		Answer again = get(path(id));
		assertThat(again.body()).isEqualTo(created.body());
		assertThat(again.header("ETag")).isEqualTo(created.header("ETag"));
		assertThat(get(container(slug)).<List<String>>json("$.first.items[*].id")).containsExactly(id);
		// The plain endpoint's JSON-LD names the same IRI, and keeps canonical and via
		// too.
		String number = id.substring(id.lastIndexOf('/') + 1);
		Answer viaOld = get("/api/v1/annotations/" + number, "Accept", PROFILE);
		assertThat(viaOld.<String>json("$.id")).isEqualTo(id);
		assertThat(viaOld.<String>json("$.canonical")).isEqualTo(created.json("$.canonical"));
	}

	@Test
	@DisplayName("5.1 Create a New Annotation: an id, canonical or via that is not an IRI, or a via other than the "
			+ "id sent, is a 422 and stores nothing")
	void createWithBadIris() {
		String slug = createDocument(WORDS);
		for (String links : List.of("\"canonical\": \"not an iri\"", "\"via\": \"/relative\"",
				"\"id\": \"https://a.example/1\", \"via\": \"https://b.example/2\"",
				"\"canonical\": \"https://a.example/" + "x".repeat(2000) + "\"")) {
			Answer answer = postLd(slug, """
					{"type": "Annotation", %s, "motivation": "commenting",
					 "target": {"selector": {"type": "TextQuoteSelector", "exact": "word04"}}}
					""".formatted(links));
			assertThat(answer.status()).as("%s", answer).isEqualTo(422);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.list("$.errors[*].pointer")).isNotEmpty()
				.allMatch(pointer -> List.of("/canonical", "/via", "/id").contains(pointer));
		}
		assertThat(get(container(slug)).<Integer>json("$.total")).isZero();
	}

	@Test
	@DisplayName("5.1 Create a New Annotation: targets outside the archive's own texts are 422 by design, and "
			+ "nothing is stored")
	void targetsOutsideTheArchive() {
		String slug = createDocument(WORDS);
		for (String target : List.of("\"http://www.example.com/index.html\"",
				"{\"source\": \"http://www.example.com/index.html\", \"selector\": {\"type\": \"TextQuoteSelector\", "
						+ "\"exact\": \"word05\"}}",
				"{\"source\": \"" + base() + "/api/v1/documents/" + SEEDED + "/text\", \"selector\": {\"type\": "
						+ "\"TextQuoteSelector\", \"exact\": \"word05\"}}")) {
			Answer answer = postLd(slug, """
					{"type": "Annotation", "motivation": "commenting", "target": %s}
					""".formatted(target));
			assertThat(answer.status()).as("%s", answer).isEqualTo(422);
			assertThat(answer.list("$.errors[*].pointer").toString()).contains("/target");
		}
		assertThat(get(container(slug)).<Integer>json("$.total")).isZero();
	}

	@Test
	@DisplayName("5.3 Update an Existing Annotation: PUT of the W3C representation with If-Match answers 200 with "
			+ "the new state; canonical and via once set, and the id, cannot change (409)")
	void update() {
		String slug = createDocument(WORDS);
		Answer created = postLd(slug, """
				{"type": "Annotation", "canonical": "urn:uuid:1", "via": "https://elsewhere.example.org/anno/1",
				 "motivation": "commenting", "body": {"type": "TextualBody", "value": "First"},
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "word08"}}}
				""");
		String id = created.json("$.id");
		String etag = created.header("ETag");
		// What GET serves, changed, is what PUT takes.
		String changed = get(path(id)).body().replace("First", "Second");
		assertThat(sendAs("PUT", path(id), PROFILE, changed).status()).isEqualTo(428);
		Answer put = sendAs("PUT", path(id), PROFILE, changed, "If-Match", etag, "Accept", PROFILE);
		assertThat(put.status()).as("%s", put).isEqualTo(200);
		assertThat(put.contentType()).isEqualTo(CONTENT_TYPE);
		assertThat(put.header("ETag")).isNotEqualTo(etag);
		assertThat(put.<String>json("$.body[0].value")).isEqualTo("Second");
		assertThat(put.<String>json("$.target.selector[0].exact")).isEqualTo("word08");
		assertThat(put.<String>json("$.canonical")).isEqualTo("urn:uuid:1");
		assertThat(put.body()).isEqualTo(get(path(id)).body());
		assertThat(sendAs("PUT", path(id), PROFILE, changed, "If-Match", etag).status()).isEqualTo(412);
		// A new target, and canonical and via left out: they stay.
		Answer moved = sendAs("PUT", path(id), PROFILE, """
				{"type": "Annotation", "motivation": "describing", "bodyValue": "Third",
				 "target": {"selector": {"type": "TextQuoteSelector", "exact": "word09"}}}
				""", "If-Match", put.header("ETag"));
		assertThat(moved.status()).as("%s", moved).isEqualTo(200);
		assertThat(moved.<String>json("$.target.selector[0].exact")).isEqualTo("word09");
		assertThat(moved.<String>json("$.motivation")).isEqualTo("describing");
		assertThat(moved.<String>json("$.via")).isEqualTo("https://elsewhere.example.org/anno/1");
		put = moved;

		String current = put.header("ETag");
		for (String[] change : List.of(new String[] { "urn:uuid:1", "urn:uuid:2" },
				new String[] { "https://elsewhere.example.org/anno/1", "https://elsewhere.example.org/anno/2" },
				new String[] { id, id + "0" })) {
			Answer conflict = sendAs("PUT", path(id), PROFILE, put.body().replace(change[0], change[1]), "If-Match",
					current);
			assertThat(conflict.status()).as("%s", conflict).isEqualTo(409);
			assertThat(conflict.contentType()).startsWith("application/problem+json");
		}
		assertThat(get(path(id)).header("ETag")).isEqualTo(current);
		assertThat(sendAs("PUT", path(id), "application/json", put.body(), "If-Match", current).status())
			.isEqualTo(415);
	}

	@Test
	@DisplayName("5.4 Delete an Existing Annotation: 204, gone from the container, and its IRI not used again")
	void delete() {
		String slug = createDocument(WORDS);
		String kept = annotate(slug, "word10");
		String deleted = annotate(slug, "word11");
		String etag = get(path(deleted)).header("ETag");
		assertThat(sendAs("DELETE", path(deleted), PROFILE, "").status()).isEqualTo(428);
		Answer answer = sendAs("DELETE", path(deleted), PROFILE, "", "If-Match", etag);
		assertThat(answer.status()).isEqualTo(204);
		assertThat(answer.bytes()).isEmpty();
		assertThat(get(path(deleted)).status()).isEqualTo(404);
		Answer container = get(container(slug), "Prefer", "return=representation; include=\"" + IRIS + "\"");
		assertThat(container.<Integer>json("$.total")).isEqualTo(1);
		assertThat(container.<List<String>>json("$.first.items")).containsExactly(kept);
		String next = annotate(slug, "word11");
		assertThat(next).isNotEqualTo(deleted);
	}

	@Test
	@DisplayName("4.1 Container Retrieval: the ETag changes with the container and revalidates with 304")
	void containerEtag() {
		String slug = createDocument(WORDS);
		annotate(slug, "word12");
		Answer before = get(container(slug));
		assertThat(get(container(slug), "If-None-Match", before.header("ETag")).status()).isEqualTo(304);
		String iri = annotate(slug, "word13");
		Answer after = get(container(slug));
		assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
		String changed = get(path(iri)).body().replace("On word13", "Changed");
		assertThat(sendAs("PUT", path(iri), PROFILE, changed, "If-Match", get(path(iri)).header("ETag")).status())
			.isEqualTo(200);
		assertThat(get(container(slug)).header("ETag")).isNotEqualTo(after.header("ETag"));
	}

}
