package org.verbatim.editor;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The Content-Security-Policy and Referrer-Policy of every answer. The Swagger UI loads
 * its scripts, styles and the API description from this server only; API answers are
 * data, which a browser may neither run nor frame. Caching stays allowed: reads are
 * cacheable (ETags, 304s), which Spring Security's default would forbid.
 */
final class ResponseHeaders {

	/**
	 * The Swagger UI: scripts, styles and requests to this server only. Inline styles are
	 * allowed because the UI's components set style attributes; inline scripts are not.
	 * Images may be data: URIs (its stylesheet's icons).
	 */
	static final String UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Everything else is data: nothing in it may load, run or be framed. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	private static final RequestMatcher UI = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));

	private ResponseHeaders() {
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> configured() {
		return headers -> headers.cacheControl(cache -> cache.disable())
			.addHeaderWriter(only(UI, new ContentSecurityPolicyHeaderWriter(UI_POLICY)))
			.addHeaderWriter(only(UI, new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN)))
			.addHeaderWriter(only(new NegatedRequestMatcher(UI), new ContentSecurityPolicyHeaderWriter(API_POLICY)))
			.addHeaderWriter(
					only(new NegatedRequestMatcher(UI), new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER)));
	}

	private static HeaderWriter only(RequestMatcher requests, HeaderWriter writer) {
		return new DelegatingRequestMatcherHeaderWriter(requests, writer);
	}

}
