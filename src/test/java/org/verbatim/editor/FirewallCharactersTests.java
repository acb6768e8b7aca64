package org.verbatim.editor;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The firewall's character rules without regular expressions accept exactly what Spring
 * Security's own accept.
 */
class FirewallCharactersTests {

	@Test
	void namesFollowSpringSecuritysRuleOnEveryCodePoint() {
		assertSameOnEveryCodePoint(FirewallCharacters.NAME, StrictHttpFirewall.ALLOWED_HEADER_NAMES);
		assertSameOnEveryCodePoint(FirewallCharacters.NAME, StrictHttpFirewall.ALLOWED_PARAMETER_NAMES);
	}

	@Test
	void headerValuesFollowSpringSecuritysRuleOnEveryCodePoint() {
		assertSameOnEveryCodePoint(FirewallCharacters.HEADER_VALUE, StrictHttpFirewall.ALLOWED_HEADER_VALUES);
	}

	@Test
	void aValueIsRefusedForAnyOneCharacterAnywhereInIt() {
		for (String value : List.of("text/html, \u0007", "\u0000abc", "ab\u0378c", "a\tb", "Лукашенко 🙂", "", "\ud83d",
				"x\udfff")) {
			assertThat(FirewallCharacters.NAME.test(value)).as(value)
				.isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(value));
			assertThat(FirewallCharacters.HEADER_VALUE.test(value)).as(value)
				.isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(value));
		}
		assertThat(FirewallCharacters.HEADER_VALUE.test("a\tb")).isTrue();
		assertThat(FirewallCharacters.NAME.test("a\tb")).isFalse();
		assertThat(FirewallCharacters.HEADER_VALUE.test("ok\u0378")).isFalse();
	}

	private static void assertSameOnEveryCodePoint(Predicate<String> ours, Predicate<String> springs) {
		int refused = 0;
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String value = "a" + Character.toString(codePoint) + "b";
			boolean expected = springs.test(value);
			if (ours.test(value) != expected) {
				throw new AssertionError(
						"U+%04X: Spring Security %s it".formatted(codePoint, expected ? "accepts" : "refuses"));
			}
			refused += expected ? 0 : 1;
		}
		// Both refuse the controls and the unassigned code points (most of the planes
		// above the second), not everything.
		assertThat(refused).isBetween(1_000, Character.MAX_CODE_POINT);
	}

}
