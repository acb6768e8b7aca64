package org.verbatim.shared;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Selectors resolved to spans in code points, whole characters only; spans moved when a
 * text changes.
 */
class AnchoringTests {

	private static final String SPEECH = "Our unity is not a threat. I repeat: our unity is not a threat.";

	/** "😀" is one code point in two UTF-16 units; "é" is e + U+0301. */
	private static final String EMOJI = "Hi 😀 cafe\u0301 now";

	private static TextSelector quote(String exact) {
		return new TextSelector.TextQuote("TextQuoteSelector", exact, null, null);
	}

	private static TextSelector quote(String prefix, String exact, String suffix) {
		return new TextSelector.TextQuote("TextQuoteSelector", exact, prefix, suffix);
	}

	private static TextSelector position(Integer start, Integer end) {
		return new TextSelector.TextPosition("TextPositionSelector", start, end);
	}

	private static Span resolve(String text, TextSelector... selectors) {
		return new Anchoring(text).resolve(new TargetInput(null, Arrays.asList(selectors)), "/t");
	}

	/** The error a target gets: its pointer, then its detail. */
	private static List<String> error(String text, TextSelector... selectors) {
		InvalidInputException ex = (InvalidInputException) org.assertj.core.api.Assertions
			.catchThrowable(() -> resolve(text, selectors));
		assertThat(ex).as("no error for %s", Arrays.toString(selectors)).isNotNull();
		assertThat(ex.errors()).hasSize(1);
		return List.of(ex.errors().get(0).pointer(), ex.errors().get(0).detail());
	}

	@Test
	void countsAndCutsInCodePoints() {
		Anchoring anchoring = new Anchoring(EMOJI);
		assertThat(anchoring.text()).isEqualTo(EMOJI);
		assertThat(anchoring.length()).isEqualTo(EMOJI.codePointCount(0, EMOJI.length())).isEqualTo(14);
		assertThat(anchoring.cut(new Span(3, 4))).isEqualTo("😀");
		assertThat(anchoring.cut(new Span(5, 14))).isEqualTo("cafe\u0301 now");
		assertThat(new Anchoring("").length()).isZero();
	}

	@Test
	void aQuoteResolvesToItsSpanInCodePoints() {
		assertThat(resolve(EMOJI, quote("cafe\u0301"))).isEqualTo(new Span(5, 10));
		assertThat(resolve(EMOJI, quote("Hi"))).isEqualTo(new Span(0, 2));
		assertThat(resolve(EMOJI, quote("now"))).isEqualTo(new Span(11, 14));
		assertThat(resolve(SPEECH, quote("I repeat"))).isEqualTo(new Span(27, 35));
	}

	@Test
	void prefixAndSuffixTellOccurrencesApart() {
		assertThat(resolve(SPEECH, quote("Our ", "unity", null))).isEqualTo(new Span(4, 9));
		assertThat(resolve(SPEECH, quote("our ", "unity", null))).isEqualTo(new Span(41, 46));
		assertThat(resolve(SPEECH, quote(null, "not a threat", ". I"))).isEqualTo(new Span(13, 25));
		assertThat(resolve(SPEECH, quote("our unity is ", "not a threat", null))).isEqualTo(new Span(50, 62));
	}

	@Test
	void aPositionResolvesToItself() {
		assertThat(resolve(EMOJI, position(3, 4))).isEqualTo(new Span(3, 4));
		assertThat(resolve(EMOJI, position(0, 14))).isEqualTo(new Span(0, 14));
		assertThat(resolve(EMOJI, position(5, 10))).isEqualTo(new Span(5, 10));
	}

	@Test
	void severalSelectorsMustAgreeOnOneSpan() {
		assertThat(resolve(SPEECH, quote("unity"), position(41, 46))).isEqualTo(new Span(41, 46));
		assertThat(resolve(SPEECH, position(4, 9), quote("unity"))).isEqualTo(new Span(4, 9));
		assertThat(resolve(SPEECH, quote("unity"), quote("our ", "unity", null), position(41, 46)))
			.isEqualTo(new Span(41, 46));
		assertThat(error(SPEECH, quote("unity"), position(0, 3))).containsExactly("/t/selector/1",
				"The selectors of this target disagree: this one selects [0, 3) 'Our', "
						+ "the ones before it select [4, 9) 'unity', [41, 46) 'unity'.");
		assertThat(error(SPEECH, position(4, 9), quote("unity"), quote("our ", "unity", null)).get(0))
			.isEqualTo("/t/selector/2");
	}

