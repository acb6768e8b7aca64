package org.verbatim.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query strings that cannot be decoded ({@link QueryStrings}) and query
 * parameters an API operation does not take. A researcher who types
 * {@code speakr=lukashenko} must learn of the typo, not receive the whole archive as if
 * it were the answer.
 */
class UnknownParameterInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !request.getRequestURI().startsWith("/api/")) {
			return true;
		}
		QueryStrings.check(request.getQueryString());
		Set<String> accepted = new LinkedHashSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
			if (annotation != null) {
				String name = !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
				accepted.add(name);
			}
		}
		for (String name : new TreeSet<>(request.getParameterMap().keySet())) {
			String[] values = request.getParameterValues(name);
			if (!accepted.contains(name)) {
				throw new InvalidParameterException(name, String.join(",", values),
						accepted.isEmpty() ? "no query parameters on this operation"
								: "only these parameters: " + String.join(", ", accepted),
						"Unknown parameter '" + name + "'.");
			}
			if (values.length > 1) {
				// Spring would join the values with commas and filter on that: refuse
				// instead.
				throw new InvalidParameterException(name, String.join(",", values), "one value, given once",
						"Parameter '" + name + "' is given " + values.length + " times.");
			}
		}
		return true;
	}

}
