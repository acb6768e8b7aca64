package org.verbatim.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text and enumerated request parameters. */
class ParamsTests {

	enum Kind {

		DIRECT_SPEECH, SLOGAN

	}

	@Test
	void aBlankTextFiltersNothing() {
		assertThat(Params.text(null)).isNull();
		assertThat(Params.text(" \t")).isNull();
		assertThat(Params.text("  Minsk ")).isEqualTo("Minsk");
	}

	@Test
	void anEnumIsReadIgnoringCaseWithHyphensForUnderscores() {
		assertThat(Params.enumValue("kind", "direct-speech", Kind.class)).isEqualTo(Kind.DIRECT_SPEECH);
		assertThat(Params.enumValue("kind", " Slogan ", Kind.class)).isEqualTo(Kind.SLOGAN);
		assertThat(Params.enumValue("kind", "DIRECT_SPEECH", Kind.class)).isEqualTo(Kind.DIRECT_SPEECH);
		assertThat(Params.enumValue("kind", null, Kind.class)).isNull();
		assertThat(Params.enumValue("kind", "  ", Kind.class)).isNull();
	}

	@Test
	void anUnknownEnumValueIs400ListingTheValues() {
		assertThatThrownBy(() -> Params.enumValue("kind", "song", Kind.class))
			.isInstanceOfSatisfying(InvalidParameterException.class, ex -> {
				assertThat(ex.parameter()).isEqualTo("kind");
				assertThat(ex.rejectedValue()).isEqualTo("song");
				assertThat(ex.accepted()).isEqualTo("one of direct_speech, slogan");
			});
	}

}