	@Test
	void aQuoteFoundInSeveralPlacesIsAmbiguous() {
		assertThat(error(SPEECH, quote("not a threat"))).containsExactly("/t/selector",
				"The selectors match 2 places in the text: [13, 25) 'not a threat', [50, 62) 'not a threat'. "
						+ "Add a prefix or suffix to the TextQuoteSelector, or a TextPositionSelector, "
						+ "to say which one is meant.");
		assertThat(error("a a a a a a a", quote("a")).get(1)).startsWith("The selectors match 7 places")
			.contains("[0, 1) 'a', [2, 3) 'a', [4, 5) 'a', [6, 7) 'a', [8, 9) 'a', ...")
			.doesNotContain("[10, 11)");
		assertThat(error("a a a a a", quote("a")).get(1)).contains("[8, 9) 'a'. Add").doesNotContain("...");
	}

	@Test
	void aTargetNeedsASelector() {
		Anchoring anchoring = new Anchoring(SPEECH);
		for (TargetInput target : Arrays.asList(null, new TargetInput(null, null), new TargetInput("x", List.of()))) {
			assertThatThrownBy(() -> anchoring.resolve(target, "/quotes/0/target")).isInstanceOfSatisfying(
					InvalidInputException.class,
					ex -> assertThat(ex.errors())
						.containsExactly(new InvalidInputException.InputError("/quotes/0/target",
								"A target needs a selector: a TextQuoteSelector and/or a TextPositionSelector.")));
		}
	}

	@Test
	void aQuoteNeedsWordsThatOccurWithItsContext() {
		assertThat(error(SPEECH, quote(null))).containsExactly("/t/selector/0/exact",
				"A TextQuoteSelector needs non-empty `exact` words.");
		assertThat(error(SPEECH, quote(""))).containsExactly("/t/selector/0/exact",
				"A TextQuoteSelector needs non-empty `exact` words.");
		assertThat(error(SPEECH, quote("disunity"))).containsExactly("/t/selector/0",
				"The words of `exact` do not occur in the text (as whole characters): 'disunity'.");
		assertThat(error(SPEECH, quote("x", "I repeat", null))).containsExactly("/t/selector/0",
				"The words of `exact` occur once, but never with this prefix and suffix: 'I repeat'.");
		assertThat(error(SPEECH, quote(null, "unity", "!")).get(1))
			.isEqualTo("The words of `exact` occur 2 times, but never with this prefix and suffix: 'unity'.");
		// A prefix longer than the text before the words does not match there.
		assertThat(error(SPEECH, quote("Long before. Our ", "unity", null)).get(1)).contains("occur 2 times");
	}

	@Test
	void longWordsAreAbbreviatedInErrors() {
		String fortyEight = "x".repeat(47) + "😀";
		assertThat(error(SPEECH, quote(fortyEight)).get(1)).endsWith("'" + fortyEight + "'.");
		String fortyNine = "😀".repeat(49);
		assertThat(error(SPEECH, quote(fortyNine)).get(1)).endsWith("'" + "😀".repeat(24) + "…'.");
		String text = "y".repeat(60);
		assertThat(error(text + " " + text, quote(text)).get(1)).contains("[0, 60) '" + "y".repeat(24) + "…'");
	}

	@Test
	void aQuoteMustSelectWholeCharacters() {
		// "cafe" without its accent, and the first half of the emoji.
		assertThat(error(EMOJI, quote("cafe")).get(1)).contains("do not occur");
		assertThat(error(EMOJI, quote("\uD83D")).get(1)).contains("do not occur");
		assertThat(error(EMOJI, quote("\uDE00 cafe")).get(1)).contains("do not occur");
		// An enclosing mark (U+20DD) and a spacing mark (U+0903) hold to their letter
		// too.
		assertThat(error("1\u20DD2", quote("1")).get(1)).contains("do not occur");
		assertThat(error("\u0915\u0903 x", quote("\u0915")).get(1)).contains("do not occur");
		assertThat(resolve("\u0915\u0903 x", quote("\u0915\u0903"))).isEqualTo(new Span(0, 2));
		assertThat(resolve("1\u20DD2", quote("1\u20DD"))).isEqualTo(new Span(0, 2));
		// A text may open with a mark: its start is a boundary all the same.
		assertThat(resolve("\u0301ab", quote("\u0301a"))).isEqualTo(new Span(0, 2));
	}

