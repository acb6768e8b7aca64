package org.verbatim.party;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import org.verbatim.party.PartyInputs.OrganisationInput;
import org.verbatim.party.PartyViews.OrganisationDetail;
import org.verbatim.party.PartyViews.OrganisationSummary;
import org.verbatim.web.ApiDocs;
import org.verbatim.web.MergePatch;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;
import org.verbatim.web.Params;
import org.verbatim.web.SlugEndpoints;
import org.verbatim.web.SlugRecords;

import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SlugEndpoints.Slug(of = "organisation", example = "federation-council")
@RequestMapping(path = "/api/v1/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organisations")
class OrganisationsController {

	private final PartyService parties;

	private final SlugRecords<Organisation, OrganisationInput> organisations;

	OrganisationsController(PartyService parties, PartyWriter writer) {
		this.parties = parties;
		this.organisations = writer.organisations();
	}

	@GetMapping
	@Operation(operationId = "listOrganisations", summary = "List or find organisations",
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
	@Operation(operationId = "getOrganisation", summary = "An organisation",
			description = "Its name, every known variant, and who created and last changed the record.")
	@ApiResponse(responseCode = "200", description = "The organisation; `ETag` is its version, for `If-Match`")
	ResponseEntity<OrganisationDetail> get(@PathVariable String slug) {
		return this.parties.organisation(slug).ok();
	}

	@SlugEndpoints.Create(operationId = "createOrganisation", summary = "Add an organisation",
			description = "Creates an organisation from `name` and the optional fields; the slug is made from the name when "
					+ "not given. A slug that exists already is a 409: change that record with PUT instead.",
			created = "Stored; `Location` is the new record, `ETag` its version")
	ResponseEntity<OrganisationDetail> create(@RequestBody OrganisationInput body) {
		String slug = this.organisations.create(body).slug();
		return this.parties.organisation(slug).created(URI.create("/api/v1/organisations/" + slug));
	}

	@SlugEndpoints.Replace(operationId = "replaceOrganisation", summary = "Replace an organisation")
	ResponseEntity<OrganisationDetail> replace(@PathVariable String slug, @ApiDocs.IfMatch @Nullable String ifMatch,
			@RequestBody OrganisationInput body) {
		return this.parties.organisation(this.organisations.replace(slug, ifMatch, body).slug()).ok();
	}

	@SlugEndpoints.Patch(operationId = "patchOrganisation", summary = "Change some fields of an organisation",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = OrganisationInput.class),
					examples = @ExampleObject(name = "patch",
							value = "{\"description\": \"The upper house of the Federal Assembly of Russia\"}"))))
	ResponseEntity<OrganisationDetail> patch(@PathVariable String slug, @ApiDocs.IfMatch @Nullable String ifMatch,
			@RequestBody JsonNode patch) {
		return this.parties.organisation(this.organisations.patch(slug, ifMatch, patch).slug()).ok();
	}

	@SlugEndpoints.Delete(operationId = "deleteOrganisation", summary = "Delete an organisation",
			description = "Only while nothing refers to it: quotes (speaker), events (participant) and people (role). Otherwise 409 names what does.")
	ResponseEntity<Void> delete(@PathVariable String slug, @ApiDocs.IfMatch @Nullable String ifMatch) {
		this.organisations.delete(slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
