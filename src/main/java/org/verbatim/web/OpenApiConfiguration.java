package org.verbatim.web;

import java.util.List;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.tags.Tag;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The OpenAPI description's front page: what Verbatim is and the conventions every
 * endpoint follows.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** The security scheme of writes. */
	static final String EDITOR_TOKEN = "editorToken";

	/** The tags, in the order a newcomer reads them; {@link OpenApiContract} keeps it. */
	static final List<Tag> TAGS = List.of(
			tag("Search", "Full-text search over quotes, documents and events, with highlights, offsets and facets"),
			tag("Quotes", "Who said what, when and where, anchored in the text"),
			tag("Documents", "Articles, speeches and interviews, stored verbatim"),
			tag("People", "Authors and speakers, under every spelling of their names"),
			tag("Organisations", "Institutions and bodies"),
			tag("Events", "Speeches, forums, elections, agreements, with dates as precise as known"),
			tag("Topics", "The topic hierarchy; a topic filter includes its subtopics"),
			tag("Annotations",
					"Notes on spans of a document's text, with W3C motivations; also as W3C Web Annotations (JSON-LD)"),
			tag("Import", "Bulk loading: NDJSON, one document with its quotes and annotations per line"),
			tag(PingController.TAG, "The service itself: a constant answer for load benchmarks"));

	private static final String DESCRIPTION = """
			An annotated archive of political speeches and articles. Every quote is anchored to the \
			exact words of its source; every speaker is findable under any spelling of their name; \
			every date says how precisely it is known.

			**Conventions**
			- Offsets are Unicode code points into `GET /api/v1/documents/{slug}/text`, half-open \
			`[start, end)`.
			- Dates are shown at their precision (`2023-06-28`, `2023-06` or `2023`) with the interval \
			they stand for; inferred dates ("last year") say so and quote the phrase.
			- `from`/`to` accept `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and match by overlap: `from=2023&to=2023` \
			finds everything whose date touches 2023.
			- `speaker` takes a slug or any name variant (case and accents ignored): `lukashenko`, \
			`Alyaksandr Lukashenka` and `Лукашенко` are the same man.
			- `topic` takes a slug and includes its subtopics.
			- Lists are paged with `page` (from 0) and `size` (1 to 100, default 20) and report the total.
			- Errors are RFC 9457 `application/problem+json` naming the parameter and what is accepted; \
			unknown query parameters are refused rather than ignored.

			Try: `GET /api/v1/quotes?speaker=lukashenko&from=2023&to=2023`.""";

	@Bean
	OpenAPI verbatimOpenApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		String version = (properties != null) ? properties.getVersion() : "development";
		return new OpenAPI()
			.components(new Components().addSecuritySchemes(EDITOR_TOKEN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("An editor's token, configured in VERBATIM_EDITOR_TOKENS; reads need none")))
			// Writes need the token; each read says it needs none (OpenApiContract).
			.addSecurityItem(new SecurityRequirement().addList(EDITOR_TOKEN))
			// Relative, so that the description holds wherever the service is deployed.
			.addServersItem(new Server().url("/").description("This service"))
			.info(new Info().title("Verbatim API").version(version).description(DESCRIPTION))
			.tags(new java.util.ArrayList<>(TAGS.stream().map(t -> tag(t.getName(), t.getDescription())).toList()));
	}

	/**
	 * Describes the {@code slug} path parameter as its controller's
	 * {@link SlugEndpoints.Slug} says.
	 */
	@Bean
	OperationCustomizer slugParameters() {
		return (operation, handler) -> {
			SlugEndpoints.Slug slug = handler.getBeanType().getAnnotation(SlugEndpoints.Slug.class);
			if (slug != null && operation.getParameters() != null) {
				operation.getParameters()
					.stream()
					.filter(parameter -> "path".equals(parameter.getIn()) && "slug".equals(parameter.getName()))
					.forEach(
							parameter -> parameter.description("The " + slug.of() + "'s slug").example(slug.example()));
			}
			return operation;
		};
	}

	/**
	 * Documents the error answers every operation can give, with the problem schema,
	 * beside the 200 that springdoc derives from the return type: 400 everywhere (unknown
	 * query parameters are refused), 404 where it takes a slug or id, and 503 (database
	 * unavailable) everywhere but on the operations about the service itself, which read
	 * no database.
	 */
	@Bean
	OpenApiCustomizer problemResponses(@Value("${verbatim.request.max-body-size}") DataSize maxBody) {
		return openApi -> {
			ModelConverters.getInstance().readAll(Problem.class).forEach(openApi.getComponents()::addSchemas);
			Content problem = new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
			openApi.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
				ApiResponses responses = operation.getResponses();
				var parameters = (operation.getParameters() != null) ? operation.getParameters()
						: java.util.List.<Parameter>of();
				// Unknown query parameters are refused everywhere; a body's own 400 is
				// documented by writeResponses.
				if (parameters.stream().anyMatch(p -> "query".equals(p.getIn()))
						|| (operation.getRequestBody() == null && !responses.containsKey("400"))) {
					responses.addApiResponse("400", new ApiResponse()
						.description("A parameter is malformed or not accepted (unknown query parameters are refused); "
								+ "the problem names it and what is accepted")
						.content(problem));
				}
				if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
					responses.addApiResponse("404",
							new ApiResponse().description("Nothing has this slug or id").content(problem));
				}
				if (operation.getTags() == null || !operation.getTags().contains(PingController.TAG)) {
					responses.addApiResponse("503",
							new ApiResponse()
								.description("The database cannot be reached; try again after Retry-After seconds")
								.content(problem));
				}
				if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
					writeResponses(method, operation, responses, problem, maxBody);
				}
				// Every error answer is a problem, whatever an annotation left as its
				// content.
				responses.forEach((code, response) -> {
					if (code.startsWith("4") || code.startsWith("5")) {
						response.setContent(problem);
					}
				});
			}));
		};
	}

	/** What every write may answer besides its success, unless it documents its own. */
	private static void writeResponses(PathItem.HttpMethod method, io.swagger.v3.oas.models.Operation operation,
			ApiResponses responses, Content problem, DataSize maxBody) {
		java.util.function.BiConsumer<String, String> add = (code, description) -> {
			if (!responses.containsKey(code)) {
				responses.addApiResponse(code, new ApiResponse().description(description).content(problem));
			}
		};
		add.accept("401", "No editor's token, or one the archive does not know");
		add.accept("403", "The token's editor may not do this");
		if (operation.getRequestBody() != null) {
			add.accept("400", "The body is not JSON of this shape, or has an unknown field; `pointer` says where");
			if (!"Import".equals(firstTag(operation))) {
				add.accept("422", "Something in the body cannot be stored (an anchor that does not match or is "
						+ "ambiguous, an unknown slug, a missing field); `errors` names each by JSON Pointer. Nothing "
						+ "was stored.");
				add.accept("413", "The body is larger than " + maxBody.toBytes() + " bytes (`limit` in the problem); "
						+ "refused before it is read. Nothing was stored.");
			}
		}
		if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
				|| method == PathItem.HttpMethod.DELETE) {
			add.accept("412", "Changed since the version in `If-Match`; nothing was changed. `currentETag` is the "
					+ "version now.");
			add.accept("428", "No `If-Match`: changes must name the version they were made from");
		}
		if (method == PathItem.HttpMethod.DELETE) {
			add.accept("409", "Still referred to; `conflicts` names the referrers");
		}
	}

	private static Tag tag(String name, String description) {
		return new Tag().name(name).description(description);
	}

	private static String firstTag(io.swagger.v3.oas.models.Operation operation) {
		return (operation.getTags() != null && !operation.getTags().isEmpty()) ? operation.getTags().get(0) : "";
	}

}
