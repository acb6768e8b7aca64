package org.verbatim.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the OpenAPI description promises beyond what springdoc derives: the answers the
 * request mapping itself gives (406, 415), that reads need no token, the tags in reading
 * order, and schemas that say what the API accepts ({@link SchemaForms}). The content of
 * every error answer is the problem schema, which {@code OpenApiConfiguration} sets.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiContract {

	/**
	 * 406 where the mapping names what it produces, 415 where it names what it consumes.
	 */
	@Bean
	OperationCustomizer mappingResponses() {
		return (operation, handler) -> {
			String[] produces = mapped(handler.getMethod(), handler.getBeanType(), RequestMapping::produces);
			String[] consumes = mapped(handler.getMethod(), handler.getBeanType(), RequestMapping::consumes);
			ApiResponses responses = operation.getResponses();
			if (produces.length > 0 && !responses.containsKey("406")) {
				responses.addApiResponse("406", new ApiResponse().description(
						"`Accept` names no media type this operation answers with: " + String.join(", ", produces)));
			}
			if (consumes.length > 0 && !responses.containsKey("415")) {
				// The body's documented media types: one operation may be mapped by
				// several
				// methods, one per media type.
				var taken = (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null)
						? operation.getRequestBody().getContent().keySet() : List.of(consumes);
				responses.addApiResponse("415", new ApiResponse().description(
						"The body's `Content-Type` is not one this operation takes: " + String.join(", ", taken)));
			}
			return operation;
		};
	}

	/**
	 * Every operation without a security requirement of its own is a public read: it says
	 * so with an empty one, since the root requires the editor's token.
	 */
	@Bean
	OpenApiCustomizer publicReadsAndTagOrder() {
		return openApi -> {
			openApi.getPaths()
				.values()
				.forEach(path -> path.readOperations().forEach(OpenApiContract::publicUnlessSecured));
			List<String> order = OpenApiConfiguration.TAGS.stream().map(Tag::getName).toList();
			List<Tag> tags = new ArrayList<>(openApi.getTags());
			tags.sort(Comparator.comparingInt(tag -> {
				int index = order.indexOf(tag.getName());
				return (index < 0) ? order.size() : index;
			}));
			openApi.setTags(tags);
		};
	}

	@Bean
	OpenApiCustomizer schemaForms() {
		return SchemaForms::apply;
	}

	private static void publicUnlessSecured(Operation operation) {
		if (operation.getSecurity() == null) {
			operation.setSecurity(new ArrayList<>());
		}
	}

	/**
	 * What the handler's mapping produces or consumes: the method's own, else its
	 * controller's, as Spring MVC applies them.
	 */
	private static String[] mapped(Method method, Class<?> controller, Function<RequestMapping, String[]> attribute) {
		RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
		String[] own = (onMethod != null) ? attribute.apply(onMethod) : new String[0];
		if (own.length > 0) {
			return own;
		}
		RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
		return (onType != null) ? attribute.apply(onType) : own;
	}

}
