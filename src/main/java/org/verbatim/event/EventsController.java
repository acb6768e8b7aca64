package org.verbatim.event;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.verbatim.event.EventViews.EventDetail;
import org.verbatim.event.EventViews.EventSummary;
import org.verbatim.shared.DateRange;
import org.verbatim.web.ApiDocs;
import org.verbatim.web.PageQuery;
import org.verbatim.web.PagedResponse;
import org.verbatim.web.Params;
import org.verbatim.web.SortOption;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events")
class EventsController {

	private final EventService events;

	EventsController(EventService events) {
		this.events = events;
	}

	@GetMapping
	@Operation(summary = "List events",
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
	@Operation(summary = "An event", description = "Its date with precision, place, participants and topics.")
	EventDetail get(@Parameter(description = "The event's slug",
			example = "10th-forum-of-regions-ufa-2023") @PathVariable String slug) {
		return this.events.get(slug);
	}

}
