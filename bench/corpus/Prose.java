package corpus;

import static corpus.Vocabulary.*;

import java.util.List;
import java.util.Locale;

import corpus.Anchors.Span;
import corpus.ImportLine.Event;
import corpus.Names.Person;

/** The generated prose: titles, sentences in English and Russian, attributions. */
final class Prose {

	private final Dice dice;

	Prose(Dice dice) {
		this.dice = dice;
	}

	/**
	 * A speech: the title, a blank line, then paragraphs of 3 to 6 sentences, about 500 to 5,000 words in
	 * all; each sentence's span is added to {@code sentences}.
	 */
	Anchors text(String title, boolean russian, List<String> topics, List<Span> sentences) {
		Dice r = this.dice;
		StringBuilder text = new StringBuilder(64 * 1024);
		text.append(title).append("\n\n");
		int targetWords = 500 + (int) (4440 * Math.pow(r.nextDouble(), 1.7));
		int words = Words.countWords(title);
		boolean emoji = r.nextInt(10) == 0;
		boolean combining = r.nextInt(20) == 0;
		int cp = text.codePointCount(0, text.length());
		while (words < targetWords) {
			int sentencesInParagraph = 3 + r.nextInt(4);
			for (int s = 0; s < sentencesInParagraph && words < targetWords; s++) {
				if (s > 0) {
					text.append(' ');
					cp++;
				}
				String sentence = russian ? russianSentence() : sentence(topics, emoji, combining);
				sentences.add(new Span(text.length(), text.length() + sentence.length(), cp));
				text.append(sentence);
				cp += sentence.codePointCount(0, sentence.length());
				words += Words.countWords(sentence);
			}
			if (words < targetWords) {
				text.append("\n\n");
				cp += 2;
			}
		}
		return new Anchors(text.toString(), cp);
	}

	String title(String kind, String name, Event event, List<String> topics) {
		Dice r = this.dice;
		String topic = labelOf(topics.get(r.nextInt(topics.size()))).toLowerCase(Locale.ROOT);
		return switch (kind) {
			case "SPEECH" -> (event != null) ? "Speech at the event: " + event.name()
					: "Remarks on " + topic + " by " + name;
			case "INTERVIEW" -> "Interview with " + name + " on " + topic;
			case "STATEMENT" -> "Statement on " + topic;
			case "PRESS_RELEASE" -> "Press release: " + Words.capitalise(r.pick(ADJECTIVES)) + " " + topic;
			case "TRANSCRIPT" -> "Transcript: " + ((event != null) ? event.name() : "meeting on " + topic);
			case "ARTICLE" -> Words.capitalise(r.pick(ADJECTIVES)) + " " + r.pick(NOUNS) + ": the case for " + topic;
			default -> "Notes on " + topic;
		};
	}

