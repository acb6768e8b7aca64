package org.verbatim.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A date as an editor writes it: at the precision it is known ("2023", "2023-06",
 * "2023-06-28"), either as that string or as an object that also says which phrase of the
 * source it was inferred from.
 */
@Schema(name = "DateInput",
		description = "A date written at its precision: `\"2023\"`, `\"2023-06\"` or `\"2023-06-28\"`, or an object "
				+ "`{\"value\": \"2023\", \"inferredFrom\": \"last year\"}` when the source implies rather than "
				+ "states it.")
public record DateInput(@Schema(example = "2023-06-28") @Nullable String value,
		@Schema(description = "The phrase of the source the date is inferred from",
				example = "last year") @Text(max = Limits.DATE_BASIS) @Nullable String inferredFrom) {

	private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	@JsonCreator
	public DateInput(@JsonProperty("value") @Nullable String value,
			@JsonProperty("inferredFrom") @Nullable String inferredFrom) {
		this.value = value;
		this.inferredFrom = inferredFrom;
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static DateInput of(String value) {
		return new DateInput(value, null);
	}

	/**
	 * The date this input stands for.
	 * @throws InvalidInputException naming {@code pointer} when it is not a date
	 */
	public FuzzyDate toFuzzyDate(String pointer) {
		Matcher m = (this.value != null) ? DATE.matcher(this.value) : null;
		if (m == null || !m.matches()) {
			throw new InvalidInputException(pointer,
					"'" + this.value + "' is not a date. Accepted: " + DateRange.ACCEPTED + ".");
		}
		try {
			int year = Integer.parseInt(m.group(1));
			FuzzyDate date = (m.group(2) == null) ? FuzzyDate.year(year) : (m.group(3) == null)
					? FuzzyDate.month(year, Integer.parseInt(m.group(2)))
					: FuzzyDate.day(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
			return (this.inferredFrom != null && !this.inferredFrom.isBlank()) ? date.inferredFrom(this.inferredFrom)
					: date;
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException(pointer,
					"'" + this.value + "' is not a date of the calendar. Accepted: " + DateRange.ACCEPTED + ".");
		}
	}

	/** The input that writes {@code date} back, for round trips. */
	public static @Nullable DateInput from(@Nullable FuzzyDate date) {
		DateView view = DateView.ofNullable(date);
		return (view == null) ? null : new DateInput(view.value(), view.inferredFrom());
	}

}
