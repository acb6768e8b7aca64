package org.verbatim.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Swagger UI is served with a Content-Security-Policy that lets it load what it needs
 * from this server and nothing else, and API answers with one that lets nothing run; both
 * with a Referrer-Policy.
 */
class ResponseHeadersApiTests extends ApiTest {

	private static final Pattern TAG = Pattern.compile("<(script|link|style|img|iframe|object)\\b([^>]*)>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTE = Pattern.compile("\\b(src|href|rel)\\s*=\\s*\"([^\"]*)\"");

	/** The directives of a policy, each with its sources. */
	private static Map<String, List<String>> directives(String policy) {
		return Arrays.stream(policy.split(";"))
			.map(String::strip)
			.filter(directive -> !directive.isEmpty())
			.map(directive -> directive.split("\\s+"))
			.collect(Collectors.toMap(parts -> parts[0], parts -> List.of(parts).subList(1, parts.length)));
	}

	@Test
	void theUiMayLoadFromThisServerOnlyAndRunNoInlineScript() {
		Answer page = get("/swagger-ui/index.html");
		assertThat(page.status()).isEqualTo(200);
		Map<String, List<String>> policy = directives(page.header("Content-Security-Policy"));
		assertThat(policy.get("script-src")).containsExactly("'self'");
		assertThat(policy.get("default-src")).containsExactly("'self'");
		assertThat(policy.get("connect-src")).containsExactly("'self'");
		assertThat(policy.get("frame-ancestors")).containsExactly("'none'");
		assertThat(policy.get("object-src")).containsExactly("'none'");
		assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");

		// Everything the page references comes from this server, as the policy requires,
		// and is there.
		String html = page.body();
		assertThat(html).doesNotContainPattern("(?i)<style\\b").doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
		List<String> referenced = new ArrayList<>();
		Matcher tag = TAG.matcher(html);
		while (tag.find()) {
			String name = tag.group(1).toLowerCase();
			Map<String, String> attributes = new java.util.HashMap<>();
			Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
			while (attribute.find()) {
				attributes.put(attribute.group(1), attribute.group(2));
			}
			assertThat(name).as("element the policy forbids or that is inline").isIn("script", "link");
			String url = name.equals("script") ? attributes.get("src") : attributes.get("href");
			assertThat(url).as("%s without a URL (inline)", name).isNotBlank();
			referenced.add(url);
		}
		assertThat(html.split("(?i)<script\\b", -1).length - 1).as("scripts with src")
			.isEqualTo((int) referenced.stream().filter(url -> url.endsWith(".js")).count());
		assertThat(referenced).anyMatch(url -> url.endsWith("swagger-ui-bundle.js"))
			.anyMatch(url -> url.endsWith(".css"));
		for (String url : referenced) {
			assertThat(url).as("same origin").doesNotContain("//").doesNotStartWith("data:");
			Answer resource = get("/swagger-ui/" + url.replaceFirst("^\\./", ""));
			assertThat(resource.status()).as(url).isEqualTo(200);
		}
		// The UI reads its configuration, then the API description, from this server
		// (connect-src 'self'); the configuration's URL replaces the initializer's
		// example.
		String initializer = get("/swagger-ui/swagger-initializer.js").body();
		assertThat(initializer).contains("\"configUrl\" : \"/v3/api-docs/swagger-config\"");
		Answer config = get("/v3/api-docs/swagger-config");
		assertThat(config.status()).isEqualTo(200);
		assertThat((String) config.json("$.url")).startsWith("/").doesNotStartWith("//");
		assertThat(get(config.json("$.url")).status()).isEqualTo(200);
	}

	@Test
	void theUiEntryPointHasTheUiPolicy() {
		Answer entry = get("/swagger-ui.html");
		assertThat(directives(entry.header("Content-Security-Policy")).get("script-src")).containsExactly("'self'");
		assertThat(entry.header("Referrer-Policy")).isEqualTo("same-origin");
	}

	@Test
	void apiAnswersLetNothingRunAndSendNoReferrer() {
		for (String path : List.of("/api/v1/quotes", "/api/v1/documents/nothing", "/v3/api-docs", "/actuator/health")) {
			Answer answer = get(path);
			Map<String, List<String>> policy = directives(answer.header("Content-Security-Policy"));
			assertThat(policy.get("default-src")).as(path).containsExactly("'none'");
			assertThat(policy.get("frame-ancestors")).as(path).containsExactly("'none'");
			assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
		}
	}

}