	@Test
	void aPositionNeedsBothEndsWithinTheText() {
		assertThat(error(EMOJI, position(null, 3))).containsExactly("/t/selector/0",
				"A TextPositionSelector needs `start` and `end`.");
		assertThat(error(EMOJI, position(3, null)).get(1)).isEqualTo("A TextPositionSelector needs `start` and `end`.");
		assertThat(error(EMOJI, position(-1, 3))).containsExactly("/t/selector/0",
				"[-1, 3) is not a span of this text: it needs 0 <= start < end <= 14 "
						+ "(the text's length in code points).");
		assertThat(error(EMOJI, position(3, 3)).get(1)).startsWith("[3, 3) is not a span");
		assertThat(error(EMOJI, position(4, 3)).get(1)).startsWith("[4, 3) is not a span");
		assertThat(error(EMOJI, position(0, 15)).get(1)).startsWith("[0, 15) is not a span");
	}

	@Test
	void aPositionMayNotSplitALetterFromItsMark() {
		assertThat(error(EMOJI, position(5, 9))).containsExactly("/t/selector/0",
				"Offset 9 falls between a letter and its combining mark; a span must select whole characters.");
		assertThat(error(EMOJI, position(9, 12)).get(1)).startsWith("Offset 9 falls");
	}

	@Test
	void findsEveryWholeOccurrence() {
		Anchoring anchoring = new Anchoring("aaa 😀a cafe\u0301");
		assertThat(anchoring.findAll("aa")).containsExactly(new Span(0, 2), new Span(1, 3));
		assertThat(anchoring.findAll("a")).containsExactly(new Span(0, 1), new Span(1, 2), new Span(2, 3),
				new Span(5, 6), new Span(8, 9));
		assertThat(anchoring.findAll("cafe")).isEmpty();
		assertThat(anchoring.findAll("😀")).containsExactly(new Span(4, 5));
		assertThat(anchoring.findAll("")).isEmpty();
	}

	@Test
	void spansBeforeAndAfterAChangeKeepTheirPlace() {
		Anchoring old = new Anchoring("one two three. four five.");
		Anchoring changed = new Anchoring("one two THREE! four five.");
		assertThat(changed.relocate(old, "two", List.of(new Span(4, 7)))).containsExactly(new Span(4, 7));
		assertThat(changed.relocate(old, "four", List.of(new Span(15, 19)))).containsExactly(new Span(15, 19));
		Anchoring longer = new Anchoring("one two three, and more. four five.");
		assertThat(longer.relocate(old, "four", List.of(new Span(15, 19)))).containsExactly(new Span(25, 29));
		assertThat(longer.relocate(old, "one", List.of(new Span(0, 3)))).containsExactly(new Span(0, 3));
		Anchoring shorter = new Anchoring("one two. four five.");
		assertThat(shorter.relocate(old, "five", List.of(new Span(20, 24)))).containsExactly(new Span(14, 18));
		// Up to the change and from just after it.
		assertThat(longer.relocate(old, "one two three", List.of(new Span(0, 13)))).containsExactly(new Span(0, 13));
		assertThat(shorter.relocate(old, ". four five.", List.of(new Span(13, 25)))).containsExactly(new Span(7, 19));
	}

	@Test
	void spansInTheChangedPartGoWhereTheirWordsNowStand() {
		Anchoring old = new Anchoring("Dear friends! Unity matters.");
		Anchoring changed = new Anchoring("Dear friends and guests! Unity matters. Peace too.");
		assertThat(changed.relocate(old, "Unity matters", List.of(new Span(14, 27)))).containsExactly(new Span(25, 38));
		// Text put before the words: they shift with it.
		Anchoring moved = new Anchoring("Peace. Dear friends! Unity matters.");
		assertThat(moved.relocate(old, "Dear friends", List.of(new Span(0, 12)))).containsExactly(new Span(7, 19));
	}

