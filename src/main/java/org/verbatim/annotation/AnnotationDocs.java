package org.verbatim.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.core.annotation.AliasFor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The OpenAPI description that the operations of {@link AnnotationsController} share: the
 * two representations of an annotation, and the answers and header of its changes. (The
 * content of every error answer is the problem schema, set for all operations.)
 */
final class AnnotationDocs {

	private AnnotationDocs() {
	}

	/** The annotation in either representation, as the client asked for it. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(content = {
			@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = AnnotationView.class)),
			@Content(mediaType = AnnotationsController.JSON_LD,
					schema = @Schema(implementation = WebAnnotation.class)) })
	@interface Represented {

		@AliasFor(annotation = ApiResponse.class)
		String responseCode();

		@AliasFor(annotation = ApiResponse.class)
		String description();

	}

	/**
	 * The answers of a write to a request without an editor's token, or another editor's.
	 */
	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "401", description = "No editor's token")
	@ApiResponse(responseCode = "403", description = "This editor may not make this change")
	@interface ForEditors {

	}

	/** The answers of a change of an annotation besides its own. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ForEditors
	@ApiResponse(responseCode = "412",
			description = "Changed since the ETag in `If-Match`; `currentETag` names the version to start from")
	@ApiResponse(responseCode = "428", description = "`If-Match` is missing")
	@interface Changes {

	}

	/** The {@code If-Match} header of a change. */
	@Target(ElementType.PARAMETER)
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
			description = "The annotation's current ETag, from GET: the change is made only if nobody changed the "
					+ "annotation since (428 without it, 412 when stale)",
			example = "\"\\\"0\\\"\"")
	@interface IfMatch {

	}

}
