package org.verbatim.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Half-open spans of a text in code points. */
class SpanTests {

	@Test
	void aSpanStartsAtZeroOrLaterAndEndsAfterItStarts() {
		assertThat(new Span(0, 1)).isEqualTo(new Span(0, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new Span(-1, 2)).withMessage("Not a span: [-1, 2)");
		assertThatIllegalArgumentException().isThrownBy(() -> new Span(2, 2)).withMessage("Not a span: [2, 2)");
		assertThatIllegalArgumentException().isThrownBy(() -> new Span(3, 2)).withMessage("Not a span: [3, 2)");
	}

	@Test
	void aSpanCutsCodePoints() {
		assertThat(new Span(1, 3).cut("a😀b")).isEqualTo("😀b");
		assertThat(new Span(0, 1).cut("😀b")).isEqualTo("😀");
	}

}
