package org.verbatim.party;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.verbatim.party.PartyViews.OrganisationDetail;
import org.verbatim.party.PartyViews.OrganisationSummary;
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
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations")
class OrganisationsController {

	private final PartyService parties;

	OrganisationsController(PartyService parties) {
		this.parties = parties;
	}

	@GetMapping
	@Operation(summary = "List or find organisations",
			description = "Without `q`: all, by name. With `q`: those any of whose name variants contains `q` "
					+ "(case and accents ignored), best match first, each with the variants that matched.")
	PagedResponse<OrganisationSummary> list(
			@Parameter(description = "Part of any name variant",
					example = "federation") @RequestParam(required = false) @Nullable String q,
			@ApiDocs.Page @RequestParam(required = false) @Nullable Integer page,
			@ApiDocs.Size @RequestParam(required = false) @Nullable Integer size) {
		return this.parties.organisations(Params.text(q), PageQuery.of(page, size));
	}

	@GetMapping("/{slug}")
	@Operation(summary = "An organisation", description = "Its name and every known variant.")
	OrganisationDetail get(@Parameter(description = "The organisation's slug",
			example = "federation-council") @PathVariable String slug) {
		return this.parties.organisation(slug);
	}

}
