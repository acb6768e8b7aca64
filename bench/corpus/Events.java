package corpus;

import static corpus.Vocabulary.PLACES;
import static corpus.Vocabulary.PUBLISHERS;
import static corpus.Vocabulary.TOPICS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import corpus.ImportLine.Event;

/** The events the corpus's documents record, made up as documents need them. */
final class Events {

	private final Dice dice;

	private final double[] topicZipf;

	private final List<Event> known = new ArrayList<>();

	private int created;

	Events(Dice dice, double[] topicZipf) {
		this.dice = dice;
		this.topicZipf = topicZipf;
	}

	boolean isEmpty() {
		return this.known.isEmpty();
	}

	Event any() {
		return this.known.get(this.dice.nextInt(this.known.size()));
	}

	/** How many were made, the forgotten ones included (their numbers stay used in slugs). */
	int created() {
		return this.created;
	}

	/** Forgets the event made last: nobody was quoted at it, so it never reached the corpus. */
	void forgetLast() {
		this.known.remove(this.known.size() - 1);
	}

	/** A new event of a kind that fits the document, on the document's date. */
	Event create(String documentKind, int[] date) {
		Dice r = this.dice;
		String kind = switch (documentKind) {
			case "SPEECH" -> r.pick(new String[] { "SPEECH", "SPEECH", "FORUM", "SESSION", "VISIT" });
			case "INTERVIEW" -> "INTERVIEW";
			case "STATEMENT", "PRESS_RELEASE" -> r
				.pick(new String[] { "AGREEMENT", "PROGRAMME_ADOPTION", "PLAN", "ELECTION", "SESSION", "OTHER" });
			default -> r.pick(new String[] { "SESSION", "FORUM", "OTHER" });
		};
		String place = r.pick(PLACES);
		String topicLabel = TOPICS[r.draw(this.topicZipf)][1].toLowerCase(Locale.ROOT);
		String name = switch (kind) {
			case "SPEECH" -> "Address to the nation in " + place;
			case "FORUM" -> Words.ordinal(1 + r.nextInt(20)) + " Forum of Regions in " + place;
			case "SESSION" -> "Session of the Council on " + topicLabel;
			case "VISIT" -> "Official visit to " + place;
			case "INTERVIEW" -> "Interview with " + r.pick(PUBLISHERS);
			case "AGREEMENT" -> "Agreement on " + topicLabel;
			case "PROGRAMME_ADOPTION" -> "Adoption of the programme for " + topicLabel + " " + date[0] + "-"
					+ (date[0] + 5);
			case "PLAN" -> "Plan for " + topicLabel + " to " + (date[0] + 10);
			case "ELECTION" -> "Presidential election " + date[0];
			default -> "Meeting on " + topicLabel + " in " + place;
		};
		int precision = switch (kind) {
			case "PLAN", "PROGRAMME_ADOPTION" -> r.weighted(30, 30, 40);
			default -> r.weighted(75, 20, 5);
		};
		this.created++;
		String slug = Words.slugify(name) + "-" + this.created;
		boolean placed = !kind.equals("PLAN") && !kind.equals("PROGRAMME_ADOPTION") && !kind.equals("SESSION");
		Event event = new Event(slug, name, kind, Dice.formatDate(date, precision), placed ? place : null);
		this.known.add(event);
		return event;
	}

}
