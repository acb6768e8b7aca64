package org.verbatim.shared;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A date as the API shows it: written no more precisely than it is known, with the
 * interval it stands for.
 */
@Schema(description = "A date no more precise than the source: `value` is written at its precision "
		+ "(YYYY, YYYY-MM or YYYY-MM-DD); `earliest`..`latest` is the interval it stands for (inclusive).")
public record DateView(@Schema(description = "The date at its precision", example = "2023-06-28") String value,
		@Schema(description = "How precisely the date is known", example = "DAY") DatePrecision precision,
		@Schema(description = "First day of the interval", example = "2023-06-28") LocalDate earliest,
		@Schema(description = "Last day of the interval", example = "2023-06-28") LocalDate latest,
		@Schema(description = "True when the source does not state the date but implies it, e.g. 'last year'",
				example = "false") boolean inferred,
		@Schema(description = "The phrase of the source the date was inferred from, when inferred",
				example = "last year") @Nullable String inferredFrom) {

	public static @Nullable DateView ofNullable(@Nullable FuzzyDate date) {
		return (date == null || !date.isKnown()) ? null : of(date);
	}

	public static DateView of(FuzzyDate date) {
		LocalDate earliest = date.earliest();
		String value = switch (date.precision()) {
			case DAY -> earliest.toString();
			case MONTH -> earliest.toString().substring(0, 7);
			case YEAR -> String.valueOf(earliest.getYear());
		};
		return new DateView(value, date.precision(), earliest, date.latest(), date.inferred(), date.basis());
	}

}
