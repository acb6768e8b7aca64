package org.verbatim.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates as editors write them: at their precision, stated or inferred. */
class DateInputTests {

	private static FuzzyDate date(String value, String inferredFrom) {
		return new DateInput(value, inferredFrom).toFuzzyDate("/date");
	}

	@Test
	void aDateIsReadAtThePrecisionItIsWritten() {
		assertThat(DateInput.of("2023").toFuzzyDate("/date")).isEqualTo(FuzzyDate.year(2023));
		assertThat(DateInput.of("2024-02").toFuzzyDate("/date")).isEqualTo(FuzzyDate.month(2024, 2));
		assertThat(DateInput.of("2023-06-28").toFuzzyDate("/date")).isEqualTo(FuzzyDate.day(LocalDate.of(2023, 6, 28)));
	}

	@Test
	void aStatedDateIsNotInferred() {
		FuzzyDate stated = DateInput.of("2023-06").toFuzzyDate("/date");
		assertThat(stated.inferred()).isFalse();
		assertThat(stated.basis()).isNull();
		// A blank phrase states nothing either.
		assertThat(date("2023", " ").inferred()).isFalse();
		assertThat(date("2023", "").basis()).isNull();
	}

	@Test
	void aDateInferredFromAPhraseSaysWhich() {
		FuzzyDate inferred = date("2023", "last year");
		assertThat(inferred.inferred()).isTrue();
		assertThat(inferred.basis()).isEqualTo("last year");
		assertThat(inferred.earliest()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(inferred.latest()).isEqualTo(LocalDate.of(2023, 12, 31));
	}

	@ParameterizedTest
	@ValueSource(strings = { "23", "2023-6", "2023/06", "June 2023", "2023-06-28T10:00", " 2023", "" })
	void whatIsNotADateIsRefusedNamingThePointer(String value) {
		assertThatThrownBy(() -> DateInput.of(value).toFuzzyDate("/quotes/1/date")).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.errors()).containsExactly(new InvalidInputException.InputError("/quotes/1/date",
						"'" + value + "' is not a date. Accepted: " + DateRange.ACCEPTED + ".")));
	}

	@Test
	void aMissingValueIsNotADate() {
		assertThatThrownBy(() -> date(null, "last year")).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.errors().get(0).detail()).startsWith("'null' is not a date."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023-13", "2023-00", "2023-02-29", "2024-04-31", "2023-06-00" })
	void aDateThatIsNotInTheCalendarIsRefused(String value) {
		assertThatThrownBy(() -> DateInput.of(value).toFuzzyDate("/date")).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.errors()).containsExactly(new InvalidInputException.InputError("/date",
						"'" + value + "' is not a date of the calendar. Accepted: " + DateRange.ACCEPTED + ".")));
	}

	@Test
	void aStoredDateIsWrittenBackAsItWasGiven() {
		for (DateInput input : new DateInput[] { DateInput.of("2023"), DateInput.of("2024-02"),
				DateInput.of("2023-06-28"), new DateInput("2023", "last year") }) {
			assertThat(DateInput.from(input.toFuzzyDate("/date"))).isEqualTo(input);
		}
	}

	@Test
	void noDateIsWrittenBackAsNone() {
		assertThat(DateInput.from(null)).isNull();
		assertThat(DateInput.from(new FuzzyDate())).isNull();
	}

}
