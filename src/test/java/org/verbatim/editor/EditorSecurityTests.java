package org.verbatim.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads are public; anything else needs an editor's bearer token, and a refusal is a
 * problem. (There is no write operation yet, so an editor's write reaches a 405: past
 * authentication.)
 */
class EditorSecurityTests extends ApiTest {

	@LocalServerPort
	private int port;

	@Autowired
	private FilterChainProxy securityFilters;

	@Autowired
	private StrictHttpFirewall httpFirewall;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/quotes", "/api/v1/documents/the-only-correct-decision", "/v3/api-docs",
			"/actuator/health" })
	void readsNeedNoToken(String path) {
		assertThat(get(path).status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "PATCH", "DELETE" })
	void writesWithoutATokenAre401Problems(String method) {
		Answer answer = send(method, "/api/v1/documents", "{}");
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(answer.<String>json("$.detail")).contains("Authorization: Bearer");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bearer wrong-token-wrong-token", "Bearer ", "Basic dGVzdGVyOnRlc3Q=",
			"Bearer " + EDITOR_TOKEN + "x" })
	void aWrongTokenIsA401Problem(String authorization) {
		Answer answer = send("POST", "/api/v1/documents", "{}", "Authorization", authorization);
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.header("WWW-Authenticate")).contains("invalid_token");
	}

	@Test
	void anEditorsTokenPassesAuthentication() {
		Answer answer = send("POST", "/api/v1/documents", "{}", "Authorization", "Bearer " + EDITOR_TOKEN);
		// Past authentication, the empty body is judged on its content.
		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.<String>json("$.errors[0].pointer")).isEqualTo("/title");
	}

	@Test
	void readsStayCacheable() {
		Answer answer = get("/api/v1/documents/the-only-correct-decision/text");
		assertThat(answer.header("Cache-Control")).doesNotContain("no-store");
	}

	@Test
	void swaggerUiOffersTheBearerScheme() {
		assertThat(get("/v3/api-docs").<String>json("$.components.securitySchemes.editorToken.scheme"))
			.isEqualTo("bearer");
	}

	@Test
	void theFirewallInUseIsTheOneWithoutRegularExpressions() {
		// Spring Security wraps its filter chain proxy in another one, whose firewall
		// it never uses.
		Object proxy = this.securityFilters;
		if (ReflectionUtils.findField(proxy.getClass(), "springSecurityFilterChain") != null) {
			proxy = ReflectionTestUtils.getField(proxy, "springSecurityFilterChain");
		}
		Object inUse = ReflectionTestUtils.getField(proxy, "firewall");
		assertThat(inUse).isSameAs(this.httpFirewall);
		assertThat(ReflectionTestUtils.getField(inUse, "allowedHeaderNames")).isSameAs(FirewallCharacters.NAME);
		assertThat(ReflectionTestUtils.getField(inUse, "allowedHeaderValues"))
			.isSameAs(FirewallCharacters.HEADER_VALUE);
		assertThat(ReflectionTestUtils.getField(inUse, "allowedParameterNames")).isSameAs(FirewallCharacters.NAME);
	}

	@Test
	void aControlCharacterInAHeaderIsA400Problem() throws IOException {
		// Raw bytes, so that the header reaches the server as written (U+0085 is a C1
		// control character, which Tomcat lets through and the firewall refuses).
		String answer = raw("GET /api/v1/quotes HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\u0085\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).contains("application/problem+json");
		assertThat(answer).contains("characters it does not accept");
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
