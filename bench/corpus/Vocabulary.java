package corpus;

import java.util.HashMap;
import java.util.Map;

/** The corpus's word lists, topic tree and bounds. */
final class Vocabulary {

	/** Context each side of a TextQuoteSelector, in code points. */
	static final int CONTEXT = 32;

	static final int FIRST_YEAR = 1990;

	static final int LAST_YEAR = 2026;

	static final int[] MONTH_DAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

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

	static final String[] SUBTITLES = { "Full text, as delivered", "Abridged", "Translated from the Russian",
			"Transcript published by the press office" };

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

	private Vocabulary() {
	}

	static String labelOf(String slug) {
		return LABELS.get(slug);
	}

	static int daysIn(int year, int month) {
		return MONTH_DAYS[month - 1] + ((month == 2 && year % 4 == 0) ? 1 : 0);
	}

}
