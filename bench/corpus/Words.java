package corpus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Small text functions shared by the generator and the verifier. */
final class Words {

	private Words() {
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
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
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


}
