package org.verbatim.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The {@code from}/{@code to} filter of every list endpoint. Each bound accepts
 * {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; {@code from} takes the first day
 * of what it names and {@code to} the last, so {@code from=2023&to=2023} is the whole of
 * 2023. An item matches when its date interval overlaps the range.
 */
public record DateRange(@Nullable LocalDate from, @Nullable LocalDate to) {

	public static final String ACCEPTED = "a date written as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023, 2023-06 or 2023-06-28";

	private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	public static final DateRange ANY = new DateRange(null, null);

	/**
	 * Parses the two bounds, each optional.
	 * @throws InvalidDateException naming the parameter that is malformed, or both when
	 * {@code from} is after {@code to}
	 */
	public static DateRange parse(@Nullable String from, @Nullable String to) {
		LocalDate start = (from == null || from.isBlank()) ? null : bound("from", from, true);
		LocalDate end = (to == null || to.isBlank()) ? null : bound("to", to, false);
		if (start != null && end != null && start.isAfter(end)) {
			throw new InvalidDateException("from", from, "a 'from' that is not after 'to' (from=" + from + " starts on "
					+ start + ", to=" + to + " ends on " + end + ")",
					"'from' (" + from + ") is after 'to' (" + to + ").");
		}
		return new DateRange(start, end);
	}

	private static LocalDate bound(String parameter, String text, boolean first) {
		Matcher m = DATE.matcher(text.strip());
		if (!m.matches()) {
			throw new InvalidDateException(parameter, text, ACCEPTED);
		}
		try {
			int year = Integer.parseInt(m.group(1));
			if (m.group(2) == null) {
				return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
			}
			YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
			if (m.group(3) == null) {
				return first ? month.atDay(1) : month.atEndOfMonth();
			}
			return month.atDay(Integer.parseInt(m.group(3)));
		}
		catch (DateTimeException ex) {
			throw new InvalidDateException(parameter, text,
					"a date that exists in the calendar, written as YYYY, YYYY-MM or YYYY-MM-DD");
		}
	}

	public boolean isUnbounded() {
		return this.from == null && this.to == null;
	}

	/**
	 * Whether a stored interval overlaps this range; an unknown date only matches no
	 * range.
	 */
	public boolean overlaps(@Nullable FuzzyDate date) {
		if (isUnbounded()) {
			return true;
		}
		if (date == null || !date.isKnown()) {
			return false;
		}
		return (this.to == null || !date.earliest().isAfter(this.to))
				&& (this.from == null || !date.latest().isBefore(this.from));
	}

	/**
	 * The criteria form of {@link #overlaps}: the interval stored in the embedded date at
	 * {@code date} overlaps this range. Unknown dates (null columns) never match a
	 * bounded range.
	 */
	public Predicate overlapPredicate(CriteriaBuilder cb, Path<FuzzyDate> date) {
		Predicate predicate = cb.conjunction();
		if (this.to != null) {
			predicate = cb.and(predicate, cb.lessThanOrEqualTo(date.get("earliest"), this.to));
		}
		if (this.from != null) {
			predicate = cb.and(predicate, cb.greaterThanOrEqualTo(date.get("latest"), this.from));
		}
		return predicate;
	}

	/** A malformed date bound or an empty range. */
	public static class InvalidDateException extends IllegalArgumentException {

		private final String parameter;

		private final String rejected;

		private final String accepted;

		private final String detail;

		InvalidDateException(String parameter, String rejected, String accepted) {
			this(parameter, rejected, accepted, "Invalid value '" + rejected + "' for parameter '" + parameter + "'.");
		}

		InvalidDateException(String parameter, String rejected, String accepted, String detail) {
			super(detail + " Accepted: " + accepted);
			this.parameter = parameter;
			this.rejected = rejected;
			this.accepted = accepted;
			this.detail = detail;
		}

		public String detail() {
			return this.detail;
		}

		public String parameter() {
			return this.parameter;
		}

		public String rejected() {
			return this.rejected;
		}

		public String accepted() {
			return this.accepted;
		}

	}

}
