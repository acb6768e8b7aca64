package org.verbatim.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.verbatim.search.SearchViews.SearchResults;
import org.verbatim.shared.DateRange;
import org.verbatim.web.ApiDocs;
import org.verbatim.web.PageQuery;
import org.verbatim.web.Params;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Search")
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping
	@Operation(operationId = "searchArchive", summary = "Search quotes, documents and events by their words",
			description = """
					Results are ranked by relevance. Each hit has passages as escaped HTML, with the matched \
					words marked `<mark>...</mark>` (the only markup), and, for quotes and documents, the \
					code-point offsets of every marked word in the document's text \
					(`/api/v1/documents/{slug}/text`). Facet counts cover every hit, not just the page.

					**Query language** (`q`), case and accents ignored, Latin and Cyrillic alike:
					- words: all must match; English words match their other forms (`integrate` finds \
					"integration"), Russian words likewise
					- `"an exact phrase"`
					- `-word` excludes
					- `OR` between alternatives: `electricity OR gas`

					Examples: `electricity`, `"Union State"`, `integration -economic`, `electricity OR oil`.""")
	SearchResults search(
			@Parameter(description = "What to look for, in the query language above", required = true,
					example = "electricity") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "quote, document or event, or several separated by commas; all when absent",
					example = "document") @RequestParam(required = false) @Nullable String type,
			@ApiDocs.Speaker @RequestParam(required = false) @Nullable String speaker,
			@ApiDocs.Topic @RequestParam(required = false) @Nullable String topic,
			@ApiDocs.From @RequestParam(required = false) @Nullable String from,
			@ApiDocs.To @RequestParam(required = false) @Nullable String to,
			@Parameter(description = "A kind of quote, document or event (see the list endpoints)",
					example = "ARTICLE") @RequestParam(required = false) @Nullable String kind,
			@Parameter(description = "Only hits in this document (its slug)",
					example = "the-only-correct-decision") @RequestParam(required = false) @Nullable String document,
			@ApiDocs.Page @RequestParam(required = false) @Nullable Integer page,
			@ApiDocs.Size @RequestParam(required = false) @Nullable Integer size) {
		String query = (q != null) ? q : "";
		var request = new SearchService.Request(query, SearchService.types(type), DateRange.parse(from, to),
				SearchService.kind(kind), Params.text(topic), Params.text(speaker), Params.text(document));
		return this.search.search(request, PageQuery.of(page, size));
	}

}
