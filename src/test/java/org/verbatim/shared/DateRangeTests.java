package org.verbatim.shared;

import java.time.LocalDate;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class DateRangeTests {

	@Test
	void boundsStretchToTheWholeOfWhatTheyName() {
		assertThat(DateRange.parse("2023", "2023"))
			.isEqualTo(new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
		assertThat(DateRange.parse("2024-02", "2024-02"))
			.isEqualTo(new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
		assertThat(DateRange.parse("2023-06-28", null)).isEqualTo(new DateRange(LocalDate.of(2023, 6, 28), null));
		assertThat(DateRange.parse(" ", "")).isEqualTo(DateRange.ANY);
	}

	@Test
	void aYearPrecisionDateOverlapsAnyRangeTouchingItsYear() {
		FuzzyDate year = FuzzyDate.year(2024);
		assertThat(DateRange.parse("2024-06-01", "2024-06-30").overlaps(year)).isTrue();
		assertThat(DateRange.parse("2020", "2024-01-01").overlaps(year)).isTrue();
		assertThat(DateRange.parse("2024-12-31", null).overlaps(year)).isTrue();
		assertThat(DateRange.parse("2025", null).overlaps(year)).isFalse();
		assertThat(DateRange.parse(null, "2023-12-31").overlaps(year)).isFalse();
	}

	@Test
	void aDayPrecisionDateOverlapsOnlyRangesContainingTheDay() {
		FuzzyDate day = FuzzyDate.day(LocalDate.of(2025, 3, 14));
		assertThat(DateRange.parse("2025-03", "2025-03").overlaps(day)).isTrue();
		assertThat(DateRange.parse("2025-03-14", "2025-03-14").overlaps(day)).isTrue();
		assertThat(DateRange.parse("2025-03-15", null).overlaps(day)).isFalse();
		assertThat(DateRange.parse(null, "2025-03-13").overlaps(day)).isFalse();
	}

	@Test
	void anUnknownDateMatchesOnlyAnUnboundedRange() {
		assertThat(DateRange.ANY.overlaps(null)).isTrue();
		assertThat(DateRange.parse("1990", null).overlaps(null)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "23", "2023-13", "2023-02-30", "2023-6", "yesterday", "2023-06-28T00:00", "２０２３" })
	void malformedBoundsNameTheirParameter(String bad) {
		assertThatThrownBy(() -> DateRange.parse(bad, null)).isInstanceOfSatisfying(
				DateRange.InvalidDateException.class, ex -> assertThat(ex.parameter()).isEqualTo("from"));
		assertThatThrownBy(() -> DateRange.parse(null, bad)).isInstanceOfSatisfying(
				DateRange.InvalidDateException.class, ex -> assertThat(ex.parameter()).isEqualTo("to"));
	}

	@Test
	void fromAfterToIsRefused() {
		assertThatThrownBy(() -> DateRange.parse("2025", "2023")).isInstanceOf(DateRange.InvalidDateException.class)
			.hasMessageContaining("after");
		assertThat(DateRange.parse("2023-06", "2023-06-01").from()).isEqualTo(LocalDate.of(2023, 6, 1));
	}

	@Test
	void datesAreShownAtTheirPrecision() {
		assertThat(DateView.of(FuzzyDate.year(2021)).value()).isEqualTo("2021");
		assertThat(DateView.of(FuzzyDate.month(2021, 3)).value()).isEqualTo("2021-03");
		assertThat(DateView.of(FuzzyDate.day(LocalDate.of(2021, 3, 5))).value()).isEqualTo("2021-03-05");
		DateView inferred = DateView.of(FuzzyDate.year(2024).inferredFrom("last year"));
		assertThat(inferred.inferred()).isTrue();
		assertThat(inferred.inferredFrom()).isEqualTo("last year");
	}

	@Test
	void aRefusedBoundSaysWhatWasRefusedAndWhatIsAccepted() {
		assertThatThrownBy(() -> DateRange.parse(null, "2023-02-30"))
			.isInstanceOfSatisfying(DateRange.InvalidDateException.class, ex -> {
				assertThat(ex.rejected()).isEqualTo("2023-02-30");
				assertThat(ex.accepted())
					.isEqualTo("a date that exists in the calendar, written as YYYY, YYYY-MM or YYYY-MM-DD");
				assertThat(ex.detail()).isEqualTo("Invalid value '2023-02-30' for parameter 'to'.");
			});
		assertThatThrownBy(() -> DateRange.parse("2025", "2023"))
			.isInstanceOfSatisfying(DateRange.InvalidDateException.class, ex -> {
				assertThat(ex.parameter()).isEqualTo("from");
				assertThat(ex.rejected()).isEqualTo("2025");
				assertThat(ex.detail()).isEqualTo("'from' (2025) is after 'to' (2023).");
				assertThat(ex.accepted()).isEqualTo("a 'from' that is not after 'to' (from=2025 starts on "
						+ "2025-01-01, to=2023 ends on 2023-12-31)");
			});
	}

	@Test
	@SuppressWarnings("unchecked")
	void theQueryFormComparesEachBoundWithTheFarEndOfTheStoredInterval() {
		CriteriaBuilder cb = mock(CriteriaBuilder.class);
		Path<FuzzyDate> date = mock(Path.class);
		Path<LocalDate> earliest = mock(Path.class);
		Path<LocalDate> latest = mock(Path.class);
		when(date.<LocalDate>get("earliest")).thenReturn(earliest);
		when(date.<LocalDate>get("latest")).thenReturn(latest);
		Predicate all = mock(Predicate.class);
		Predicate startsBeforeTheEnd = mock(Predicate.class);
		Predicate endsAfterTheStart = mock(Predicate.class);
		Predicate upTo = mock(Predicate.class);
		Predicate from = mock(Predicate.class);
		Predicate both = mock(Predicate.class);
		when(cb.conjunction()).thenReturn(all);
		when(cb.lessThanOrEqualTo(earliest, LocalDate.of(2023, 12, 31))).thenReturn(startsBeforeTheEnd);
		when(cb.greaterThanOrEqualTo(latest, LocalDate.of(2020, 1, 1))).thenReturn(endsAfterTheStart);
		when(cb.and(all, startsBeforeTheEnd)).thenReturn(upTo);
		when(cb.and(all, endsAfterTheStart)).thenReturn(from);
		when(cb.and(upTo, endsAfterTheStart)).thenReturn(both);
		assertThat(DateRange.ANY.overlapPredicate(cb, date)).isSameAs(all);
		assertThat(DateRange.parse(null, "2023").overlapPredicate(cb, date)).isSameAs(upTo);
		assertThat(DateRange.parse("2020", null).overlapPredicate(cb, date)).isSameAs(from);
		assertThat(DateRange.parse("2020", "2023").overlapPredicate(cb, date)).isSameAs(both);
	}

}
