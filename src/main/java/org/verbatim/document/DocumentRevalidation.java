package org.verbatim.document;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a revalidation of {@code GET /api/v1/documents/{slug}} with 304 ahead of Spring
 * MVC when the document's ETag is remembered and matches: handler lookup, argument
 * resolution and the response entity were most of what a 304 cost over a constant answer.
 * Everything else (an ETag not remembered or not matching, a query string, another path)
 * goes on to the controller, which answers the same way and remembers the ETag.
 * <p>
 * Runs after Spring Security's chain (lowest precedence), so its rules and headers apply
 * to these answers as to any other.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DocumentRevalidation extends OncePerRequestFilter {

	private static final String PREFIX = "/api/v1/documents/";

	private final DocumentVersions versions;

	DocumentRevalidation(DocumentVersions versions) {
		this.versions = versions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		// With a query string the controller's checks (unknown parameters: 400) decide.
		return !(method.equals("GET") || method.equals("HEAD")) || request.getHeader(HttpHeaders.IF_NONE_MATCH) == null
				|| request.getQueryString() != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String slug = slug(request);
		String etag = (slug != null) ? this.versions.remembered(slug) : null;
		// checkNotModified compares If-None-Match as the controller does and, when it
		// matches, sets the 304 and the ETag header.
		if (etag != null && new ServletWebRequest(request, response).checkNotModified(etag)) {
			return;
		}
		chain.doFilter(request, response);
	}

	/** The slug of a document's own path, or null for any other path. */
	private static @Nullable String slug(HttpServletRequest request) {
		String uri = request.getRequestURI();
		int start = request.getContextPath().length() + PREFIX.length();
		if (uri.length() <= start || !uri.startsWith(PREFIX, start - PREFIX.length())) {
			return null;
		}
		for (int i = start; i < uri.length(); i++) {
			char c = uri.charAt(i);
			// Slug characters only: an encoded or further segment goes to the controller.
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
				return null;
			}
		}
		return uri.substring(start);
	}

}
