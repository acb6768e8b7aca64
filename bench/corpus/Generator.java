package corpus;

import static corpus.Vocabulary.COMMENTS;
import static corpus.Vocabulary.DOCUMENT_KINDS;
import static corpus.Vocabulary.FIRST_YEAR;
import static corpus.Vocabulary.PUBLISHERS;
import static corpus.Vocabulary.ROLES;
import static corpus.Vocabulary.SUBTITLES;
import static corpus.Vocabulary.TOPICS;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import corpus.Anchors.Span;
import corpus.ImportLine.Annotation;
import corpus.ImportLine.Author;
import corpus.ImportLine.Event;
import corpus.ImportLine.NewPerson;
import corpus.ImportLine.NewTopic;
import corpus.ImportLine.Quote;
import corpus.ImportLine.Speaker;
import corpus.ImportLine.Target;
import corpus.ImportLine.TextQuoteSelector;
import corpus.Names.Person;

/**
 * Writes the corpus, one {@link ImportLine} a document. Every random draw comes from one
 * sequence, so the methods below draw in a fixed order: reordering two draws changes the corpus.
 */
final class Generator {

	private final Dice dice;

	private final Prose prose;

	private final Person[] people;

	/** People already written whole: later mentions name them by slug. */
	private final BitSet peopleWritten = new BitSet();

	private final double[] zipf;

	private final double[] topicZipf;

	private final Events events;

	private final Samples samples;

	private long quoteCount;

	Generator(long seed, int peopleCount) {
		this.dice = new Dice(new SplittableRandom(seed));
		this.prose = new Prose(this.dice);
		this.people = Names.make(new SplittableRandom(seed ^ 0x5DEECE66DL), peopleCount);
		this.zipf = Dice.cumulativeZipf(peopleCount, 1.0);
		this.topicZipf = Dice.cumulativeZipf(TOPICS.length, 0.8);
		this.events = new Events(this.dice, this.topicZipf);
		this.samples = new Samples(this.dice);
	}

	long quoteCount() {
		return this.quoteCount;
	}

	int peopleWritten() {
		return this.peopleWritten.cardinality();
	}

	int eventsCreated() {
		return this.events.created();
	}

	Samples samples() {
		return this.samples;
	}

	void generate(int documents, Writer out) throws IOException {
		// The first lines create the topic tree, parents first, about ten topics a line.
		int topicLines = Math.min(documents, (TOPICS.length + 9) / 10);
		int perLine = (TOPICS.length + topicLines - 1) / topicLines;
		int sampleEvery = Math.max(1, documents / 1000);
		for (int d = 0; d < documents; d++) {
			int firstTopic = (d < topicLines) ? d * perLine : -1;
			int lastTopic = (d < topicLines) ? Math.min(TOPICS.length, firstTopic + perLine) : -1;
			ImportLine line = document(d, firstTopic, lastTopic);
			if (d % sampleEvery == 0) {
				this.samples.document(line.slug());
			}
			out.append(line.json()).append('\n');
			if ((d + 1) % 10000 == 0) {
				System.err.printf(Locale.ROOT, "... %d documents%n", d + 1);
			}
		}
		this.samples.searches(200);
	}

