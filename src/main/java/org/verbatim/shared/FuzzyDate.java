package org.verbatim.shared;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A date stored no more precisely than it is known: the interval it lies in (both ends
 * inclusive), the precision of that knowledge, and whether it was inferred from a phrase
 * such as "last year" rather than stated. Filters match by overlap with the interval, so
 * a date known only to its year matches any range that touches that year.
 */
@Embeddable
public class FuzzyDate {

	@Column(name = "date_earliest")
	private @Nullable LocalDate earliest;

	@Column(name = "date_latest")
	private @Nullable LocalDate latest;

	@Enumerated(EnumType.STRING)
	@Column(name = "date_precision", length = 5)
	private @Nullable DatePrecision precision;

	@Column(name = "date_inferred")
	private @Nullable Boolean inferred;

	@Column(name = "date_basis")
	private @Nullable String basis;

	protected FuzzyDate() {
	}

	private FuzzyDate(LocalDate earliest, LocalDate latest, DatePrecision precision, boolean inferred,
			@Nullable String basis) {
		if (earliest.isAfter(latest)) {
			throw new IllegalArgumentException("earliest " + earliest + " is after latest " + latest);
		}
		this.earliest = earliest;
		this.latest = latest;
		this.precision = precision;
		this.inferred = inferred;
		this.basis = basis;
	}

	public static FuzzyDate day(LocalDate day) {
		return new FuzzyDate(day, day, DatePrecision.DAY, false, null);
	}

	public static FuzzyDate month(int year, int month) {
		LocalDate first = LocalDate.of(year, month, 1);
		return new FuzzyDate(first, first.withDayOfMonth(first.lengthOfMonth()), DatePrecision.MONTH, false, null);
	}

	public static FuzzyDate year(int year) {
		return new FuzzyDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, false, null);
	}

	/** The same interval, marked as inferred from the given phrase of the source. */
	public FuzzyDate inferredFrom(String phrase) {
		return new FuzzyDate(earliest(), latest(), precision(), true, phrase);
	}

	/**
	 * Whether any date is stored; an embedded value whose columns are all null is "no
	 * date".
	 */
	public boolean isKnown() {
		return this.earliest != null && this.latest != null && this.precision != null;
	}

	public LocalDate earliest() {
		return Objects.requireNonNull(this.earliest, "no date");
	}

	public LocalDate latest() {
		return Objects.requireNonNull(this.latest, "no date");
	}

	public DatePrecision precision() {
		return Objects.requireNonNull(this.precision, "no date");
	}

	public boolean inferred() {
		return Boolean.TRUE.equals(this.inferred);
	}

	public @Nullable String basis() {
		return this.basis;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof FuzzyDate that && Objects.equals(this.earliest, that.earliest)
				&& Objects.equals(this.latest, that.latest) && this.precision == that.precision
				&& inferred() == that.inferred() && Objects.equals(this.basis, that.basis));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.earliest, this.latest, this.precision);
	}

	@Override
	public String toString() {
		return isKnown() ? DateView.of(this).value() : "unknown";
	}

}
