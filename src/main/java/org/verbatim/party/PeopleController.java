package org.verbatim.party;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.verbatim.party.PartyViews.PersonDetail;
import org.verbatim.party.PartyViews.PersonSummary;
import org.verbatim.web.ApiDocs;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;
import org.verbatim.web.Params;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People")
class PeopleController {

	private final PartyService parties;

	PeopleController(PartyService parties) {
		this.parties = parties;
	}

	@GetMapping
	@Operation(summary = "List or find people",
			description = "Without `q`: everyone, by canonical name. With `q`: the people any of whose name variants "
					+ "contains `q` (case and accents ignored, any script), best match first (whole name, then "
					+ "start of a word, then anywhere), each with the variants that matched.")
	PagedResponse<PersonSummary> list(
			@Parameter(description = "Part of any name variant, in any script",
					example = "Лукашенко") @RequestParam(required = false) @Nullable String q,
			@ApiDocs.Page @RequestParam(required = false) @Nullable Integer page,
			@ApiDocs.Size @RequestParam(required = false) @Nullable Integer size) {
		return this.parties.people(Params.text(q), PageQuery.of(page, size));
	}

	@GetMapping("/{slug}")
	@Operation(summary = "A person", description = "Every known spelling of the name, and the roles sources state.")
	PersonDetail get(
			@Parameter(description = "The person's slug", example = "aleksandr-lukashenko") @PathVariable String slug) {
		return this.parties.person(slug);
	}

}
