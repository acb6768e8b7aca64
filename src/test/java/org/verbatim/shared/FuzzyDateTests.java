package org.verbatim.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Dates stored as the interval they are known to lie in, and shown at their precision.
 */
class FuzzyDateTests {

	@Test
	void eachPrecisionCoversItsWholeInterval() {
		FuzzyDate day = FuzzyDate.day(LocalDate.of(2024, 2, 29));
		assertThat(day.earliest()).isEqualTo(day.latest()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(day.precision()).isEqualTo(DatePrecision.DAY);
		FuzzyDate month = FuzzyDate.month(2024, 2);
		assertThat(month.earliest()).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(month.latest()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
		FuzzyDate year = FuzzyDate.year(2023);
		assertThat(year.earliest()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(year.latest()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(year.precision()).isEqualTo(DatePrecision.YEAR);
		for (FuzzyDate date : new FuzzyDate[] { day, month, year }) {
			assertThat(date.isKnown()).isTrue();
			assertThat(date.inferred()).isFalse();
			assertThat(date.basis()).isNull();
		}
	}

	@Test
	void anInferredDateKeepsItsIntervalAndPrecision() {
		FuzzyDate inferred = FuzzyDate.month(2021, 3).inferredFrom("that spring");
		assertThat(inferred.earliest()).isEqualTo(LocalDate.of(2021, 3, 1));
		assertThat(inferred.latest()).isEqualTo(LocalDate.of(2021, 3, 31));
		assertThat(inferred.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(inferred.inferred()).isTrue();
		assertThat(inferred.basis()).isEqualTo("that spring");
	}

	@Test
	void anEmbeddedDateWithAllColumnsNullIsNoDate() {
		FuzzyDate none = new FuzzyDate();
		assertThat(none.isKnown()).isFalse();
		assertThat(none.inferred()).isFalse();
		assertThat(none.basis()).isNull();
		assertThatNullPointerException().isThrownBy(none::earliest).withMessage("no date");
		assertThatNullPointerException().isThrownBy(none::latest).withMessage("no date");
		assertThatNullPointerException().isThrownBy(none::precision).withMessage("no date");
		assertThat(none).hasToString("unknown");
		assertThat(DateView.ofNullable(none)).isNull();
		assertThat(none).isEqualTo(new FuzzyDate()).isNotEqualTo(FuzzyDate.year(2023));
		assertThat(FuzzyDate.year(2023)).isNotEqualTo(none);
	}

	@Test
	void datesAreEqualWhenIntervalPrecisionAndBasisAre() {
		FuzzyDate date = FuzzyDate.day(LocalDate.of(2023, 6, 28));
		assertThat(date).isEqualTo(date)
			.isEqualTo(FuzzyDate.day(LocalDate.of(2023, 6, 28)))
			.hasSameHashCodeAs(FuzzyDate.day(LocalDate.of(2023, 6, 28)))
			.isNotEqualTo(FuzzyDate.day(LocalDate.of(2023, 6, 29)))
			.isNotEqualTo(FuzzyDate.month(2023, 6))
			.isNotEqualTo(date.inferredFrom("that day"))
			.isNotEqualTo("2023-06-28")
			.isNotEqualTo(null);
		// Same start, another end.
		assertThat(FuzzyDate.month(2023, 1)).isNotEqualTo(FuzzyDate.year(2023));
		assertThat(FuzzyDate.year(2023)).isNotEqualTo(FuzzyDate.month(2023, 1));
		assertThat(date.inferredFrom("that day")).isEqualTo(date.inferredFrom("that day"))
			.isNotEqualTo(date.inferredFrom("the day before"));
		assertThat(FuzzyDate.year(2023).hashCode()).isNotEqualTo(FuzzyDate.year(2024).hashCode())
			.isNotEqualTo(FuzzyDate.month(2023, 1).hashCode());
	}

	@Test
	void aDateIsWrittenAtItsPrecision() {
		assertThat(FuzzyDate.year(2021)).hasToString("2021");
		assertThat(FuzzyDate.month(2021, 3)).hasToString("2021-03");
		assertThat(FuzzyDate.day(LocalDate.of(2021, 3, 5))).hasToString("2021-03-05");
	}

	@Test
	void theViewShowsTheIntervalAndWhetherTheDateIsStated() {
		DateView stated = DateView.of(FuzzyDate.month(2021, 2));
		assertThat(stated).isEqualTo(new DateView("2021-02", DatePrecision.MONTH, LocalDate.of(2021, 2, 1),
				LocalDate.of(2021, 2, 28), false, null));
		DateView inferred = DateView.ofNullable(FuzzyDate.year(2020).inferredFrom("last year"));
		assertThat(inferred).isEqualTo(new DateView("2020", DatePrecision.YEAR, LocalDate.of(2020, 1, 1),
				LocalDate.of(2020, 12, 31), true, "last year"));
		assertThat(DateView.ofNullable(null)).isNull();
	}

}
