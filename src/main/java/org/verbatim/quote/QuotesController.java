package org.verbatim.quote;

import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.DateRange;
import org.verbatim.web.ApiDocs;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;
import org.verbatim.web.Params;
import org.verbatim.web.SortOption;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class QuotesController {

	private final QuoteService quotes;

	QuotesController(QuoteService quotes) {
		this.quotes = quotes;
	}

	@GetMapping("/quotes")
	@Tag(name = "Quotes")
	@Operation(operationId = "listQuotes", summary = "List quotes",
			description = "Filters combine with AND. A date range matches every quote whose date said overlaps it "
					+ "(a date known only to its year matches any range touching that year); quotes whose date the "
					+ "source does not give match no date range.")
	PagedResponse<QuoteView> list(@ApiDocs.Speaker @RequestParam(required = false) @Nullable String speaker,
			@ApiDocs.Topic @RequestParam(required = false) @Nullable String topic,
			@ApiDocs.From @RequestParam(required = false) @Nullable String from,
			@ApiDocs.To @RequestParam(required = false) @Nullable String to,
			@Parameter(description = "The slug of the event at which the words were said",
					example = "10th-forum-of-regions-ufa-2023") @RequestParam(required = false) @Nullable String event,
			@Parameter(description = "The slug of the document quoting them",
					example = "the-only-correct-decision") @RequestParam(required = false) @Nullable String document,
			@Parameter(description = "Kind of quote", example = "DIRECT",
					schema = @Schema(implementation = QuoteKind.class)) @RequestParam(
							required = false) @Nullable String kind,
			@ApiDocs.Sort @RequestParam(required = false) @Nullable String sort,
			@ApiDocs.Page @RequestParam(required = false) @Nullable Integer page,
			@ApiDocs.Size @RequestParam(required = false) @Nullable Integer size) {
		var filter = new QuoteService.Filter(DateRange.parse(from, to), Params.enumValue("kind", kind, QuoteKind.class),
				Params.text(topic), Params.text(speaker), Params.text(event), Params.text(document));
		return this.quotes.list(filter, SortOption.parse(sort, QuoteService.SORTS), PageQuery.of(page, size));
	}

	@GetMapping("/quotes/{id}")
	@Tag(name = "Quotes")
	@Operation(operationId = "getQuote", summary = "A quote",
			description = "The words, speaker, occasion, date and occurrences.")
	ResponseEntity<QuoteView> get(@Parameter(description = "The quote's id", example = "1") @PathVariable long id) {
		return this.quotes.versioned(id).ok();
	}

	@GetMapping("/people/{slug}/quotes")
	@Tag(name = "People")
	@Operation(operationId = "listPersonQuotes", summary = "A person's quotes",
			description = "Every quote attributed to the person, oldest first.")
	PagedResponse<QuoteView> byPerson(
			@Parameter(description = "The person's slug", example = "aleksandr-lukashenko") @PathVariable String slug,
			@ApiDocs.Sort @RequestParam(required = false) @Nullable String sort,
			@ApiDocs.Page @RequestParam(required = false) @Nullable Integer page,
			@ApiDocs.Size @RequestParam(required = false) @Nullable Integer size) {
		return this.quotes.byPerson(slug, SortOption.parse(sort, QuoteService.SORTS), PageQuery.of(page, size));
	}

	@GetMapping("/organisations/{slug}/quotes")
	@Tag(name = "Organisations")
	@Operation(operationId = "listOrganisationQuotes", summary = "An organisation's quotes",
			description = "Every quote attributed to the organisation, oldest first.")
	PagedResponse<QuoteView> byOrganisation(
			@Parameter(description = "The organisation's slug",
					example = "federation-council") @PathVariable String slug,
			@ApiDocs.Sort @RequestParam(required = false) @Nullable String sort,
			@ApiDocs.Page @RequestParam(required = false) @Nullable Integer page,
			@ApiDocs.Size @RequestParam(required = false) @Nullable Integer size) {
		return this.quotes.byOrganisation(slug, SortOption.parse(sort, QuoteService.SORTS), PageQuery.of(page, size));
	}

}
