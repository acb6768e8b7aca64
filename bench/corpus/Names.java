package corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The corpus's people: Russian, Belarusian and Western names, each with its Latin and
 * Cyrillic variants.
 */
final class Names {

	/** A person: canonical (Latin) name, slug and name variants. */
	record Person(String slug, String name, String surname, List<Variant> variants) {
	}

	/** A name variant as the import takes it. */
	record Variant(String name, String language, String kind) {
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

	private Names() {
	}

	/**
	 * Distinct people with Cyrillic and Latin variants: mostly Russian names, some
	 * Belarusian, some Western ones with their Cyrillic spelling. Index 0 is the most
	 * quoted.
	 */
	static Person[] make(SplittableRandom r, int count) {
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
			List<Variant> variants = new ArrayList<>(4);
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
				String slug = Words.slugify(latin);
				if (!slugs.add(slug)) {
					continue;
				}
				variants.add(new Variant(latin, "en-Latn", "ORIGINAL_SCRIPT"));
				variants.add(new Variant(cyrillic, "ru-Cyrl", "TRANSLITERATION"));
				variants.add(new Variant(l[0], "en-Latn", "SURNAME"));
				people[made++] = new Person(slug, latin, l[0], variants);
				continue;
			}
			cyrillic = first + " " + last;
			latin = transliterate(first, false) + " " + transliterate(last, false);
			String slug = Words.slugify(latin);
			if (slug.isEmpty() || !slugs.add(slug)) {
				continue;
			}
			String surname = transliterate(last, false);
			variants.add(new Variant(cyrillic, language + "-Cyrl", "ORIGINAL_SCRIPT"));
			variants.add(new Variant(latin, language + "-Latn", "TRANSLITERATION"));
			String alternative = transliterate(first, true) + " " + transliterate(last, true);
			if (!alternative.equals(latin) && r.nextInt(2) == 0) {
				variants.add(new Variant(alternative, language + "-Latn", "CONVENTIONAL"));
			}
			if (r.nextInt(3) == 0) {
				variants.add(new Variant(last, language + "-Cyrl", "SURNAME"));
			}
			people[made++] = new Person(slug, latin, surname, variants);
		}
		return people;
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

}
