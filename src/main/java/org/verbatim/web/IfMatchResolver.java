package org.verbatim.web;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds a parameter annotated {@link ApiDocs.IfMatch} to the request's {@code If-Match}
 * header, or null when it is missing, so that each write names the header once, with its
 * documentation; {@link Preconditions} decides what a missing one means.
 */
final class IfMatchResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(ApiDocs.IfMatch.class) && parameter.getParameterType() == String.class;
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		return request.getHeader(HttpHeaders.IF_MATCH);
	}

}
