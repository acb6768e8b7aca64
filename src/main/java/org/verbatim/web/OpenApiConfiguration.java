package org.verbatim.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.tags.Tag;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's front page: what Verbatim is and the conventions every
 * endpoint follows.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

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
			.info(new Info().title("Verbatim API")
				.version(version)
				.description(DESCRIPTION)
				.license(new License().name("Source code: see the repository")))
			.addTagsItem(new Tag().name("Documents").description("Articles, speeches and interviews, stored verbatim"))
			.addTagsItem(new Tag().name("Quotes").description("Who said what, when and where, anchored in the text"))
			.addTagsItem(
					new Tag().name("People").description("Authors and speakers, under every spelling of their names"))
			.addTagsItem(new Tag().name("Organisations").description("Institutions and bodies"))
			.addTagsItem(new Tag().name("Events")
				.description("Speeches, forums, elections, agreements, with dates as " + "precise as known"))
			.addTagsItem(new Tag().name("Topics").description("The topic hierarchy"));
	}

}
