package org.verbatim.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The endpoints that write a record addressed by slug (people, organisations, events,
 * topics), as composed annotations: each maps its request, asks for the editor's token
 * and documents the answers that every such endpoint gives, so that a controller names
 * only what is its own. The content of every error answer is the problem schema, which
 * {@code OpenApiConfiguration} sets.
 */
public final class SlugEndpoints {

	private static final String MALFORMED = "Not JSON of this shape, or an unknown field";

	private static final String NO_TOKEN = "No editor's token";

	private static final String NO_IF_MATCH = "No `If-Match`";

	private static final String STORED = "Stored; `ETag` is the new version";

	private static final String STALE = "Changed since the version in `If-Match`; nothing was stored";

	private SlugEndpoints() {
	}

	/**
	 * On a controller: how its records' slug in the path is documented, once for all its
	 * operations ({@code OpenApiConfiguration} applies it).
	 */
	@Documented
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	public @interface Slug {

		/** The record, as in "The event's slug". */
		String of();

		/** A slug of the seeded data. */
		String example();

	}

	/** POST of a new record to its collection. */
	@Documented
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@RequestMapping(method = RequestMethod.POST, consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(security = @SecurityRequirement(name = "editorToken"))
	@ApiResponse(responseCode = "400", description = MALFORMED)
	@ApiResponse(responseCode = "401", description = NO_TOKEN)
	@ApiResponse(responseCode = "409", description = "The slug is taken")
	@Answer201
	@Answer422
	public @interface Create {

		/** The operation's id, a verb and the record: {@code createEvent}. */
		@AliasFor(annotation = Operation.class)
		String operationId();

		@AliasFor(annotation = Operation.class)
		String summary();

		@AliasFor(annotation = Operation.class)
		String description();

		/** The 201 answer. */
		@AliasFor(annotation = Answer201.class, attribute = "value")
		String created();

		/** The 422 answer. */
		@AliasFor(annotation = Answer422.class, attribute = "value")
		String refused() default "A field cannot be stored; `errors` names it by JSON Pointer";

	}

	/** PUT of a record's new state. */
	@Documented
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@RequestMapping(method = RequestMethod.PUT, path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(security = @SecurityRequirement(name = "editorToken"))
	@ApiResponse(responseCode = "400", description = MALFORMED)
	@ChangeAnswers
	@Answer422
	public @interface Replace {

		/** The operation's id, a verb and the record: {@code createEvent}. */
		@AliasFor(annotation = Operation.class)
		String operationId();

		@AliasFor(annotation = Operation.class)
		String summary();

		@AliasFor(annotation = Operation.class)
		String description() default "Replaces every field but the slug with the body (what is left out is "
				+ "removed), if `If-Match` names the current version.";

		/** The 422 answer. */
		@AliasFor(annotation = Answer422.class, attribute = "value")
		String refused() default "A field cannot be stored, or the slug differs; nothing was stored";

	}

	/** PATCH of some of a record's fields, as a JSON merge patch. */
	@Documented
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@RequestMapping(method = RequestMethod.PATCH, path = "/{slug}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(security = @SecurityRequirement(name = "editorToken"))
	@ChangeAnswers
	@Answer422
	public @interface Patch {

		/** The operation's id, a verb and the record: {@code createEvent}. */
		@AliasFor(annotation = Operation.class)
		String operationId();

		@AliasFor(annotation = Operation.class)
		String summary();

		@AliasFor(annotation = Operation.class)
		String description() default "A JSON merge patch (RFC 7386) of the fields to change, applied to the record "
				+ "as GET shows it in the shape of the POST body; `null` removes a field, and a list is replaced "
				+ "whole. The result is checked and stored as a PUT.";

		/** The body: the record's input as its schema, with an example. */
		@AliasFor(annotation = Operation.class)
		RequestBody requestBody();

		/** The 422 answer. */
		@AliasFor(annotation = Answer422.class, attribute = "value")
		String refused() default "The patched record cannot be stored; nothing was stored";

	}

	/** DELETE of a record. */
	@Documented
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@RequestMapping(method = RequestMethod.DELETE, path = "/{slug}")
	@Operation(security = @SecurityRequirement(name = "editorToken"))
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "401", description = NO_TOKEN)
	@ApiResponse(responseCode = "412", description = "Changed since the version in `If-Match`; nothing was deleted")
	@ApiResponse(responseCode = "428", description = NO_IF_MATCH)
	public @interface Delete {

		/** The operation's id, a verb and the record: {@code createEvent}. */
		@AliasFor(annotation = Operation.class)
		String operationId();

		@AliasFor(annotation = Operation.class)
		String summary();

		@AliasFor(annotation = Operation.class)
		String description();

	}

	/** What a PUT or PATCH of a record answers besides 400 and 422. */
	@Target(ElementType.ANNOTATION_TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = STORED)
	@ApiResponse(responseCode = "401", description = NO_TOKEN)
	@ApiResponse(responseCode = "412", description = STALE)
	@ApiResponse(responseCode = "428", description = NO_IF_MATCH)
	public @interface ChangeAnswers {

	}

	/** A 201 answer whose description the composed annotation gives. */
	@Target(ElementType.ANNOTATION_TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "201")
	public @interface Answer201 {

		@AliasFor(annotation = ApiResponse.class, attribute = "description")
		String value() default "";

	}

	/** A 422 answer whose description the composed annotation gives. */
	@Target(ElementType.ANNOTATION_TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "422")
	public @interface Answer422 {

		@AliasFor(annotation = ApiResponse.class, attribute = "description")
		String value() default "";

	}

}
