import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Generates a benchmark corpus for Verbatim: NDJSON, one document per line, in the shape of
 * the body of {@code POST /api/v1/documents} (the lines of {@code POST /api/v1/import}).
 *
 * <pre>
 * java bench/CorpusGenerator.java --documents 100000 --seed 42 --out corpus.ndjson [--samples samples.tsv]
 * java bench/CorpusGenerator.java --verify corpus.ndjson
 * </pre>
 *
 * The corpus is deterministic for a given seed and document count, and streamed: nothing but
 * the people, topics and events is held in memory. The first lines create the topic tree;
 * after that each person, topic and event appears inline at its first mention and as a slug
 * afterwards. Speeches have 500 to 5,000 words (whitespace-separated tokens) of generated
 * sentences, mostly English with some Cyrillic, rare emoji (outside the BMP) and rare
 * combining accents; about 10 quotes each, every one a sentence or a clause of its own text,
 * anchored by a TextQuoteSelector (unique through its prefix and suffix) and a
 * TextPositionSelector in Unicode code points, half-open. Speakers are drawn Zipf-like from
 * about 5,000 people with Latin and Cyrillic name variants; dates spread over 1990-2026 at
 * day, month or year precision.
 *
 * {@code --samples} writes requests that find something in the corpus, for the load test: one
 * a line, a kind ({@code filter}, {@code document}, {@code people}, {@code search}), a tab
 * and the path with its encoded query.
 * {@code --verify} re-reads a corpus and checks every selector, reference, enum, slug, date
 * and length; it exits non-zero on the first inconsistent document it reports.
 *
 * No dependencies: run with the JDK's single-file source launcher (Java 17+).
 */
public final class CorpusGenerator {

	// ------------------------------------------------------------------------------------
	// Vocabulary
	// ------------------------------------------------------------------------------------

	/** The topic tree: slug, label, parent slug (parents come first). */
	static final String[][] TOPICS = {
			// roots
			{ "public-finance", "Public finance", null }, { "defence-and-security", "Defence and security", null },
			{ "foreign-policy", "Foreign policy", null }, { "industry", "Industry", null },
			{ "agriculture", "Agriculture", null }, { "environment", "Environment", null },
			{ "technology", "Technology", null }, { "public-health", "Public health", null },
			{ "education-and-science", "Education and science", null },
			{ "culture-and-history", "Culture and history", null },
			// children
			{ "taxation", "Taxation", "public-finance" }, { "state-budget", "State budget", "public-finance" },
			{ "public-debt", "Public debt", "public-finance" }, { "pensions", "Pensions", "public-finance" },
			{ "armed-forces", "Armed forces", "defence-and-security" },
			{ "border-security", "Border security", "defence-and-security" },
			{ "cybersecurity", "Cybersecurity", "defence-and-security" },
			{ "civil-defence", "Civil defence", "defence-and-security" },
			{ "diplomacy", "Diplomacy", "foreign-policy" }, { "sanctions", "Sanctions", "foreign-policy" },
			{ "neighbourly-relations", "Neighbourly relations", "foreign-policy" },
			{ "multilateral-organisations", "Multilateral organisations", "foreign-policy" },
			{ "machine-building", "Machine building", "industry" },
			{ "chemical-industry", "Chemical industry", "industry" }, { "metallurgy", "Metallurgy", "industry" },
			{ "light-industry", "Light industry", "industry" }, { "grain-harvest", "Grain harvest", "agriculture" },
			{ "dairy-farming", "Dairy farming", "agriculture" },
			{ "land-reclamation", "Land reclamation", "agriculture" },
			{ "food-security", "Food security", "agriculture" }, { "climate-change", "Climate change", "environment" },
			{ "forestry", "Forestry", "environment" }, { "water-resources", "Water resources", "environment" },
			{ "waste-management", "Waste management", "environment" },
			{ "digital-economy", "Digital economy", "technology" },
			{ "artificial-intelligence", "Artificial intelligence", "technology" },
			{ "space-programme", "Space programme", "technology" },
			{ "telecommunications", "Telecommunications", "technology" },
			{ "hospitals", "Hospitals", "public-health" },
			{ "pandemic-response", "Pandemic response", "public-health" },
			{ "medicines", "Medicines", "public-health" },
			{ "healthy-lifestyles", "Healthy lifestyles", "public-health" },
			{ "schools", "Schools", "education-and-science" },
			{ "universities", "Universities", "education-and-science" },
			{ "research-funding", "Research funding", "education-and-science" },
			{ "vocational-training", "Vocational training", "education-and-science" },
			{ "national-memory", "National memory", "culture-and-history" },
			{ "sport", "Sport", "culture-and-history" }, { "media", "Media", "culture-and-history" },
			{ "language-policy", "Language policy", "culture-and-history" },
			// grandchildren
			{ "winter-crops", "Winter crops", "grain-harvest" }, { "satellites", "Satellites", "space-programme" },
			{ "ice-hockey", "Ice hockey", "sport" } };

	static final Map<String, String> LABELS = new HashMap<>();

	static {
		for (String[] topic : TOPICS) {
			LABELS.put(topic[0], topic[1]);
		}
	}

	static final String[] RU_MALE = { "Александр", "Алексей", "Андрей", "Антон", "Борис", "Вадим", "Валерий",
			"Василий", "Виктор", "Виталий", "Владимир", "Геннадий", "Григорий", "Дмитрий", "Евгений", "Егор",
			"Иван", "Игорь", "Илья", "Кирилл", "Константин", "Леонид", "Максим", "Михаил", "Никита", "Николай",
			"Олег", "Павел", "Пётр", "Роман", "Сергей", "Станислав", "Степан", "Тимофей", "Фёдор", "Юрий", "Ярослав",
			"Аркадий", "Семён", "Эдуард" };

	static final String[] RU_FEMALE = { "Александра", "Алина", "Анастасия", "Анна", "Валентина", "Вера",
			"Виктория", "Галина", "Дарья", "Екатерина", "Елена", "Жанна", "Зоя", "Ирина", "Ксения", "Лариса",
			"Людмила", "Марина", "Мария", "Наталья", "Нина", "Ольга", "Полина", "Светлана", "Софья", "Тамара",
			"Татьяна", "Юлия", "Яна", "Эльвира" };

	/** Surname stems; the ending decides the feminine form. */
	static final String[] RU_STEMS = { "Абрам", "Бел", "Богдан", "Волк", "Воронц", "Гаврил", "Голуб", "Гончар",
			"Горбун", "Громык", "Гус", "Давыд", "Дрозд", "Ермак", "Жук", "Журавл", "Заруб", "Зайц", "Иван",
			"Игнат", "Казак", "Калин", "Карп", "Кизим", "Клим", "Ковал", "Козл", "Колесник", "Комар", "Корол",
			"Кравц", "Кузнец", "Лавр", "Лебед", "Лев", "Литвин", "Макар", "Мартын", "Матве", "Мельник",
			"Мирон", "Михайл", "Мороз", "Назар", "Некрас", "Никит", "Новик", "Орл", "Осип", "Павлюк", "Панк",
			"Петруш", "Полев", "Пономар", "Прохор", "Радзиев", "Роман", "Рудак", "Рыбак", "Савчук", "Сафрон",
			"Сидор", "Сирот", "Скоробогат", "Сокол", "Соловь", "Старик", "Степан", "Сыч", "Тарас", "Тимош",
			"Ткач", "Третьяк", "Трофим", "Устин", "Федос", "Филипп", "Фом", "Харитон", "Хмель", "Цвирк", "Черн",
			"Шевчук", "Шестак", "Шил", "Шуст", "Щерб", "Юд", "Яковл", "Ярош" };

	static final String[] RU_ENDINGS_M = { "ов", "ев", "ин", "ский", "енко", "ович", "ук", "ёнок" };

	static final String[] RU_ENDINGS_F = { "ова", "ева", "ина", "ская", "енко", "ович", "ук", "ёнок" };

	/** Belarusian first names (be-Cyrl). */
	static final String[] BE_MALE = { "Аляксандр", "Аляксей", "Андрэй", "Сяргей", "Міхаіл", "Уладзімір", "Юрый",
			"Дзмітрый", "Пётр", "Васіль", "Ігар", "Віктар", "Генадзь", "Павел", "Раман" };

	static final String[] BE_FEMALE = { "Алена", "Вольга", "Ганна", "Ірына", "Марына", "Наталля", "Святлана",
			"Таццяна", "Юлія", "Людміла" };

	static final String[] BE_SURNAMES = { "Шушкевіч", "Мацкевіч", "Лабановіч", "Жыркевіч", "Кавалёў", "Навіцкі",
			"Багдановіч", "Сцяцко", "Васілеўскі", "Кіркевіч", "Рудкоўскі", "Дамашэвіч", "Ярашэвіч", "Савіцкі",
			"Статкевіч", "Ціхановіч", "Шчэрба", "Кулеш", "Лукашэвіч", "Малевіч" };