	@Test
	void spansComeBackInTextOrder() {
		Anchoring old = new Anchoring("a x b x c");
		Anchoring changed = new Anchoring("a x b y b x c");
		// Given last x first: the result is in text order.
		assertThat(changed.relocate(old, "x", List.of(new Span(6, 7), new Span(2, 3)))).containsExactly(new Span(2, 3),
				new Span(10, 11));
	}

	@Test
	void wordsThatCannotBePlacedInOnePlaceAreNotMoved() {
		Anchoring old = new Anchoring("We said yes. Then we left.");
		// Gone from the text.
		assertThat(new Anchoring("We said no. Then we left.").relocate(old, "yes", List.of(new Span(8, 11)))).isEmpty();
		// Now twice in the changed part, for one span to place.
		assertThat(new Anchoring("We said: yes, yes! Then we left.").relocate(old, "yes", List.of(new Span(8, 11))))
			.isEmpty();
		// A span whose words no longer stand where its place was kept.
		assertThat(new Anchoring("We said yes. Then we left.").relocate(old, "Then", List.of(new Span(0, 4))))
			.isEmpty();
	}

	@Test
	void spansUpToTheChangeKeepTheirPlaceEvenWhereTheirWordsRecur() {
		Anchoring old = new Anchoring("yes and yes. End.");
		Anchoring changed = new Anchoring("yes and yes! End.");
		assertThat(changed.relocate(old, "yes", List.of(new Span(0, 3)))).containsExactly(new Span(0, 3));
		// Ending just where the change starts.
		assertThat(changed.relocate(old, "yes", List.of(new Span(8, 11)))).containsExactly(new Span(8, 11));
	}

	@Test
	void aFreeOccurrenceIsOneNotTakenByAKeptSpan() {
		Anchoring old = new Anchoring("yes, and yes.");
		Anchoring changed = new Anchoring("yes; and yes!");
		// The first yes is before the change and kept; the second is inside it.
		assertThat(changed.relocate(old, "yes", List.of(new Span(0, 3), new Span(9, 12))))
			.containsExactly(new Span(0, 3), new Span(9, 12));
	}

	@Test
	void aChangeInsideACharacterMovesItsWholeCharacter() {
		// 😀 and 😁 share their first UTF-16 unit.
		Anchoring old = new Anchoring("a😀b 😀");
		Anchoring changed = new Anchoring("a😁b 😀");
		assertThat(changed.relocate(old, "😀", List.of(new Span(1, 2)))).containsExactly(new Span(4, 5));
		assertThat(changed.relocate(old, "b", List.of(new Span(2, 3)))).containsExactly(new Span(2, 3));
		assertThat(changed.relocate(old, "a", List.of(new Span(0, 1)))).containsExactly(new Span(0, 1));
		// 😀 (D83D DE00) and U+10600 (D801 DE00) share their second: the change starts
		// inside the character, the words after it keep their place.
		assertThat(new Anchoring("a😁b a").relocate(new Anchoring("a😀b a"), "a", List.of(new Span(0, 1))))
			.containsExactly(new Span(0, 1));
		// The changed character's words now stand after it.
		assertThat(new Anchoring("b\uD801\uDE00 😀").relocate(new Anchoring("b😀 😀"), "😀", List.of(new Span(1, 2))))
			.containsExactly(new Span(3, 4));
		Anchoring linear = new Anchoring("b\uD801\uDE00b");
		assertThat(linear.relocate(new Anchoring("b😀b"), "b", List.of(new Span(2, 3))))
			.containsExactly(new Span(2, 3));
		Anchoring accents = new Anchoring("cafe\u0301 x");
		Anchoring regraved = new Anchoring("cafe\u0300 x");
		assertThat(regraved.relocate(accents, "x", List.of(new Span(6, 7)))).containsExactly(new Span(6, 7));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "x", "Our unity" })
	void anUnchangedTextKeepsEverySpan(String words) {
		Anchoring text = new Anchoring(SPEECH);
		List<Span> spans = text.findAll(words);
		assertThat(text.relocate(new Anchoring(SPEECH), words, spans)).isEqualTo(spans);
	}

}