	String sentence(List<String> topics, boolean emoji, boolean combining) {
		Dice r = this.dice;
		String topic = labelOf(topics.get(r.nextInt(topics.size()))).toLowerCase(Locale.ROOT);
		String obj = r.pick(ADJECTIVES) + " " + r.pick(NOUNS);
		String sentence = switch (r.nextInt(24)) {
			case 0 -> Words.capitalise(r.pick(SUBJECTS)) + " must " + r.pick(VERBS) + " " + obj + ".";
			case 1 -> "We have always said that " + r.pick(SUBJECTS) + " will " + r.pick(VERBS) + " " + obj + ".";
			case 2 -> "In " + r.year() + ", " + r.pick(SUBJECTS) + " " + r.pick(PAST_VERBS) + " " + obj
					+ ", and the results are clear.";
			case 3 -> "Nobody should doubt that " + obj + " is " + r.pick(PREDICATES) + " for " + r.pick(SUBJECTS)
					+ ".";
			case 4 -> "Let me be frank: without " + obj + " there is no " + r.pick(NOUNS) + ".";
			case 5 -> "Over the past " + (2 + r.nextInt(25)) + " years, " + r.pick(SUBJECTS) + " "
					+ r.pick(PAST_VERBS) + " " + obj + " by " + (1 + r.nextInt(60)) + " percent.";
			case 6 -> "This is not a question of " + r.pick(NOUNS) + ", it is a question of " + r.pick(NOUNS) + ".";
			case 7 -> "I want to thank " + r.pick(GROUPS) + " of " + r.pick(PLACES) + " for their "
					+ r.pick(QUALITIES) + ".";
			case 8 -> "We will not allow anyone to undermine our " + r.pick(NOUNS) + ".";
			case 9 -> "The question of " + topic + " remains " + r.pick(PREDICATES)
					+ ", and we must answer it together.";
			case 10 -> r.pick(ORDINALS) + ", we need to " + r.pick(VERBS) + " " + obj + ".";
			case 11 -> "Our " + r.pick(NOUNS) + " grew by " + (1 + r.nextInt(40)) + "." + r.nextInt(10)
					+ " percent in " + r.year() + ", more than planned.";
			case 12 -> "Some of our critics say that " + obj + " is a luxury, but the facts say otherwise.";
			case 13 -> "The people of " + r.pick(PLACES) + " expect " + obj + ", not empty promises.";
			case 14 -> "Why do we need " + obj + "? Because " + r.pick(SUBJECTS) + " cannot live without it.";
			case 15 -> "Today " + r.pick(SUBJECTS) + " and " + r.pick(SUBJECTS) + " are working side by side on "
					+ topic + ".";
			case 16 -> "When it comes to " + topic + ", we will " + r.pick(VERBS) + " " + obj + " step by step.";
			case 17 -> "Every plan on " + topic + " must serve " + r.pick(SUBJECTS) + ", not the other way round.";
			case 18 -> "By " + (FIRST_YEAR + r.nextInt(LAST_YEAR - FIRST_YEAR + 10)) + " we intend to "
					+ r.pick(VERBS) + " " + obj + " in every district.";
			case 19 -> "Dear friends, " + r.pick(SUBJECTS) + " can be proud of so much " + r.pick(QUALITIES)
					+ ".";
			case 20 -> "As our grandparents used to say, «" + r.pick(RU_PROVERBS) + "».";
			case 21 -> "In " + r.pick(PLACES) + " I heard the words «" + r.pick(RU_SUBJECTS) + " "
					+ r.pick(RU_VERBS) + " " + r.pick(RU_OBJECTS) + "», and I agree with them.";
			case 22 -> "Spending on " + topic + " reached " + (10 + r.nextInt(990)) + " million roubles in "
					+ r.year() + ".";
			default -> "There can be no " + r.pick(NOUNS) + " without " + obj + ".";
		};
		if (combining && r.nextInt(40) == 0) {
			sentence = sentence.substring(0, sentence.length() - 1) + ", as they say at the "
					+ r.pick(COMBINING) + " near the square.";
		}
		if (emoji && r.nextInt(60) == 0) {
			sentence = sentence + " " + r.pick(EMOJI);
		}
		return sentence;
	}

	String russianSentence() {
		Dice r = this.dice;
		return switch (r.nextInt(6)) {
			case 0 -> r.pick(RU_SUBJECTS) + " " + r.pick(RU_VERBS) + " " + r.pick(RU_OBJECTS) + ".";
			case 1 -> "Мы всегда говорили, что " + r.pick(RU_SUBJECTS).toLowerCase(Locale.ROOT) + " "
					+ r.pick(RU_VERBS) + " " + r.pick(RU_OBJECTS) + ".";
			case 2 -> "В " + r.year() + " году " + r.pick(RU_SUBJECTS).toLowerCase(Locale.ROOT) + " "
					+ r.pick(RU_VERBS) + " " + r.pick(RU_OBJECTS) + ", и результаты очевидны.";
			case 3 -> "Как говорится, «" + r.pick(RU_PROVERBS) + "».";
			case 4 -> "Никто не должен сомневаться: " + r.pick(RU_SUBJECTS).toLowerCase(Locale.ROOT) + " "
					+ r.pick(RU_VERBS) + " " + r.pick(RU_OBJECTS) + " в " + r.pick(PLACES) + ".";
			default -> "За " + (2 + r.nextInt(20)) + " лет рост составил " + (1 + r.nextInt(60))
					+ " процентов, а " + r.pick(RU_SUBJECTS).toLowerCase(Locale.ROOT) + " " + r.pick(RU_VERBS)
					+ " " + r.pick(RU_OBJECTS) + ".";
		};
	}

	String attribution(Person person) {
		return switch (this.dice.nextInt(5)) {
			case 0 -> person.surname() + " said";
			case 1 -> "said " + person.name();
			case 2 -> "according to " + person.surname();
			case 3 -> person.name() + " told the audience";
			default -> "as " + person.surname() + " put it";
		};
	}

}