	/** Western names with their conventional Cyrillic spelling. */
	static final String[][] WEST_FIRST = { { "John", "Джон" }, { "Mary", "Мэри" }, { "Peter", "Питер" },
			{ "Anna", "Анна" }, { "Thomas", "Томас" }, { "Claire", "Клэр" }, { "Michael", "Майкл" },
			{ "Sophie", "Софи" }, { "David", "Дэвид" }, { "Laura", "Лаура" }, { "Jean", "Жан" },
			{ "Hans", "Ганс" }, { "Marco", "Марко" }, { "Elena", "Элена" }, { "Pierre", "Пьер" } };

	static final String[][] WEST_LAST = { { "Smith", "Смит" }, { "Miller", "Миллер" }, { "Dubois", "Дюбуа" },
			{ "Schneider", "Шнайдер" }, { "Rossi", "Росси" }, { "Novak", "Новак" }, { "Jensen", "Йенсен" },
			{ "Laurent", "Лоран" }, { "Fischer", "Фишер" }, { "Walker", "Уокер" }, { "Moreau", "Моро" },
			{ "Kowalski", "Ковальски" }, { "Hughes", "Хьюз" }, { "Bauer", "Бауэр" }, { "Ricci", "Риччи" },
			{ "Lindqvist", "Линдквист" }, { "Horvat", "Хорват" }, { "Petit", "Пети" }, { "Young", "Янг" },
			{ "Carter", "Картер" } };

	static final String[] ROLES = { "President", "Prime Minister", "Minister of Agriculture",
			"Minister of Foreign Affairs", "Minister of Finance", "Minister of Health", "Minister of Education",
			"Chair of the Regional Council", "Member of Parliament", "Speaker of the House",
			"Governor of the Region", "Deputy Prime Minister", "Ambassador", "Mayor", "Head of the Central Bank",
			"Trade union leader", "Director of the Institute", "Party chair", "Secretary of the Security Council",
			"Chief economist" };

	static final String[] PLACES = { "Minsk", "Brest", "Grodno", "Gomel", "Mogilev", "Vitebsk", "Kazan", "Ufa",
			"Samara", "Novosibirsk", "Yekaterinburg", "Pskov", "Smolensk", "Tula", "Kaliningrad", "Astana", "Baku",
			"Yerevan", "Tashkent", "Bishkek", "Vienna", "Geneva", "Helsinki", "Beijing", "Delhi" };

	static final String[] PUBLISHERS = { "The Daily Courier", "National Herald", "Evening Chronicle",
			"Regional Review", "State News Agency", "The Parliamentary Gazette", "Economic Weekly",
			"Минская правда", "Вечерний вестник", "Press Office of the Government", "Council Bulletin",
			"The Observer of the East", "Foreign Affairs Digest", "Radio One Transcripts", "Капитал и политика" };

	static final String[] SUBJECTS = { "our country", "the government", "the region", "our people",
			"the parliament", "every citizen", "the union", "our partners", "the state", "young people",
			"our farmers", "industry", "our neighbours", "the ministry", "local authorities", "the nation",
			"our workers", "the army", "our scientists", "the private sector", "our teachers", "the capital" };

	static final String[] VERBS = { "strengthen", "protect", "develop", "support", "modernise", "defend",
			"expand", "reform", "invest in", "rebuild", "secure", "diversify", "restore", "preserve", "improve",
			"rethink", "finance", "guarantee" };

	static final String[] PAST_VERBS = { "strengthened", "protected", "developed", "supported", "modernised",
			"defended", "expanded", "reformed", "rebuilt", "secured", "diversified", "restored", "improved" };

	static final String[] ADJECTIVES = { "sustainable", "regional", "national", "modern", "stable", "fair",
			"independent", "long-term", "reliable", "competitive", "social", "industrial", "digital", "mutual",
			"practical", "strategic", "balanced", "honest", "peaceful", "efficient" };

	static final String[] NOUNS = { "cooperation", "infrastructure", "security", "growth", "trade links",
			"institutions", "agriculture", "energy supply", "exports", "public services", "wages", "investment",
			"sovereignty", "stability", "partnership", "production", "healthcare", "education", "transport",
			"housing", "employment", "innovation", "dialogue", "discipline", "order" };

	static final String[] PREDICATES = { "essential", "decisive", "urgent", "vital", "non-negotiable",
			"a matter of principle", "the foundation of everything", "a shared responsibility", "long overdue",
			"within our reach" };

	static final String[] GROUPS = { "the workers", "the doctors", "the farmers", "the engineers",
			"the volunteers", "the teachers", "the builders", "the veterans", "the students", "the miners" };

	static final String[] QUALITIES = { "patience", "hard work", "courage", "dedication", "trust", "resilience",
			"honesty", "support", "discipline", "optimism" };

	static final String[] ORDINALS = { "First", "Second", "Third", "Finally", "Moreover", "Above all",
			"In addition", "At the same time" };

	static final String[] EMOJI = { "👍", "🚜", "📈", "🌾", "🤝", "🏭", "⚡\uFE0F", "🚀", "🇧🇾", "🙏" };

	/** Words with a combining acute accent (U+0301) or other combining marks. */
	static final String[] COMBINING = { "cafe\u0301", "re\u0301sume\u0301", "Jose\u0301", "na\u0131\u0308ve",
			"за\u0301мок", "доро\u0301ги", "Zu\u0308rich", "Malmo\u0308" };

	static final String[] RU_SUBJECTS = { "Мы", "Наши партнёры", "Правительство", "Регионы", "Наши люди",
			"Депутаты", "Предприятия", "Молодые специалисты" };

	static final String[] RU_VERBS = { "должны укреплять", "будут развивать", "продолжат поддерживать",
			"обязаны защищать", "будут модернизировать", "должны сохранить" };

	static final String[] RU_OBJECTS = { "экономическое сотрудничество", "нашу независимость", "сельское хозяйство",
			"промышленность", "энергетическую безопасность", "социальную политику", "дружбу народов",
			"единое информационное пространство", "торговые связи", "систему образования" };

	static final String[] RU_PROVERBS = { "Тише едешь — дальше будешь", "Без труда не вытащишь и рыбку из пруда",
			"Семь раз отмерь, один раз отрежь", "Один в поле не воин", "Делу время, потехе час",
			"Не имей сто рублей, а имей сто друзей" };

	static final String[] COMMENTS = { "Compare with the official statistics for the same year.",
			"The figure is disputed by independent economists.", "This passage was cut from the televised version.",
			"An earlier draft of the speech worded this differently.",
			"The same phrase appears in several speeches of that period.",
			"Applause in the hall, according to the transcript.", "The claim could not be verified.",
			"Quoted widely in the press the following day." };

	static final String[] SEARCH_WORDS = { "cooperation", "infrastructure", "security", "growth", "investment",
			"sovereignty", "stability", "partnership", "housing", "employment", "farmers", "exports", "wages",
			"dialogue", "innovation", "modernise", "сотрудничество", "промышленность", "независимость" };

	static final String[] DOCUMENT_KINDS = { "SPEECH", "SPEECH", "SPEECH", "SPEECH", "SPEECH", "SPEECH", "SPEECH",
			"SPEECH", "SPEECH", "SPEECH", "ARTICLE", "ARTICLE", "ARTICLE", "INTERVIEW", "INTERVIEW", "STATEMENT",
			"STATEMENT", "TRANSCRIPT", "PRESS_RELEASE", "OTHER" };

	static final Set<String> DOCUMENT_KIND_SET = Set.of("ARTICLE", "SPEECH", "INTERVIEW", "STATEMENT", "TRANSCRIPT",
			"PRESS_RELEASE", "OTHER");

	static final Set<String> QUOTE_KINDS = Set.of("DIRECT", "ATTRIBUTED_PHRASE", "SLOGAN", "FORMULA");

	static final Set<String> EVENT_KINDS = Set.of("SPEECH", "FORUM", "SESSION", "ELECTION", "AGREEMENT",
			"PROGRAMME_ADOPTION", "PLAN", "VISIT", "INTERVIEW", "OTHER");

	static final Set<String> VARIANT_KINDS = Set.of("PRINTED", "CONVENTIONAL", "TRANSLITERATION", "ORIGINAL_SCRIPT",
			"SURNAME");

	static final Set<String> AUTHOR_ROLES = Set.of("AUTHOR", "SPEAKER", "INTERVIEWER", "INTERVIEWEE", "TRANSLATOR",
			"EDITOR");

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	/** Context each side of a TextQuoteSelector, in code points. */
	static final int CONTEXT = 32;

	static final int FIRST_YEAR = 1990;

	static final int LAST_YEAR = 2026;

