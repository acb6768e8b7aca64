package org.verbatim.party;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People")
class PeopleController {

	private final PartyService parties;

	private final PartyWriter writer;

	PeopleController(PartyService parties, PartyWriter writer) {
		this.parties = parties;
		this.writer = writer;
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
	@Operation(summary = "A person",
			description = "Every known spelling of the name, the roles sources state, and who created and "
					+ "last changed the record.")
	@ApiResponse(responseCode = "200", description = "The person; `ETag` is their version, for `If-Match`")
	ResponseEntity<PersonDetail> get(
			@Parameter(description = "The person's slug", example = "aleksandr-lukashenko") @PathVariable String slug) {
		return this.parties.person(slug).ok();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a person",
			description = "Creates a person from `name` and the optional fields; the slug is made from the name when "
					+ "not given. A slug that exists already is a 409: change that record with PUT instead.",
			security = @SecurityRequirement(name = "editorToken"))
	@ApiResponse(responseCode = "201", description = "Stored; `Location` is the new record, `ETag` their version")
	@ApiResponse(responseCode = "400", description = "Not JSON of this shape, or an unknown field",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	@ApiResponse(responseCode = "401", description = "No editor's token",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	@ApiResponse(responseCode = "409", description = "The slug is taken",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	@ApiResponse(responseCode = "422", description = "A field cannot be stored; `errors` names it by JSON Pointer",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	ResponseEntity<PersonDetail> create(@RequestBody PersonInput body) {
		String slug = this.writer.people().create(body).slug();
		return this.parties.person(slug).created(URI.create("/api/v1/people/" + slug));
	}

	@PutMapping(value = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a person",
			description = "Replaces every field but the slug with the body (what is left out is removed), if "
					+ "`If-Match` names the current version.",
			security = @SecurityRequirement(name = "editorToken"))
	@ApiResponse(responseCode = "200", description = "Stored; `ETag` is the new version")
	@ApiResponse(responseCode = "400", description = "Not JSON of this shape, or an unknown field",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	@ApiResponse(responseCode = "401", description = "No editor's token",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	@ApiResponse(responseCode = "412", description = "Changed since the version in `If-Match`; nothing was stored",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	@ApiResponse(responseCode = "422",
			description = "A field cannot be stored, or the slug differs; nothing was " + "stored",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	@ApiResponse(responseCode = "428", description = "No `If-Match`",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	ResponseEntity<PersonDetail> replace(
			@Parameter(description = "The person's slug", example = "aleksandr-lukashenko") @PathVariable String slug,
			@ApiDocs.IfMatch @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody PersonInput body) {
		this.writer.people().replace(slug, ifMatch, body);
		return this.parties.person(slug).ok();
	}

	@PatchMapping(value = "/{slug}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(summary = "Change some fields of a person",
			description = "A JSON merge patch (RFC 7386) of the fields to change, applied to the record as GET shows "
					+ "it in the shape of the POST body; `null` removes a field, and a list is replaced whole. "
					+ "The result is checked and stored as a PUT.",
			security = @SecurityRequirement(name = "editorToken"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = PersonInput.class),
					examples = @ExampleObject(name = "patch",
							value = "{\"description\": \"President of Belarus since 1994\"}"))))
	@ApiResponse(responseCode = "200", description = "Stored; `ETag` is the new version")
	@ApiResponse(responseCode = "401", description = "No editor's token",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	@ApiResponse(responseCode = "412", description = "Changed since the version in `If-Match`; nothing was stored",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	@ApiResponse(responseCode = "422", description = "The patched record cannot be stored; nothing was stored",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	@ApiResponse(responseCode = "428", description = "No `If-Match`",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	ResponseEntity<PersonDetail> patch(
			@Parameter(description = "The person's slug", example = "aleksandr-lukashenko") @PathVariable String slug,
			@ApiDocs.IfMatch @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody JsonNode patch) {
		this.writer.people().patch(slug, ifMatch, patch);
		return this.parties.person(slug).ok();
	}

	@DeleteMapping("/{slug}")
	@Operation(summary = "Delete a person",
			description = "Only while nothing refers to them: quotes (speaker), documents (author) and events (participant). Otherwise 409 names what does.",
			security = @SecurityRequirement(name = "editorToken"))
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "401", description = "No editor's token",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	@ApiResponse(responseCode = "409", description = "Still referred to; `conflicts` names the referrers",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	@ApiResponse(responseCode = "412", description = "Changed since the version in `If-Match`; nothing was deleted",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	@ApiResponse(responseCode = "428", description = "No `If-Match`",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	ResponseEntity<Void> delete(
			@Parameter(description = "The person's slug", example = "aleksandr-lukashenko") @PathVariable String slug,
			@ApiDocs.IfMatch @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		this.writer.people().delete(slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
