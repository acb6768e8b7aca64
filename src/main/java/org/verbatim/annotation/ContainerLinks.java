package org.verbatim.annotation;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The {@code Link} headers that the W3C Web Annotation Protocol (4.1) asks of every
 * answer of an annotation container, its problems included: its type
 * ({@code ldp:BasicContainer}) and the constraints it imposes. Set before the request is
 * handled, so that they stand whatever the outcome; a page of the container is not the
 * container and has none.
 */
@Component
class ContainerLinks extends OncePerRequestFilter {

	static final String LINKS = "<http://www.w3.org/ns/ldp#BasicContainer>; rel=\"type\", "
			+ "<http://www.w3.org/TR/annotation-protocol/>; rel=\"http://www.w3.org/ns/ldp#constrainedBy\"";

	private static final Pattern CONTAINER = Pattern.compile("/api/v1/documents/[^/]+/annotations/");

	private static final Pattern PAGE = Pattern.compile("(^|&)page=");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (CONTAINER.matcher(request.getRequestURI()).matches() && (query == null || !PAGE.matcher(query).find())) {
			response.addHeader(HttpHeaders.LINK, LINKS);
		}
		chain.doFilter(request, response);
	}

}
