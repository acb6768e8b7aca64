package org.verbatim.event;

import io.swagger.v3.oas.annotations.media.Schema;
import org.verbatim.shared.DateView;

/**
 * An event as other resources show it.
 */
@Schema(description = "An event, by slug, name and date")
public record EventRef(@Schema(example = "10th-forum-of-regions-ufa-2023") String slug,
		@Schema(example = "10th Forum of Regions of Belarus and Russia") String name, DateView date) {

	public static EventRef of(Event event) {
		return new EventRef(event.slug(), event.name(), DateView.of(event.date()));
	}

}
