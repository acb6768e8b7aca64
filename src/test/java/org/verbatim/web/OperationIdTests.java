package org.verbatim.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.junit.jupiter.api.Test;
import org.verbatim.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operation ids are what generated clients name their methods: chosen by hand on every
 * operation, unique, and a verb with its object in camel case.
 */
class OperationIdTests extends ApiTest {

	static final List<String> OPERATION_IDS = List.of("searchArchive", "listQuotes", "getQuote", "createQuote",
			"replaceQuote", "patchQuote", "deleteQuote", "listDocuments", "getDocument", "getDocumentText",
			"createDocument", "replaceDocument", "patchDocument", "deleteDocument", "listPeople", "getPerson",
			"listPersonQuotes", "createPerson", "replacePerson", "patchPerson", "deletePerson", "listOrganisations",
			"getOrganisation", "listOrganisationQuotes", "createOrganisation", "replaceOrganisation",
			"patchOrganisation", "deleteOrganisation", "listEvents", "getEvent", "createEvent", "replaceEvent",
			"patchEvent", "deleteEvent", "listTopics", "getTopic", "createTopic", "replaceTopic", "patchTopic",
			"deleteTopic", "listDocumentAnnotations", "createAnnotation", "getAnnotation", "replaceAnnotation",
			"patchAnnotation", "deleteAnnotation", "getAnnotationContainer", "createContainerAnnotation",
			"getContainerAnnotation", "replaceContainerAnnotation", "deleteContainerAnnotation", "importDocuments",
			"ping");

	private static final String VERB_AND_OBJECT = "(list|get|search|create|replace|patch|delete|import|ping)"
			+ "([A-Z][a-z]+)*";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyApiHandlerNamesItsOperationId() {
		int api = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			if (mapping.getKey().getPatternValues().stream().noneMatch(path -> path.startsWith("/api/"))) {
				continue;
			}
			Operation operation = AnnotatedElementUtils.findMergedAnnotation(mapping.getValue().getMethod(),
					Operation.class);
			assertThat(operation).as("@Operation on %s", mapping.getValue()).isNotNull();
			if (!operation.hidden()) {
				assertThat(operation.operationId()).as("operationId of %s", mapping.getValue())
					.matches(VERB_AND_OBJECT);
				api++;
			}
		}
		assertThat(api).isEqualTo(OPERATION_IDS.size());
	}

	@Test
	void theDescriptionHasEachOperationIdOnce() {
		List<String> served = get("/v3/api-docs").list("$.paths.*.*.operationId")
			.stream()
			.map(String::valueOf)
			.toList();
		assertThat(served).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(OPERATION_IDS);
		assertThat(served).allSatisfy(id -> assertThat(id).matches(VERB_AND_OBJECT));
	}

}