	static final int[] MONTH_DAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	// ------------------------------------------------------------------------------------
	// Command line
	// ------------------------------------------------------------------------------------

	public static void main(String[] args) throws IOException {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				usage(0);
			}
			if (!arg.startsWith("--") || i + 1 >= args.length) {
				System.err.println("Unexpected argument: " + arg);
				usage(2);
			}
			options.put(arg.substring(2), args[++i]);
		}
		Set<String> known = Set.of("documents", "seed", "out", "samples", "people", "verify");
		for (String key : options.keySet()) {
			if (!known.contains(key)) {
				System.err.println("Unknown option: --" + key);
				usage(2);
			}
		}
		if (options.containsKey("verify")) {
			System.exit(new Verifier().verify(Path.of(options.get("verify"))) ? 0 : 1);
		}
		int documents = Integer.parseInt(options.getOrDefault("documents", "1000"));
		long seed = Long.parseLong(options.getOrDefault("seed", "1"));
		int people = Integer.parseInt(options.getOrDefault("people", "5000"));
		if (documents < 1 || people < 10) {
			System.err.println("--documents must be at least 1 and --people at least 10");
			System.exit(2);
		}
		long started = System.nanoTime();
		OutputStream out = options.containsKey("out") ? Files.newOutputStream(Path.of(options.get("out")))
				: System.out;
		Generator generator = new Generator(seed, people);
		try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 20)) {
			generator.generate(documents, writer);
		}
		if (options.containsKey("samples")) {
			generator.writeSamples(Path.of(options.get("samples")));
		}
		System.err.printf(Locale.ROOT, "Generated %d documents, %d quotes, %d people, %d events in %.1f s%n",
				documents, generator.quoteCount, generator.peopleCreated.cardinality(), generator.eventCount,
				(System.nanoTime() - started) / 1e9);
	}

	static void usage(int status) {
		System.err.println("""
				Usage: java bench/CorpusGenerator.java --documents N --seed S [--out FILE] [--samples FILE] [--people P]
				       java bench/CorpusGenerator.java --verify FILE
				Writes NDJSON (one POST /api/v1/documents body a line) to FILE or standard output.
				--samples writes request parameters that find something in the corpus, for the load test.
				--verify re-reads a corpus and checks selectors, references, enums, slugs and dates.""");
		System.exit(status);
	}

	// ------------------------------------------------------------------------------------
	// Generation
	// ------------------------------------------------------------------------------------

	/** A person: canonical (Latin) name, slug and name variants. */
	record Person(String slug, String name, String surname, List<String[]> variants) {
	}

	/** An event as first mentioned. */
	record Event(String slug, String name, String kind, String date, String place) {
	}

	/** A span of the text: char offsets and the code point offset of its start. */
	record Span(int start, int end, int cpStart) {
	}

	static final class Generator {

		final SplittableRandom random;

		final Person[] people;

		final double[] zipf;

		final double[] topicZipf;

		final BitSet peopleCreated = new BitSet();

		final List<Event> events = new ArrayList<>();

		int eventCount;

		long quoteCount;

		/** Samples for the load test, each a tab-separated line after its kind. */
		final Map<String, List<String>> samples = new LinkedHashMap<>();

		final Set<Integer> sampledSpeakers = new HashSet<>();

		final Map<String, String> parentOf = new HashMap<>();

		Generator(long seed, int peopleCount) {
			this.random = new SplittableRandom(seed);
			this.people = makePeople(new SplittableRandom(seed ^ 0x5DEECE66DL), peopleCount);
			this.zipf = cumulativeZipf(peopleCount, 1.0);
			this.topicZipf = cumulativeZipf(TOPICS.length, 0.8);
			for (String[] topic : TOPICS) {
				this.parentOf.put(topic[0], topic[2]);
			}
			for (String kind : List.of("filter", "document", "people", "search")) {
				this.samples.put(kind, new ArrayList<>());
			}
		}

		void generate(int documents, Writer out) throws IOException {
			// The first lines create the topic tree, parents first, about ten topics a line.
			int topicLines = Math.min(documents, (TOPICS.length + 9) / 10);
			int perLine = (TOPICS.length + topicLines - 1) / topicLines;
			StringBuilder line = new StringBuilder(64 * 1024);
			StringBuilder text = new StringBuilder(64 * 1024);
			int sampleEvery = Math.max(1, documents / 1000);
			for (int d = 0; d < documents; d++) {
				int firstTopic = (d < topicLines) ? d * perLine : -1;
				int lastTopic = (d < topicLines) ? Math.min(TOPICS.length, firstTopic + perLine) : -1;
				line.setLength(0);
				text.setLength(0);
				String slug = document(d, firstTopic, lastTopic, line, text);
				if (d % sampleEvery == 0 && this.samples.get("document").size() < 1000) {
					this.samples.get("document").add("/api/v1/documents/" + slug);
				}
				line.append('\n');
				out.append(line);
				if ((d + 1) % 10000 == 0) {
					System.err.printf(Locale.ROOT, "... %d documents%n", d + 1);
				}
			}
			for (int i = 0; i < 200; i++) {
				String word = pick(SEARCH_WORDS);
				String q = switch (i % 4) {
					case 0, 1 -> word;
					case 2 -> word + " " + pick(SEARCH_WORDS);
					default -> "\"" + pick(ADJECTIVES) + " " + pick(NOUNS) + "\"";
				};
				this.samples.get("search").add("/api/v1/search?q=" + encode(q));
			}
		}

		void writeSamples(Path path) throws IOException {
			try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
				for (Map.Entry<String, List<String>> kind : this.samples.entrySet()) {
					for (String sample : kind.getValue()) {
						writer.append(kind.getKey()).append('\t').append(sample).append('\n');
					}
				}
			}
		}

		/** Writes one document's JSON to {@code line} and returns its slug. */
		String document(int index, int firstTopic, int lastTopic, StringBuilder line, StringBuilder text) {
			SplittableRandom r = this.random;
			String kind = pick(DOCUMENT_KINDS);
			boolean russian = r.nextInt(20) == 0;
			String language = russian ? "ru" : "en";
			String slug = kind.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + String.format("%06d", index + 1);
			int[] date = randomDate();
			int docPrecision = weighted(90, 7, 3); // day, month, year
			String docDate = formatDate(date, docPrecision);

			// Topics of the document: the ones this line creates, or a few drawn Zipf-like.
			List<String> topics = new ArrayList<>();
			if (firstTopic >= 0) {
				for (int t = firstTopic; t < lastTopic; t++) {
					topics.add(TOPICS[t][0]);
				}
			}
			else {
				int count = 1 + r.nextInt(3);
				while (topics.size() < count) {
					String topic = TOPICS[draw(this.topicZipf)][0];
					if (!topics.contains(topic)) {
						topics.add(topic);
					}
				}
			}

			// Authors: the main speaker (Zipf-like), and an interviewer for interviews.
			int main = draw(this.zipf);
			List<int[]> authors = new ArrayList<>(); // person, role index
			String mainRole = switch (kind) {
				case "SPEECH", "STATEMENT", "TRANSCRIPT" -> "SPEAKER";
				case "INTERVIEW" -> "INTERVIEWEE";
				default -> "AUTHOR";
			};
			authors.add(new int[] { main, 0 });
			int interviewer = -1;
			if (kind.equals("INTERVIEW")) {
				do {
					interviewer = draw(this.zipf);
				}
				while (interviewer == main);
				authors.add(new int[] { interviewer, 1 });
			}

			// The event the document records, if any: new, or one already known.
			Event ownEvent = null;
			boolean ownEventIsNew = false;
			if (!kind.equals("ARTICLE") && !kind.equals("OTHER") && r.nextInt(100) < 55) {
				if (!this.events.isEmpty() && r.nextInt(5) == 0) {
					ownEvent = this.events.get(r.nextInt(this.events.size()));
				}
				else {
					ownEvent = newEvent(kind, date);
					ownEventIsNew = true;
				}
			}

			// Title and text.
			String title = title(kind, main, ownEvent, topics);
			text.append(title).append("\n\n");
			int targetWords = 500 + (int) (4440 * Math.pow(r.nextDouble(), 1.7));
			int words = countWords(title);
			boolean emoji = r.nextInt(10) == 0;
			boolean combining = r.nextInt(20) == 0;
			List<Span> sentences = new ArrayList<>(256);
			int cp = text.codePointCount(0, text.length());
			while (words < targetWords) {
				int sentencesInParagraph = 3 + r.nextInt(4);
				for (int s = 0; s < sentencesInParagraph && words < targetWords; s++) {
					if (s > 0) {
						text.append(' ');
						cp++;
					}
					String sentence = russian ? russianSentence(r) : sentence(r, topics, emoji, combining);
					sentences.add(new Span(text.length(), text.length() + sentence.length(), cp));
					text.append(sentence);
					cp += sentence.codePointCount(0, sentence.length());
					words += countWords(sentence);
				}
				if (words < targetWords) {
					text.append("\n\n");
					cp += 2;
				}
			}
			String fullText = text.toString();
			int totalCp = cp;

			// Header fields.
			line.append("{\"slug\":");
			str(line, slug);
			line.append(",\"title\":");
			str(line, title);
			line.append(",\"subtitle\":");
			str(line, r.nextInt(5) == 0 ? pick(new String[] { "Full text, as delivered", "Abridged",
					"Translated from the Russian", "Transcript published by the press office" }) : null);
			line.append(",\"kind\":");
			str(line, kind);
			line.append(",\"language\":");
			str(line, language);
			line.append(",\"date\":");
			str(line, docDate);
			line.append(",\"publisher\":");
			str(line, pick(PUBLISHERS));
			line.append(",\"sourceUrl\":");
			str(line, "https://example.org/archive/" + date[0] + "/" + slug);
			line.append(",\"text\":");
			str(line, fullText);

			// Authors.
			line.append(",\"authors\":[");
			for (int a = 0; a < authors.size(); a++) {
				int person = authors.get(a)[0];
				if (a > 0) {
					line.append(',');
				}
				line.append("{\"person\":");
				personRef(line, person);
				line.append(",\"bylineName\":");
				str(line, russian ? this.people[person].variants().get(0)[0] : this.people[person].name());
				line.append(",\"bylineRole\":");
				str(line, authors.get(a)[1] == 1 ? "Correspondent, " + pick(PUBLISHERS) : pick(ROLES));
				line.append(",\"role\":");
				str(line, authors.get(a)[1] == 1 ? "INTERVIEWER" : mainRole);
				line.append('}');
			}
			line.append(']');

			// Topics: inline on the lines that create them, slugs afterwards.
			line.append(",\"topics\":[");
			for (int t = 0; t < topics.size(); t++) {
				if (t > 0) {
					line.append(',');
				}
				if (firstTopic >= 0) {
					String[] topic = TOPICS[firstTopic + t];
					line.append("{\"slug\":");
					str(line, topic[0]);
					line.append(",\"label\":");
					str(line, topic[1]);
					line.append(",\"parent\":");
					str(line, topic[2]);
					line.append('}');
				}
				else {
					str(line, topics.get(t));
				}
			}
			line.append(']');

			// Quotes: about ten sentences or clauses, each unique through its context.
			int wanted = Math.min(sentences.size(), 7 + r.nextInt(7));
			BitSet used = new BitSet(sentences.size());
			line.append(",\"quotes\":[");
			int quotes = 0;
			boolean ownEventMentioned = false;
			for (int attempt = 0; quotes < wanted && attempt < wanted * 4; attempt++) {
				int s = r.nextInt(sentences.size());
				if (used.get(s)) {
					continue;
				}
				Span sentence = sentences.get(s);
				String quoteKind = switch (weighted(75, 15, 5, 5)) {
					case 0 -> "DIRECT";
					case 1 -> "ATTRIBUTED_PHRASE";
					case 2 -> "SLOGAN";
					default -> "FORMULA";
				};
				Span span = quoteKind.equals("DIRECT") ? sentence : clause(fullText, sentence);
				String[] context = context(fullText, span, totalCp);
				if (context == null) {
					continue;
				}
				used.set(s);
				int speaker = (kind.equals("ARTICLE") || r.nextInt(10) < 3) ? draw(this.zipf)
						: (interviewer >= 0 && r.nextInt(3) == 0) ? interviewer : main;
				if (quotes > 0) {
					line.append(',');
				}
				quotes++;
				line.append("{\"kind\":");
				str(line, quoteKind);
				line.append(",\"speaker\":{\"person\":");
				personRef(line, speaker);
				line.append("},\"attribution\":");
				str(line, attribution(r, this.people[speaker]));

				// Event and date.
				Event event = null;
				boolean inline = false;
				int choice = r.nextInt(100);
				if (ownEvent != null && choice < 60) {
					event = ownEvent;
					inline = ownEventIsNew && !ownEventMentioned;
					ownEventMentioned = true;
				}
				else if (choice >= 90 && !this.events.isEmpty()) {
					event = this.events.get(r.nextInt(this.events.size()));
					if (event == ownEvent) {
						inline = ownEventIsNew && !ownEventMentioned;
						ownEventMentioned = true;
					}
				}
				String quoteDate;
				if (event != null) {
					quoteDate = event.date();
				}
				else {
					quoteDate = switch (weighted(50, 15, 10, 10, 15)) {
						case 0 -> formatDate(date, docPrecision);
						case 1 -> formatDate(date, Math.max(1, docPrecision));
						case 2 -> formatDate(date, 2);
						case 3 -> null;
						default -> String.valueOf(FIRST_YEAR + r.nextInt(Math.max(1, date[0] - FIRST_YEAR + 1)));
					};
				}
				line.append(",\"event\":");
				if (event == null) {
					line.append("null");
				}
				else if (inline) {
					eventJson(line, event);
				}
				else {
					str(line, event.slug());
				}
				line.append(",\"date\":");
				str(line, quoteDate);

				// Topics: one or two of the document's, sometimes none.
				List<String> quoteTopics = new ArrayList<>(2);
				if (r.nextInt(10) != 0) {
					quoteTopics.add(topics.get(r.nextInt(topics.size())));
					if (r.nextInt(4) == 0) {
						String other = topics.get(r.nextInt(topics.size()));
						if (!quoteTopics.contains(other)) {
							quoteTopics.add(other);
						}
					}
				}
				line.append(",\"topics\":[");
				for (int t = 0; t < quoteTopics.size(); t++) {
					if (t > 0) {
						line.append(',');
					}
					str(line, quoteTopics.get(t));
				}
				line.append("],\"target\":{\"selector\":[");
				quoteSelector(line, fullText, span, context);
				line.append(",{\"type\":\"TextPositionSelector\",\"start\":")
					.append(span.cpStart())
					.append(",\"end\":")
					.append(span.cpStart() + fullText.codePointCount(span.start(), span.end()))
					.append("}]}}");
				sample(speaker, quoteDate, quoteTopics);
			}
			this.quoteCount += quotes;
			line.append(']');
			if (ownEventIsNew && !ownEventMentioned) {
				// Nobody quoted at the event: it stays unknown and is not reused.
				this.events.remove(this.events.size() - 1);
			}

			// Annotations: one to three comments on sentences.
			line.append(",\"annotations\":[");
			int annotations = 1 + r.nextInt(3);
			int written = 0;
			for (int attempt = 0; written < annotations && attempt < annotations * 4; attempt++) {
				Span span = sentences.get(r.nextInt(sentences.size()));
				String[] context = context(fullText, span, totalCp);
				if (context == null) {
					continue;
				}
				if (written++ > 0) {
					line.append(',');
				}
				line.append("{\"motivation\":\"commenting\",\"body\":");
				str(line, pick(COMMENTS));
				line.append(",\"target\":{\"selector\":");
				quoteSelector(line, fullText, span, context);
				line.append("}}");
			}
			line.append("]}");
			return slug;
		}

		/** Remembers a filter query that finds this quote, once per speaker. */
		void sample(int speaker, String date, List<String> topics) {
			if (date == null || topics.isEmpty() || this.samples.get("filter").size() >= 2000
					|| !this.sampledSpeakers.add(speaker)) {
				return;
			}
			int year = Integer.parseInt(date.substring(0, 4));
			String topic = topics.get(0);
			String parent = this.parentOf.get(topic);
			if (parent != null && this.random.nextBoolean()) {
				topic = parent; // a topic filter includes subtopics
			}
			Person person = this.people[speaker];
			this.samples.get("filter")
				.add("/api/v1/quotes?speaker=" + person.slug() + "&from=" + Math.max(FIRST_YEAR, year - 2) + "&to="
						+ Math.min(LAST_YEAR, year + 2) + "&topic=" + topic + "&size=20");
			List<String> names = this.samples.get("people");
			if (names.size() < 1000) {
				String[] variant = person.variants().get(this.random.nextInt(person.variants().size()));
				names.add("/api/v1/people?q=" + encode(variant[0]));
			}
		}

		Event newEvent(String documentKind, int[] date) {
			SplittableRandom r = this.random;
			String kind = switch (documentKind) {
				case "SPEECH" -> pick(new String[] { "SPEECH", "SPEECH", "FORUM", "SESSION", "VISIT" });
				case "INTERVIEW" -> "INTERVIEW";
				case "STATEMENT", "PRESS_RELEASE" -> pick(
						new String[] { "AGREEMENT", "PROGRAMME_ADOPTION", "PLAN", "ELECTION", "SESSION", "OTHER" });
				default -> pick(new String[] { "SESSION", "FORUM", "OTHER" });
			};
			String place = pick(PLACES);
			String topicLabel = TOPICS[draw(this.topicZipf)][1].toLowerCase(Locale.ROOT);
			String name = switch (kind) {
				case "SPEECH" -> "Address to the nation in " + place;
				case "FORUM" -> ordinal(1 + r.nextInt(20)) + " Forum of Regions in " + place;
				case "SESSION" -> "Session of the Council on " + topicLabel;
				case "VISIT" -> "Official visit to " + place;
				case "INTERVIEW" -> "Interview with " + pick(PUBLISHERS);
				case "AGREEMENT" -> "Agreement on " + topicLabel;
				case "PROGRAMME_ADOPTION" -> "Adoption of the programme for " + topicLabel + " " + date[0] + "-"
						+ (date[0] + 5);
				case "PLAN" -> "Plan for " + topicLabel + " to " + (date[0] + 10);
				case "ELECTION" -> "Presidential election " + date[0];
				default -> "Meeting on " + topicLabel + " in " + place;
			};
			int precision = switch (kind) {
				case "PLAN", "PROGRAMME_ADOPTION" -> weighted(30, 30, 40);
				default -> weighted(75, 20, 5);
			};
			this.eventCount++;
			String slug = slugify(name) + "-" + this.eventCount;
			boolean placed = !kind.equals("PLAN") && !kind.equals("PROGRAMME_ADOPTION") && !kind.equals("SESSION");
			Event event = new Event(slug, name, kind, formatDate(date, precision), placed ? place : null);
			this.events.add(event);
			return event;
		}

		String title(String kind, int main, Event event, List<String> topics) {
			SplittableRandom r = this.random;
			String topic = labelOf(topics.get(r.nextInt(topics.size()))).toLowerCase(Locale.ROOT);
			String name = this.people[main].name();
			return switch (kind) {
				case "SPEECH" -> (event != null) ? "Speech at the event: " + event.name()
						: "Remarks on " + topic + " by " + name;
				case "INTERVIEW" -> "Interview with " + name + " on " + topic;
				case "STATEMENT" -> "Statement on " + topic;
				case "PRESS_RELEASE" -> "Press release: " + capitalise(pick(ADJECTIVES)) + " " + topic;
				case "TRANSCRIPT" -> "Transcript: " + ((event != null) ? event.name() : "meeting on " + topic);
				case "ARTICLE" -> capitalise(pick(ADJECTIVES)) + " " + pick(NOUNS) + ": the case for " + topic;
				default -> "Notes on " + topic;
			};
		}

		String sentence(SplittableRandom r, List<String> topics, boolean emoji, boolean combining) {
			String topic = labelOf(topics.get(r.nextInt(topics.size()))).toLowerCase(Locale.ROOT);
			String obj = pick(ADJECTIVES) + " " + pick(NOUNS);
			String sentence = switch (r.nextInt(24)) {
				case 0 -> capitalise(pick(SUBJECTS)) + " must " + pick(VERBS) + " " + obj + ".";
				case 1 -> "We have always said that " + pick(SUBJECTS) + " will " + pick(VERBS) + " " + obj + ".";
				case 2 -> "In " + year(r) + ", " + pick(SUBJECTS) + " " + pick(PAST_VERBS) + " " + obj
						+ ", and the results are clear.";
				case 3 -> "Nobody should doubt that " + obj + " is " + pick(PREDICATES) + " for " + pick(SUBJECTS)
						+ ".";
				case 4 -> "Let me be frank: without " + obj + " there is no " + pick(NOUNS) + ".";
				case 5 -> "Over the past " + (2 + r.nextInt(25)) + " years, " + pick(SUBJECTS) + " "
						+ pick(PAST_VERBS) + " " + obj + " by " + (1 + r.nextInt(60)) + " percent.";
				case 6 -> "This is not a question of " + pick(NOUNS) + ", it is a question of " + pick(NOUNS) + ".";
				case 7 -> "I want to thank " + pick(GROUPS) + " of " + pick(PLACES) + " for their "
						+ pick(QUALITIES) + ".";
				case 8 -> "We will not allow anyone to undermine our " + pick(NOUNS) + ".";
				case 9 -> "The question of " + topic + " remains " + pick(PREDICATES)
						+ ", and we must answer it together.";
				case 10 -> pick(ORDINALS) + ", we need to " + pick(VERBS) + " " + obj + ".";
				case 11 -> "Our " + pick(NOUNS) + " grew by " + (1 + r.nextInt(40)) + "." + r.nextInt(10)
						+ " percent in " + year(r) + ", more than planned.";
				case 12 -> "Some of our critics say that " + obj + " is a luxury, but the facts say otherwise.";
				case 13 -> "The people of " + pick(PLACES) + " expect " + obj + ", not empty promises.";
				case 14 -> "Why do we need " + obj + "? Because " + pick(SUBJECTS) + " cannot live without it.";
				case 15 -> "Today " + pick(SUBJECTS) + " and " + pick(SUBJECTS) + " are working side by side on "
						+ topic + ".";
				case 16 -> "When it comes to " + topic + ", we will " + pick(VERBS) + " " + obj + " step by step.";
				case 17 -> "Every plan on " + topic + " must serve " + pick(SUBJECTS) + ", not the other way round.";
				case 18 -> "By " + (FIRST_YEAR + r.nextInt(LAST_YEAR - FIRST_YEAR + 10)) + " we intend to "
						+ pick(VERBS) + " " + obj + " in every district.";
				case 19 -> "Dear friends, " + pick(SUBJECTS) + " can be proud of so much " + pick(QUALITIES)
						+ ".";
				case 20 -> "As our grandparents used to say, «" + pick(RU_PROVERBS) + "».";
				case 21 -> "In " + pick(PLACES) + " I heard the words «" + pick(RU_SUBJECTS) + " "
						+ pick(RU_VERBS) + " " + pick(RU_OBJECTS) + "», and I agree with them.";
				case 22 -> "Spending on " + topic + " reached " + (10 + r.nextInt(990)) + " million roubles in "
						+ year(r) + ".";
				default -> "There can be no " + pick(NOUNS) + " without " + obj + ".";
			};
			if (combining && r.nextInt(40) == 0) {
				sentence = sentence.substring(0, sentence.length() - 1) + ", as they say at the "
						+ pick(COMBINING) + " near the square.";
			}
			if (emoji && r.nextInt(60) == 0) {
				sentence = sentence + " " + pick(EMOJI);
			}
			return sentence;
		}

		String russianSentence(SplittableRandom r) {
			return switch (r.nextInt(6)) {
				case 0 -> pick(RU_SUBJECTS) + " " + pick(RU_VERBS) + " " + pick(RU_OBJECTS) + ".";
				case 1 -> "Мы всегда говорили, что " + pick(RU_SUBJECTS).toLowerCase(Locale.ROOT) + " "
						+ pick(RU_VERBS) + " " + pick(RU_OBJECTS) + ".";
				case 2 -> "В " + year(r) + " году " + pick(RU_SUBJECTS).toLowerCase(Locale.ROOT) + " "
						+ pick(RU_VERBS) + " " + pick(RU_OBJECTS) + ", и результаты очевидны.";
				case 3 -> "Как говорится, «" + pick(RU_PROVERBS) + "».";
				case 4 -> "Никто не должен сомневаться: " + pick(RU_SUBJECTS).toLowerCase(Locale.ROOT) + " "
						+ pick(RU_VERBS) + " " + pick(RU_OBJECTS) + " в " + pick(PLACES) + ".";
				default -> "За " + (2 + r.nextInt(20)) + " лет рост составил " + (1 + r.nextInt(60))
						+ " процентов, а " + pick(RU_SUBJECTS).toLowerCase(Locale.ROOT) + " " + pick(RU_VERBS)
						+ " " + pick(RU_OBJECTS) + ".";
			};
		}

		String attribution(SplittableRandom r, Person person) {
			return switch (r.nextInt(5)) {
				case 0 -> person.surname() + " said";
				case 1 -> "said " + person.name();
				case 2 -> "according to " + person.surname();
				case 3 -> person.name() + " told the audience";
				default -> "as " + person.surname() + " put it";
			};
		}

		void personRef(StringBuilder line, int index) {
			Person person = this.people[index];
			if (this.peopleCreated.get(index)) {
				str(line, person.slug());
				return;
			}
			this.peopleCreated.set(index);
			line.append("{\"slug\":");
			str(line, person.slug());
			line.append(",\"name\":");
			str(line, person.name());
			line.append(",\"description\":null,\"variants\":[");
			for (int v = 0; v < person.variants().size(); v++) {
				String[] variant = person.variants().get(v);
				if (v > 0) {
					line.append(',');
				}
				line.append("{\"name\":");
				str(line, variant[0]);
				line.append(",\"language\":");
				str(line, variant[1]);
				line.append(",\"kind\":");
				str(line, variant[2]);
				line.append('}');
			}
			line.append("]}");
		}

		static void eventJson(StringBuilder line, Event event) {
			line.append("{\"slug\":");
			str(line, event.slug());
			line.append(",\"name\":");
			str(line, event.name());
			line.append(",\"kind\":");
			str(line, event.kind());
			line.append(",\"date\":");
			str(line, event.date());
			line.append(",\"place\":");
			str(line, event.place());
			line.append('}');
		}

		static void quoteSelector(StringBuilder line, String text, Span span, String[] context) {
			line.append("{\"type\":\"TextQuoteSelector\",\"exact\":");
			str(line, text.substring(span.start(), span.end()));
			line.append(",\"prefix\":");
			str(line, context[0]);
			line.append(",\"suffix\":");
			str(line, context[1]);
			line.append('}');
		}

		/**
		 * The prefix and suffix (up to 32 code points each) around a span, or null when
		 * prefix + exact + suffix occurs more than once in the text.
		 */
		static String[] context(String text, Span span, int totalCp) {
			int before = Math.min(CONTEXT, span.cpStart());
			int prefixStart = text.offsetByCodePoints(span.start(), -before);
			int spanCp = text.codePointCount(span.start(), span.end());
			int after = Math.min(CONTEXT, totalCp - span.cpStart() - spanCp);
			int suffixEnd = text.offsetByCodePoints(span.end(), after);
			String whole = text.substring(prefixStart, suffixEnd);
			if (text.indexOf(whole) != prefixStart || text.indexOf(whole, prefixStart + 1) >= 0) {
				return null;
			}
			return new String[] { text.substring(prefixStart, span.start()), text.substring(span.end(), suffixEnd) };
		}

		/** A clause of a sentence: around its first comma or colon, without end punctuation. */
		static Span clause(String text, Span sentence) {
			String s = text.substring(sentence.start(), sentence.end());
			int end = s.length();
			while (end > 0 && ".?!»".indexOf(s.charAt(end - 1)) >= 0) {
				end--;
			}
			int start = 0;
			int comma = indexOfAny(s, ", ", ": ");
			if (comma > 0 && comma < end) {
				int head = comma;
				int tailStart = comma + 2;
				if (countWords(s.substring(tailStart, end)) >= 3) {
					start = tailStart;
				}
				else if (countWords(s.substring(0, head)) >= 3) {
					end = head;
				}
			}
			if (end <= start) {
				return sentence;
			}
			int cpStart = sentence.cpStart() + s.codePointCount(0, start);
			return new Span(sentence.start() + start, sentence.start() + end, cpStart);
		}

		static int indexOfAny(String s, String a, String b) {
			int i = s.indexOf(a);
			int j = s.indexOf(b);
			if (i < 0) {
				return j;
			}
			return (j < 0) ? i : Math.min(i, j);
		}

		int[] randomDate() {
			int year = FIRST_YEAR + this.random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
			int month = 1 + this.random.nextInt((year == LAST_YEAR) ? 10 : 12);
			int days = MONTH_DAYS[month - 1] + ((month == 2 && year % 4 == 0) ? 1 : 0);
			return new int[] { year, month, 1 + this.random.nextInt(days) };
		}

		/** 0 = day, 1 = month, 2 = year. */
		static String formatDate(int[] date, int precision) {
			return switch (precision) {
				case 0 -> String.format(Locale.ROOT, "%04d-%02d-%02d", date[0], date[1], date[2]);
				case 1 -> String.format(Locale.ROOT, "%04d-%02d", date[0], date[1]);
				default -> String.format(Locale.ROOT, "%04d", date[0]);
			};
		}

		int year(SplittableRandom r) {
			return FIRST_YEAR + r.nextInt(LAST_YEAR - FIRST_YEAR + 1);
		}

		int weighted(int... weights) {
			int total = 0;
			for (int w : weights) {
				total += w;
			}
			int x = this.random.nextInt(total);
			for (int i = 0; i < weights.length; i++) {
				x -= weights[i];
				if (x < 0) {
					return i;
				}
			}
			return weights.length - 1;
		}

		<T> T pick(T[] values) {
			return values[this.random.nextInt(values.length)];
		}

		int draw(double[] cumulative) {
			int i = Arrays.binarySearch(cumulative, this.random.nextDouble());
			return Math.min(cumulative.length - 1, (i >= 0) ? i : -i - 1);
		}

		static String labelOf(String slug) {
			return LABELS.get(slug);
		}

		static double[] cumulativeZipf(int n, double s) {
			double[] cumulative = new double[n];
			double sum = 0;
			for (int k = 0; k < n; k++) {
				sum += 1 / Math.pow(k + 1, s);
				cumulative[k] = sum;
			}
			for (int k = 0; k < n; k++) {
				cumulative[k] /= sum;
			}
			return cumulative;
		}

		/**
		 * Distinct people with Cyrillic and Latin variants: mostly Russian names, some
		 * Belarusian, some Western ones with their Cyrillic spelling. Index 0 is the most
		 * quoted.
		 */
		static Person[] makePeople(SplittableRandom r, int count) {
			Person[] people = new Person[count];
			Set<String> slugs = new HashSet<>();
			int made = 0;
			while (made < count) {
				int origin = r.nextInt(100);
				String first;
				String last;
				String cyrillic;
				String latin;
				String language;
				List<String[]> variants = new ArrayList<>(4);
				if (origin < 75) {
					boolean female = r.nextInt(3) == 0;
					first = female ? RU_FEMALE[r.nextInt(RU_FEMALE.length)] : RU_MALE[r.nextInt(RU_MALE.length)];
					int ending = r.nextInt(RU_ENDINGS_M.length);
					String stem = RU_STEMS[r.nextInt(RU_STEMS.length)];
					last = stem + (female ? RU_ENDINGS_F[ending] : RU_ENDINGS_M[ending]);
					language = "ru";
				}
				else if (origin < 90) {
					boolean female = r.nextInt(3) == 0;
					first = female ? BE_FEMALE[r.nextInt(BE_FEMALE.length)] : BE_MALE[r.nextInt(BE_MALE.length)];
					last = BE_SURNAMES[r.nextInt(BE_SURNAMES.length)];
					language = "be";
				}
				else {
					String[] f = WEST_FIRST[r.nextInt(WEST_FIRST.length)];
					String[] l = WEST_LAST[r.nextInt(WEST_LAST.length)];
					latin = f[0] + " " + l[0];
					cyrillic = f[1] + " " + l[1];
					String slug = slugify(latin);
					if (!slugs.add(slug)) {
						continue;
					}
					variants.add(new String[] { latin, "en-Latn", "ORIGINAL_SCRIPT" });
					variants.add(new String[] { cyrillic, "ru-Cyrl", "TRANSLITERATION" });
					variants.add(new String[] { l[0], "en-Latn", "SURNAME" });
					people[made++] = new Person(slug, latin, l[0], variants);
					continue;
				}
				cyrillic = first + " " + last;
				latin = transliterate(first, false) + " " + transliterate(last, false);
				String slug = slugify(latin);
				if (slug.isEmpty() || !slugs.add(slug)) {
					continue;
				}
				String surname = transliterate(last, false);
				variants.add(new String[] { cyrillic, language + "-Cyrl", "ORIGINAL_SCRIPT" });
				variants.add(new String[] { latin, language + "-Latn", "TRANSLITERATION" });
				String alternative = transliterate(first, true) + " " + transliterate(last, true);
				if (!alternative.equals(latin) && r.nextInt(2) == 0) {
					variants.add(new String[] { alternative, language + "-Latn", "CONVENTIONAL" });
				}
				if (r.nextInt(3) == 0) {
					variants.add(new String[] { last, language + "-Cyrl", "SURNAME" });
				}
				people[made++] = new Person(slug, latin, surname, variants);
			}
			return people;
		}

	}

	/**
	 * Cyrillic to Latin: a BGN-like scheme, or (alternative) a looser one as newspapers
	 * often print it.
	 */
	static String transliterate(String cyrillic, boolean alternative) {
		StringBuilder out = new StringBuilder(cyrillic.length() + 4);
		for (int i = 0; i < cyrillic.length(); i++) {
			char c = cyrillic.charAt(i);
			boolean upper = Character.isUpperCase(c);
			char lower = Character.toLowerCase(c);
			String latin = switch (lower) {
				case 'а' -> "a";
				case 'б' -> "b";
				case 'в' -> "v";
				case 'г' -> alternative ? "h" : "g";
				case 'д' -> "d";
				case 'е' -> (i == 0) ? "ye" : "e";
				case 'ё' -> alternative ? "e" : "yo";
				case 'ж' -> "zh";
				case 'з' -> "z";
				case 'и', 'і' -> "i";
				case 'й' -> alternative ? "i" : "y";
				case 'к' -> "k";
				case 'л' -> "l";
				case 'м' -> "m";
				case 'н' -> "n";
				case 'о' -> "o";
				case 'п' -> "p";
				case 'р' -> "r";
				case 'с' -> "s";
				case 'т' -> "t";
				case 'у' -> "u";
				case 'ў' -> alternative ? "u" : "w";
				case 'ф' -> "f";
				case 'х' -> alternative ? "h" : "kh";
				case 'ц' -> "ts";
				case 'ч' -> "ch";
				case 'ш' -> "sh";
				case 'щ' -> "shch";
				case 'ъ', 'ь' -> "";
				case 'ы' -> "y";
				case 'э' -> "e";
				case 'ю' -> alternative ? "iu" : "yu";
				case 'я' -> alternative ? "ia" : "ya";
				default -> String.valueOf(lower);
			};
			if (upper && !latin.isEmpty()) {
				latin = Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
			}
			out.append(latin);
		}
		return out.toString();
	}

	static String slugify(String name) {
		StringBuilder slug = new StringBuilder(name.length());
		boolean hyphen = false;
		for (int i = 0; i < name.length(); i++) {
			char c = Character.toLowerCase(name.charAt(i));
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (hyphen && slug.length() > 0) {
					slug.append('-');
				}
				slug.append(c);
				hyphen = false;
			}
			else {
				hyphen = true;
			}
		}
		return (slug.length() > 90) ? slug.substring(0, 90).replaceAll("-+$", "") : slug.toString();
	}

	static int countWords(String s) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < s.length(); i++) {
			boolean space = Character.isWhitespace(s.charAt(i));
			if (!space && !inWord) {
				words++;
			}
			inWord = !space;
		}
		return words;
	}

	static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String capitalise(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	static String ordinal(int n) {
		String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

	/** Appends a JSON string (or null), escaping quotes, backslashes and control characters. */
	static void str(StringBuilder out, String value) {
		if (value == null) {
			out.append("null");
			return;
		}
		out.append('"');
		int length = value.length();
		int run = 0;
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
				continue;
			}
			out.append(value, run, i);
			run = i + 1;
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> out.append(String.format("\\u%04x", (int) c));
			}
		}
		out.append(value, run, length);
		out.append('"');
	}

	// ------------------------------------------------------------------------------------
	// Verification
	// ------------------------------------------------------------------------------------

	/** Re-reads a corpus and checks what the import will check, and more. */
	static final class Verifier {

		final Set<String> topics = new HashSet<>();

		final Set<String> people = new HashSet<>();

		final Set<String> events = new HashSet<>();

		final Set<String> documents = new HashSet<>();

		final List<String> problems = new ArrayList<>();

		final Map<String, Integer> speakerQuotes = new HashMap<>();

		final Map<String, Integer> precisions = new TreeMap<>();

		long quotes;

		long annotations;

		long nonBmpDocuments;

		long combiningDocuments;

		long cyrillicDocuments;

		long minWords = Long.MAX_VALUE;

		long maxWords;

		long totalWords;

		int line;

		boolean verify(Path path) throws IOException {
			long started = System.nanoTime();
			try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
				String text;
				while ((text = reader.readLine()) != null && this.problems.size() < 20) {
					this.line++;
					try {
						document(asMap(new Json(text).parse(), "line"));
					}
					catch (RuntimeException ex) {
						problem(ex.getMessage());
					}
				}
			}
			List<Integer> counts = new ArrayList<>(this.speakerQuotes.values());
			counts.sort((a, b) -> b - a);
			System.out.printf(Locale.ROOT,
					"%d documents, %d quotes, %d annotations; %d topics, %d people (%d quoted), %d events%n",
					this.line, this.quotes, this.annotations, this.topics.size(), this.people.size(),
					this.speakerQuotes.size(), this.events.size());
			if (this.line > 0) {
				System.out.printf(Locale.ROOT, "words per document: min %d, mean %d, max %d%n", this.minWords,
						this.totalWords / this.line, this.maxWords);
			}
			System.out.printf(Locale.ROOT,
					"documents with non-BMP characters %d, with combining marks %d, with Cyrillic %d%n",
					this.nonBmpDocuments, this.combiningDocuments, this.cyrillicDocuments);
			System.out.println("date precision of documents, quotes and events: " + this.precisions);
			if (!counts.isEmpty()) {
				System.out.println("quotes of the most quoted speakers: " + counts.subList(0, Math.min(10, counts.size())));
			}
			System.out.printf(Locale.ROOT, "verified in %.1f s%n", (System.nanoTime() - started) / 1e9);
			if (this.problems.isEmpty()) {
				System.out.println("OK: every selector cuts its exact text at start..end (code points)");
				return true;
			}
			this.problems.forEach(p -> System.out.println("PROBLEM " + p));
			return false;
		}

		void problem(String message) {
			this.problems.add("line " + this.line + ": " + message);
		}

		void check(boolean condition, String message) {
			if (!condition) {
				problem(message);
			}
		}

		void document(Map<String, Object> doc) {
			String slug = string(doc, "slug");
			checkSlug(slug, "document");
			check(this.documents.add(slug), "document slug repeated: " + slug);
			string(doc, "title");
			check(DOCUMENT_KIND_SET.contains(string(doc, "kind")), "document kind " + doc.get("kind"));
			checkDate(doc.get("date"), "document date");
			String text = string(doc, "text");
			int words = countWords(text);
			check(words >= 500 && words <= 5000, "words " + words);
			this.minWords = Math.min(this.minWords, words);
			this.maxWords = Math.max(this.maxWords, words);
			this.totalWords += words;
			boolean nonBmp = false;
			boolean combiningMark = false;
			boolean cyrillic = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				nonBmp |= Character.isHighSurrogate(c);
				combiningMark |= Character.getType(c) == Character.NON_SPACING_MARK;
				cyrillic |= c >= '\u0400' && c <= '\u04FF';
			}
			this.nonBmpDocuments += nonBmp ? 1 : 0;
			this.combiningDocuments += combiningMark ? 1 : 0;
			this.cyrillicDocuments += cyrillic ? 1 : 0;
			int codePoints = text.codePointCount(0, text.length());

			for (Object author : list(doc, "authors")) {
				Map<String, Object> a = asMap(author, "author");
				person(a.get("person"));
				string(a, "bylineName");
				check(AUTHOR_ROLES.contains(string(a, "role")), "author role " + a.get("role"));
			}
			for (Object topic : list(doc, "topics")) {
				topic(topic);
			}
			for (Object item : list(doc, "quotes")) {
				Map<String, Object> quote = asMap(item, "quote");
				this.quotes++;
				check(QUOTE_KINDS.contains(string(quote, "kind")), "quote kind " + quote.get("kind"));
				String speaker = person(asMap(quote.get("speaker"), "speaker").get("person"));
				this.speakerQuotes.merge(speaker, 1, Integer::sum);
				Object event = quote.get("event");
				if (event != null) {
					event(event);
				}
				checkDate(quote.get("date"), "quote date");
				for (Object topic : list(quote, "topics")) {
					check(topic instanceof String && this.topics.contains(topic), "quote topic " + topic);
				}
				List<Object> selectors = list(asMap(quote.get("target"), "target"), "selector");
				check(selectors.size() == 2, "two selectors");
				Map<String, Object> textQuote = asMap(selectors.get(0), "selector");
				Map<String, Object> position = asMap(selectors.get(1), "selector");
				check("TextQuoteSelector".equals(textQuote.get("type")), "first selector TextQuoteSelector");
				check("TextPositionSelector".equals(position.get("type")), "second selector TextPositionSelector");
				int start = ((Number) position.get("start")).intValue();
				int end = ((Number) position.get("end")).intValue();
				if (start < 0 || start >= end || end > codePoints) {
					problem("position " + start + ".." + end + " outside 0.." + codePoints);
					continue;
				}
				int from = text.offsetByCodePoints(0, start);
				int to = text.offsetByCodePoints(from, end - start);
				textQuote(text, textQuote, from, to);
			}
			for (Object item : list(doc, "annotations")) {
				Map<String, Object> annotation = asMap(item, "annotation");
				this.annotations++;
				string(annotation, "motivation");
				Map<String, Object> selector = asMap(asMap(annotation.get("target"), "target").get("selector"),
						"selector");
				check("TextQuoteSelector".equals(selector.get("type")), "annotation selector type");
				String whole = string(selector, "prefix") + string(selector, "exact") + string(selector, "suffix");
				int at = text.indexOf(whole);
				check(at >= 0 && text.indexOf(whole, at + 1) < 0, "annotation selector not unique or absent");
				if (at >= 0) {
					int from = at + string(selector, "prefix").length();
					textQuote(text, selector, from, from + string(selector, "exact").length());
				}
			}
		}

		/** The TextQuoteSelector cuts exactly text[from, to) and its context is unique. */
		void textQuote(String text, Map<String, Object> selector, int from, int to) {
			String exact = string(selector, "exact");
			String prefix = string(selector, "prefix");
			String suffix = string(selector, "suffix");
			check(text.substring(from, to).equals(exact), "exact differs from text at position: " + exact);
			check(text.codePointCount(0, from) >= prefix.codePointCount(0, prefix.length())
					&& text.startsWith(prefix, from - prefix.length()), "prefix does not precede: " + prefix);
			check(text.startsWith(suffix, to), "suffix does not follow: " + suffix);
			check(prefix.codePointCount(0, prefix.length()) <= CONTEXT
					&& suffix.codePointCount(0, suffix.length()) <= CONTEXT, "context longer than 32 code points");
			check(!exact.isEmpty() && !Character.isLowSurrogate(exact.charAt(0))
					&& !Character.isHighSurrogate(exact.charAt(exact.length() - 1)), "exact splits a surrogate pair");
			String whole = prefix + exact + suffix;
			int at = text.indexOf(whole);
			check(at == from - prefix.length() && text.indexOf(whole, at + 1) < 0,
					"prefix+exact+suffix not unique: " + exact);
		}

		String person(Object value) {
			if (value instanceof String slug) {
				check(this.people.contains(slug), "person referenced before it is created: " + slug);
				return slug;
			}
			Map<String, Object> person = asMap(value, "person");
			String slug = string(person, "slug");
			checkSlug(slug, "person");
			check(this.people.add(slug), "person created twice: " + slug);
			string(person, "name");
			boolean latin = false;
			boolean cyrillic = false;
			for (Object item : list(person, "variants")) {
				Map<String, Object> variant = asMap(item, "variant");
				String name = string(variant, "name");
				check(VARIANT_KINDS.contains(string(variant, "kind")), "variant kind " + variant.get("kind"));
				String language = string(variant, "language");
				latin |= language.endsWith("-Latn");
				cyrillic |= language.endsWith("-Cyrl") && name.chars().anyMatch(c -> c >= 0x400 && c <= 0x4FF);
			}
			check(latin && cyrillic, "person without Latin and Cyrillic variants: " + slug);
			return slug;
		}

		void topic(Object value) {
			if (value instanceof String slug) {
				check(this.topics.contains(slug), "topic referenced before it is created: " + slug);
				return;
			}
			Map<String, Object> topic = asMap(value, "topic");
			String slug = string(topic, "slug");
			checkSlug(slug, "topic");
			string(topic, "label");
			Object parent = topic.get("parent");
			check(parent == null || this.topics.contains(parent), "parent topic unknown: " + parent);
			check(this.topics.add(slug), "topic created twice: " + slug);
		}

		void event(Object value) {
			if (value instanceof String slug) {
				check(this.events.contains(slug), "event referenced before it is created: " + slug);
				return;
			}
			Map<String, Object> event = asMap(value, "event");
			String slug = string(event, "slug");
			checkSlug(slug, "event");
			string(event, "name");
			check(EVENT_KINDS.contains(string(event, "kind")), "event kind " + event.get("kind"));
			checkDate(event.get("date"), "event date");
			check(this.events.add(slug), "event created twice: " + slug);
		}

		void checkSlug(String slug, String what) {
			check(SLUG.matcher(slug).matches() && slug.length() <= 100, what + " slug " + slug);
		}

		void checkDate(Object value, String what) {
			if (value == null) {
				this.precisions.merge("none", 1, Integer::sum);
				return;
			}
			String date = value.toString();
			if (!DATE.matcher(date).matches()) {
				problem(what + " " + date);
				return;
			}
			int year = Integer.parseInt(date.substring(0, 4));
			check(year >= FIRST_YEAR && year <= LAST_YEAR, what + " out of 1990-2026: " + date);
			if (date.length() >= 7) {
				int month = Integer.parseInt(date.substring(5, 7));
				check(month >= 1 && month <= 12, what + " month " + date);
				if (date.length() == 10) {
					int day = Integer.parseInt(date.substring(8, 10));
					int days = MONTH_DAYS[month - 1] + ((month == 2 && year % 4 == 0) ? 1 : 0);
					check(day >= 1 && day <= days, what + " day " + date);
				}
			}
			this.precisions.merge(switch (date.length()) {
				case 4 -> "year";
				case 7 -> "month";
				default -> "day";
			}, 1, Integer::sum);
		}

		static String string(Map<String, Object> map, String key) {
			Object value = map.get(key);
			if (!(value instanceof String s)) {
				throw new IllegalStateException("'" + key + "' is not a string: " + value);
			}
			return s;
		}

		@SuppressWarnings("unchecked")
		static List<Object> list(Map<String, Object> map, String key) {
			Object value = map.get(key);
			if (!(value instanceof List<?>)) {
				throw new IllegalStateException("'" + key + "' is not an array: " + value);
			}
			return (List<Object>) value;
		}

		@SuppressWarnings("unchecked")
		static Map<String, Object> asMap(Object value, String what) {
			if (!(value instanceof Map<?, ?>)) {
				throw new IllegalStateException(what + " is not an object: " + value);
			}
			return (Map<String, Object>) value;
		}

	}

	/** A strict, minimal JSON parser: objects, arrays, strings, numbers, literals. */
	static final class Json {

		private final String s;

		private int i;

		Json(String s) {
			this.s = s;
		}

		Object parse() {
			Object value = value();
			space();
			if (this.i != this.s.length()) {
				throw error("trailing characters");
			}
			return value;
		}

		private Object value() {
			space();
			if (this.i >= this.s.length()) {
				throw error("unexpected end");
			}
			char c = this.s.charAt(this.i);
			switch (c) {
				case '{':
					return object();
				case '[':
					return array();
				case '"':
					return string();
				case 't':
					return literal("true", Boolean.TRUE);
				case 'f':
					return literal("false", Boolean.FALSE);
				case 'n':
					return literal("null", null);
				default:
					return number();
			}
		}

		private Map<String, Object> object() {
			Map<String, Object> map = new LinkedHashMap<>();
			this.i++;
			space();
			if (peek() == '}') {
				this.i++;
				return map;
			}
			while (true) {
				space();
				if (peek() != '"') {
					throw error("expected a key");
				}
				String key = string();
				space();
				expect(':');
				if (map.put(key, value()) != null) {
					throw error("duplicate key " + key);
				}
				space();
				char c = next();
				if (c == '}') {
					return map;
				}
				if (c != ',') {
					throw error("expected , or }");
				}
			}
		}

		private List<Object> array() {
			List<Object> list = new ArrayList<>();
			this.i++;
			space();
			if (peek() == ']') {
				this.i++;
				return list;
			}
			while (true) {
				list.add(value());
				space();
				char c = next();
				if (c == ']') {
					return list;
				}
				if (c != ',') {
					throw error("expected , or ]");
				}
			}
		}

		private String string() {
			expect('"');
			StringBuilder out = new StringBuilder();
			while (true) {
				char c = next();
				if (c == '"') {
					return out.toString();
				}
				if (c < 0x20) {
					throw error("unescaped control character");
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				char e = next();
				switch (e) {
					case '"', '\\', '/' -> out.append(e);
					case 'n' -> out.append('\n');
					case 'r' -> out.append('\r');
					case 't' -> out.append('\t');
					case 'b' -> out.append('\b');
					case 'f' -> out.append('\f');
					case 'u' -> {
						if (this.i + 4 > this.s.length()) {
							throw error("short \\u escape");
						}
						out.append((char) Integer.parseInt(this.s.substring(this.i, this.i + 4), 16));
						this.i += 4;
					}
					default -> throw error("bad escape \\" + e);
				}
			}
		}

		private Object number() {
			int start = this.i;
			while (this.i < this.s.length() && "+-0123456789.eE".indexOf(this.s.charAt(this.i)) >= 0) {
				this.i++;
			}
			String n = this.s.substring(start, this.i);
			if (n.isEmpty()) {
				throw error("unexpected character");
			}
			return (n.contains(".") || n.contains("e") || n.contains("E")) ? Double.parseDouble(n) : Long.parseLong(n);
		}

		private Object literal(String word, Object value) {
			if (!this.s.startsWith(word, this.i)) {
				throw error("bad literal");
			}
			this.i += word.length();
			return value;
		}

		private void space() {
			while (this.i < this.s.length() && " \t\r\n".indexOf(this.s.charAt(this.i)) >= 0) {
				this.i++;
			}
		}

		private char peek() {
			return (this.i < this.s.length()) ? this.s.charAt(this.i) : '\0';
		}

		private char next() {
			if (this.i >= this.s.length()) {
				throw error("unexpected end");
			}
			return this.s.charAt(this.i++);
		}

		private void expect(char c) {
			if (next() != c) {
				throw error("expected " + c);
			}
		}

		private IllegalStateException error(String message) {
			return new IllegalStateException("JSON: " + message + " at " + this.i);
		}

	}

}
