package org.verbatim.event;

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
import org.verbatim.event.EventViews.EventDetail;
import org.verbatim.event.EventViews.EventSummary;
import org.verbatim.shared.DateRange;
import org.verbatim.web.ApiDocs;
import org.verbatim.web.MergePatch;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;
import org.verbatim.web.Params;
import org.verbatim.web.SlugEndpoints;
import org.verbatim.web.SlugRecords;
import org.verbatim.web.SortOption;

import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SlugEndpoints.Slug(of = "event", example = "10th-forum-of-regions-ufa-2023")
@RequestMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events")
class EventsController {

	private final EventService events;

	private final SlugRecords<Event, EventInput> writer;

	EventsController(EventService events, EventWriter writer) {
		this.events = events;
		this.writer = writer.events();
	}

	@GetMapping
	@Operation(operationId = "listEvents", summary = "List events",
			description = "Filters combine with AND. A date range matches every event whose date interval overlaps "
					+ "it: an event known only to its year matches any range touching that year.")
	PagedResponse<EventSummary> list(@ApiDocs.From @RequestParam(required = false) @Nullable String from,
			@ApiDocs.To @RequestParam(required = false) @Nullable String to,
			@Parameter(description = "Kind of event", example = "FORUM",
					schema = @Schema(implementation = EventKind.class)) @RequestParam(
							required = false) @Nullable String kind,
			@ApiDocs.Topic @RequestParam(required = false) @Nullable String topic,
			@Parameter(description = "A participant: slug or any name variant of a person or organisation",
					example = "lukashenko") @RequestParam(required = false) @Nullable String participant,
			@Parameter(description = "Order: `date` (oldest first, the default), `-date` (newest first) or `name`",
					example = "-date", schema = @Schema(allowableValues = { "date", "-date", "name" })) @RequestParam(
							required = false) @Nullable String sort,
			@ApiDocs.Page @RequestParam(required = false) @Nullable Integer page,
			@ApiDocs.Size @RequestParam(required = false) @Nullable Integer size) {
		var filter = new EventService.Filter(DateRange.parse(from, to), Params.enumValue("kind", kind, EventKind.class),
				Params.text(topic), Params.text(participant));
		return this.events.list(filter, SortOption.parse(sort, EventService.SORTS), PageQuery.of(page, size));
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getEvent", summary = "An event",
			description = "Its date with precision, place, participants and topics, and who created and last "
					+ "changed the record.")
	@ApiResponse(responseCode = "200", description = "The event; `ETag` is its version, for `If-Match`")
	ResponseEntity<EventDetail> get(@PathVariable String slug) {
		return this.events.get(slug).ok();
	}

	@SlugEndpoints.Create(operationId = "createEvent", summary = "Add an event",
			description = "Creates an event from `name`, `kind` and `date` (at its precision) and the optional "
					+ "fields; the slug is made from the name when not given. Participants and topics are referred "
					+ "to by slug or created inline. A slug that exists already is a 409: change that event with "
					+ "PUT instead.",
			created = "Stored; `Location` is the new event, `ETag` its version")
	ResponseEntity<EventDetail> create(@RequestBody EventInput body) {
		String slug = this.writer.create(body).slug();
		return this.events.get(slug).created(URI.create("/api/v1/events/" + slug));
	}

	@SlugEndpoints.Replace(operationId = "replaceEvent", summary = "Replace an event")
	ResponseEntity<EventDetail> replace(@PathVariable String slug, @ApiDocs.IfMatch @Nullable String ifMatch,
			@RequestBody EventInput body) {
		return this.events.get(this.writer.replace(slug, ifMatch, body).slug()).ok();
	}

	@SlugEndpoints.Patch(operationId = "patchEvent", summary = "Change some fields of an event",
			description = "A JSON merge patch (RFC 7386) of the fields to change, applied to the event in the "
					+ "shape of the POST body, participants and topics as slugs; `null` removes a field, and a "
					+ "list is replaced whole. The result is checked and stored as a PUT.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = EventInput.class),
					examples = @ExampleObject(name = "patch", value = "{\"place\": \"Ufa, Bashkortostan\"}"))),
			refused = "The patched event cannot be stored; nothing was stored")
	ResponseEntity<EventDetail> patch(@PathVariable String slug, @ApiDocs.IfMatch @Nullable String ifMatch,
			@RequestBody JsonNode patch) {
		return this.events.get(this.writer.patch(slug, ifMatch, patch).slug()).ok();
	}

	@SlugEndpoints.Delete(operationId = "deleteEvent", summary = "Delete an event",
			description = "Only while no quote refers to it; otherwise 409 names the quotes that do.")
	ResponseEntity<Void> delete(@PathVariable String slug, @ApiDocs.IfMatch @Nullable String ifMatch) {
		this.writer.delete(slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