	/** One document; a line that creates topics {@code [firstTopic, lastTopic)} is tagged with them. */
	private ImportLine document(int index, int firstTopic, int lastTopic) {
		Dice r = this.dice;
		String kind = r.pick(DOCUMENT_KINDS);
		boolean russian = r.nextInt(20) == 0;
		String slug = kind.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + String.format("%06d", index + 1);
		int[] date = r.date();
		int precision = r.weighted(90, 7, 3); // day, month, year
		List<String> topics = (firstTopic >= 0) ? topicsCreated(firstTopic, lastTopic) : drawTopics();

		// Authors: the main speaker (Zipf-like), and an interviewer for interviews.
		int main = r.draw(this.zipf);
		int interviewer = -1;
		if (kind.equals("INTERVIEW")) {
			do {
				interviewer = r.draw(this.zipf);
			}
			while (interviewer == main);
		}

		// The event the document records, if any: new, or one already known.
		Event event = null;
		boolean eventIsNew = false;
		if (!kind.equals("ARTICLE") && !kind.equals("OTHER") && r.nextInt(100) < 55) {
			if (!this.events.isEmpty() && r.nextInt(5) == 0) {
				event = this.events.any();
			}
			else {
				event = this.events.create(kind, date);
				eventIsNew = true;
			}
		}

		String title = this.prose.title(kind, this.people[main].name(), event, topics);
		List<Span> sentences = new ArrayList<>(256);
		Anchors anchors = this.prose.text(title, russian, topics, sentences);
		String subtitle = (r.nextInt(5) == 0) ? r.pick(SUBTITLES) : null;
		String publisher = r.pick(PUBLISHERS);
		List<Author> authors = new ArrayList<>(2);
		String mainRole = switch (kind) {
			case "SPEECH", "STATEMENT", "TRANSCRIPT" -> "SPEAKER";
			case "INTERVIEW" -> "INTERVIEWEE";
			default -> "AUTHOR";
		};
		authors.add(author(main, russian, r.pick(ROLES), mainRole));
		if (interviewer >= 0) {
			authors.add(author(interviewer, russian, "Correspondent, " + r.pick(PUBLISHERS), "INTERVIEWER"));
		}
		// Topics: whole on the lines that create them, by slug after that.
		List<Object> topicTags = new ArrayList<>(topics.size());
		for (int t = 0; t < topics.size(); t++) {
			String[] topic = (firstTopic >= 0) ? TOPICS[firstTopic + t] : null;
			topicTags.add((topic != null) ? new NewTopic(topic[0], topic[1], topic[2]) : topics.get(t));
		}
		Quotes quotes = new Quotes(kind, date, precision, topics, main, interviewer, event, eventIsNew);
		List<Quote> quoteList = quotes.write(anchors, sentences);
		this.quoteCount += quoteList.size();
		if (eventIsNew && !quotes.eventMentioned) {
			// Nobody quoted at the event: it stays unknown and is not reused.
			this.events.forgetLast();
		}
		return new ImportLine(slug, title, subtitle, kind, russian ? "ru" : "en", Dice.formatDate(date, precision),
				publisher, "https://example.org/archive/" + date[0] + "/" + slug, anchors.text(), authors, topicTags,
				quoteList, annotations(anchors, sentences));
	}

	private static List<String> topicsCreated(int firstTopic, int lastTopic) {
		List<String> topics = new ArrayList<>();
		for (int t = firstTopic; t < lastTopic; t++) {
			topics.add(TOPICS[t][0]);
		}
		return topics;
	}

	/** One to three topics, drawn Zipf-like. */
	private List<String> drawTopics() {
		List<String> topics = new ArrayList<>();
		int count = 1 + this.dice.nextInt(3);
		while (topics.size() < count) {
			String topic = TOPICS[this.dice.draw(this.topicZipf)][0];
			if (!topics.contains(topic)) {
				topics.add(topic);
			}
		}
		return topics;
	}

	private Author author(int person, boolean russian, String bylineRole, String role) {
		Person p = this.people[person];
		return new Author(personRef(person), russian ? p.variants().get(0).name() : p.name(), bylineRole, role);
	}

	/** The person whole at the first mention, by slug after that. */
	private Object personRef(int index) {
		Person person = this.people[index];
		if (this.peopleWritten.get(index)) {
			return person.slug();
		}
		this.peopleWritten.set(index);
		return new NewPerson(person.slug(), person.name(), null, person.variants());
	}

	/** One to three comments, each on a sentence. */
	private List<Annotation> annotations(Anchors anchors, List<Span> sentences) {
		int wanted = 1 + this.dice.nextInt(3);
		List<Annotation> annotations = new ArrayList<>(wanted);
		for (int attempt = 0; annotations.size() < wanted && attempt < wanted * 4; attempt++) {
			TextQuoteSelector selector = anchors.quote(sentences.get(this.dice.nextInt(sentences.size())));
			if (selector != null) {
				annotations.add(new Annotation("commenting", this.dice.pick(COMMENTS), new Target(selector)));
			}
		}
		return annotations;
	}

	/** The quotes of one document, and whether its own event was named by one of them. */
	private final class Quotes {

		private final String kind;

