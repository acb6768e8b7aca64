package org.verbatim.document;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which revalidations the filter answers itself and which it passes on to the controller.
 */
class DocumentRevalidationTests {

	private static final String PATH = "/api/v1/documents/a-speech";

	private final AtomicInteger reads = new AtomicInteger();

	private DocumentRevalidation filter;

	private DocumentVersions versions;

	@BeforeEach
	void setUp() {
		DocumentRepository repository = Mockito.mock(DocumentRepository.class);
		Mockito.when(repository.findVersionBySlug(Mockito.anyString())).thenAnswer(call -> {
			this.reads.incrementAndGet();
			return call.getArgument(0).equals("a-speech") ? Optional.of(7L) : Optional.empty();
		});
		this.versions = new DocumentVersions(repository);
		this.filter = new DocumentRevalidation(this.versions);
	}

	/** The chain after the filter, or null if the filter answered. */
	private MockFilterChain filter(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		return chain;
	}

	private static MockHttpServletRequest request(String method, String uri, String ifNoneMatch) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
		request.addHeader("If-None-Match", ifNoneMatch);
		return request;
	}

	@Test
	void answersARememberedMatchingETagWithoutTheController() throws Exception {
		this.versions.etag("a-speech");
		for (String method : new String[] { "GET", "HEAD" }) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			MockFilterChain chain = filter(request(method, PATH, "\"7\""), response);
			assertThat(chain.getRequest()).as(method).isNull();
			assertThat(response.getStatus()).isEqualTo(304);
			assertThat(response.getHeader("ETag")).isEqualTo("\"7\"");
			assertThat(response.getContentAsByteArray()).isEmpty();
		}
		// Any of a list, as the controller compares them.
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(filter(request("GET", PATH, "\"3\", \"7\""), response).getRequest()).isNull();
		assertThat(response.getStatus()).isEqualTo(304);
		assertThat(this.reads).hasValue(1);
	}

	@Test
	void passesOnWhatItDoesNotKnowOrDoesNotMatch() throws Exception {
		// Not remembered yet: the controller reads it and remembers it, the filter
		// never reads.
		assertThat(filter(request("GET", PATH, "\"7\""), new MockHttpServletResponse()).getRequest()).isNotNull();
		assertThat(this.reads).hasValue(0);
		this.versions.etag("a-speech");
		this.versions.etag("gone");
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(filter(request("GET", PATH, "\"6\""), response).getRequest()).isNotNull();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(
				filter(request("GET", "/api/v1/documents/gone", "\"7\""), new MockHttpServletResponse()).getRequest())
			.isNotNull();
	}

	@Test
	void leavesOtherRequestsToSpringMvc() throws Exception {
		this.versions.etag("a-speech");
		MockHttpServletRequest query = request("GET", PATH, "\"7\"");
		query.setQueryString("unknown=1");
		MockHttpServletRequest noHeader = new MockHttpServletRequest("GET", PATH);
		for (MockHttpServletRequest request : new MockHttpServletRequest[] { query, noHeader,
				request("DELETE", PATH, "\"7\""), request("GET", PATH + "/text", "\"7\""),
				request("GET", PATH + "/", "\"7\""), request("GET", "/api/v1/documents/a%2Dspeech", "\"7\""),
				request("GET", "/api/v1/documents/", "\"7\""), request("GET", "/api/v1/quotes/a-speech", "\"7\"") }) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			assertThat(filter(request, response).getRequest()).as(request.getMethod() + " " + request.getRequestURI())
				.isNotNull();
			assertThat(response.getStatus()).isEqualTo(200);
		}
	}

}
