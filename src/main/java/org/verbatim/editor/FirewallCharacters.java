package org.verbatim.editor;

import java.util.function.Predicate;

/**
 * The characters Spring Security's {@code StrictHttpFirewall} accepts in header names and
 * values and in parameter names, checked by a loop over the code points instead of its
 * regular expressions. The rule is the same (every code point assigned and none a control
 * character, save a tab in header values; the tests compare the two on every code point).
 * The firewall checks again on every read of a header or a parameter, so its regular
 * expressions showed in profiles of the busiest reads; the loop does not.
 */
final class FirewallCharacters {

	static final Predicate<String> NAME = value -> accepted(value, false);

	static final Predicate<String> HEADER_VALUE = value -> accepted(value, true);

	private FirewallCharacters() {
	}

	static boolean accepted(String value, boolean tab) {
		for (int i = 0; i < value.length();) {
			int codePoint = value.codePointAt(i);
			int type = Character.getType(codePoint);
			if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && codePoint == '\t'))) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

}
