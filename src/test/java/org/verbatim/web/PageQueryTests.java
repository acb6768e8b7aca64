package org.verbatim.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code page} and {@code size} of every list. */
class PageQueryTests {

	private static void assertRefused(Integer page, Integer size, String parameter, String rejected, String accepted) {
		assertThatThrownBy(() -> PageQuery.of(page, size)).isInstanceOfSatisfying(InvalidParameterException.class,
				ex -> {
					assertThat(ex.parameter()).isEqualTo(parameter);
					assertThat(ex.rejectedValue()).isEqualTo(rejected);
					assertThat(ex.accepted()).isEqualTo(accepted);
				});
	}

	@Test
	void theFirstPageOfTwentyWhenNotAsked() {
		assertThat(PageQuery.of(null, null)).isEqualTo(new PageQuery(0, 20));
		assertThat(PageQuery.of(3, null)).isEqualTo(new PageQuery(3, 20));
		assertThat(PageQuery.of(null, 5)).isEqualTo(new PageQuery(0, 5));
	}

	@Test
	void pagesCountFromZeroAndSizesRunFromOneToAHundred() {
		assertThat(PageQuery.of(0, 1)).isEqualTo(new PageQuery(0, 1));
		assertThat(PageQuery.of(2, 100)).isEqualTo(new PageQuery(2, 100));
		assertRefused(-1, 10, "page", "-1", "an integer of 0 or more (pages count from 0)");
		assertRefused(0, 0, "size", "0", "an integer from 1 to 100");
		assertRefused(0, 101, "size", "101", "an integer from 1 to 100");
	}

	@Test
	void theFirstItemOfAPageMustBeCountable() {
		// The last item that can be counted: the first of page 2,147,483,646 of one.
		assertThat(PageQuery.of(Integer.MAX_VALUE - 1, 1).offset()).isEqualTo(Integer.MAX_VALUE - 1);
		int pages = Integer.MAX_VALUE / 100;
		assertThat(PageQuery.of(pages - 1, 100).offset()).isEqualTo((pages - 1) * 100);
		assertRefused(pages, 100, "page", String.valueOf(pages),
				"a page whose first item lies within " + Integer.MAX_VALUE + " items (page * size)");
		assertRefused(Integer.MAX_VALUE, 1, "page", String.valueOf(Integer.MAX_VALUE),
				"a page whose first item lies within " + Integer.MAX_VALUE + " items (page * size)");
	}

	@Test
	void theOffsetIsPageTimesSize() {
		assertThat(PageQuery.of(3, 25).offset()).isEqualTo(75);
		assertThat(PageQuery.of(0, 25).offset()).isZero();
	}

}
