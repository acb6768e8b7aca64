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
import org.verbatim.party.PartyInputs.PersonInput;
import org.verbatim.party.PartyViews.PersonDetail;
import org.verbatim.party.PartyViews.PersonSummary;
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
@SlugEndpoints.Slug(of = "person", example = "aleksandr-lukashenko")
@RequestMapping(path = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "People")
class PeopleController {

	private final PartyService parties;

	private final SlugRecords<Person, PersonInput> people;

	PeopleController(PartyService parties, PartyWriter writer) {
		this.parties = parties;
		this.people = writer.people();
	}

	@GetMapping
	@Operation(operationId = "listPeople", summary = "List or find people",
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
	@Operation(operationId = "getPerson", summary = "A person",
			description = "Every known spelling of the name, the roles sources state, and who created and "
					+ "last changed the record.")
	@ApiResponse(responseCode = "200", description = "The person; `ETag` is their version, for `If-Match`")
	ResponseEntity<PersonDetail> get(@PathVariable String slug) {
		return this.parties.person(slug).ok();
	}

	@SlugEndpoints.Create(operationId = "createPerson", summary = "Add a person",
			description = "Creates a person from `name` and the optional fields; the slug is made from the name when "
					+ "not given. A slug that exists already is a 409: change that record with PUT instead.",
			created = "Stored; `Location` is the new record, `ETag` their version")
	ResponseEntity<PersonDetail> create(@RequestBody PersonInput body) {
		String slug = this.people.create(body).slug();
		return this.parties.person(slug).created(URI.create("/api/v1/people/" + slug));
	}

	@SlugEndpoints.Replace(operationId = "replacePerson", summary = "Replace a person")
	ResponseEntity<PersonDetail> replace(@PathVariable String slug, @ApiDocs.IfMatch @Nullable String ifMatch,
			@RequestBody PersonInput body) {
		return this.parties.person(this.people.replace(slug, ifMatch, body).slug()).ok();
	}

	@SlugEndpoints.Patch(operationId = "patchPerson", summary = "Change some fields of a person",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = PersonInput.class),
					examples = @ExampleObject(name = "patch",
							value = "{\"description\": \"President of Belarus since 1994\"}"))))
	ResponseEntity<PersonDetail> patch(@PathVariable String slug, @ApiDocs.IfMatch @Nullable String ifMatch,
			@RequestBody JsonNode patch) {
		return this.parties.person(this.people.patch(slug, ifMatch, patch).slug()).ok();
	}

	@SlugEndpoints.Delete(operationId = "deletePerson", summary = "Delete a person",
			description = "Only while nothing refers to them: quotes (speaker), documents (author) and events (participant). Otherwise 409 names what does.")
	ResponseEntity<Void> delete(@PathVariable String slug, @ApiDocs.IfMatch @Nullable String ifMatch) {
		this.people.delete(slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