		private final int[] date;

		private final int precision;

		private final List<String> topics;

		private final int main;

		private final int interviewer;

		private final Event event;

		private final boolean eventIsNew;

		boolean eventMentioned;

		Quotes(String kind, int[] date, int precision, List<String> topics, int main, int interviewer, Event event,
				boolean eventIsNew) {
			this.kind = kind;
			this.date = date;
			this.precision = precision;
			this.topics = topics;
			this.main = main;
			this.interviewer = interviewer;
			this.event = event;
			this.eventIsNew = eventIsNew;
		}

		/** About ten sentences or clauses, each unique through its context. */
		List<Quote> write(Anchors anchors, List<Span> sentences) {
			Dice r = Generator.this.dice;
			int wanted = Math.min(sentences.size(), 7 + r.nextInt(7));
			BitSet used = new BitSet(sentences.size());
			List<Quote> quotes = new ArrayList<>(wanted);
			for (int attempt = 0; quotes.size() < wanted && attempt < wanted * 4; attempt++) {
				int s = r.nextInt(sentences.size());
				if (used.get(s)) {
					continue;
				}
				String quoteKind = switch (r.weighted(75, 15, 5, 5)) {
					case 0 -> "DIRECT";
					case 1 -> "ATTRIBUTED_PHRASE";
					case 2 -> "SLOGAN";
					default -> "FORMULA";
				};
				Span span = quoteKind.equals("DIRECT") ? sentences.get(s) : anchors.clause(sentences.get(s));
				TextQuoteSelector selector = anchors.quote(span);
				if (selector == null) {
					continue;
				}
				used.set(s);
				quotes.add(quote(quoteKind, anchors, span, selector));
			}
			return quotes;
		}

		private Quote quote(String quoteKind, Anchors anchors, Span span, TextQuoteSelector selector) {
			Dice r = Generator.this.dice;
			int speaker = (this.kind.equals("ARTICLE") || r.nextInt(10) < 3) ? r.draw(Generator.this.zipf)
					: (this.interviewer >= 0 && r.nextInt(3) == 0) ? this.interviewer : this.main;
			Speaker speakerRef = new Speaker(personRef(speaker));
			String attribution = Generator.this.prose.attribution(Generator.this.people[speaker]);

			// Event and date.
			Event quoteEvent = null;
			boolean inline = false;
			int choice = r.nextInt(100);
			if (this.event != null && choice < 60) {
				quoteEvent = this.event;
				inline = this.eventIsNew && !this.eventMentioned;
				this.eventMentioned = true;
			}
			else if (choice >= 90 && !Generator.this.events.isEmpty()) {
				quoteEvent = Generator.this.events.any();
				if (quoteEvent == this.event) {
					inline = this.eventIsNew && !this.eventMentioned;
					this.eventMentioned = true;
				}
			}
			String quoteDate = (quoteEvent != null) ? quoteEvent.date() : switch (r.weighted(50, 15, 10, 10, 15)) {
				case 0 -> Dice.formatDate(this.date, this.precision);
				case 1 -> Dice.formatDate(this.date, Math.max(1, this.precision));
				case 2 -> Dice.formatDate(this.date, 2);
				case 3 -> null;
				default -> String.valueOf(FIRST_YEAR + r.nextInt(Math.max(1, this.date[0] - FIRST_YEAR + 1)));
			};
			Object eventRef = (quoteEvent == null) ? null : inline ? quoteEvent : quoteEvent.slug();

			// Topics: one or two of the document's, sometimes none.
			List<String> quoteTopics = new ArrayList<>(2);
			if (r.nextInt(10) != 0) {
				quoteTopics.add(this.topics.get(r.nextInt(this.topics.size())));
				if (r.nextInt(4) == 0) {
					String other = this.topics.get(r.nextInt(this.topics.size()));
					if (!quoteTopics.contains(other)) {
						quoteTopics.add(other);
					}
				}
			}
			Generator.this.samples.quote(speaker, Generator.this.people[speaker], quoteDate, quoteTopics);
			return new Quote(quoteKind, speakerRef, attribution, eventRef, quoteDate, quoteTopics,
					new Target(List.of(selector, anchors.position(span))));
		}

	}

}
