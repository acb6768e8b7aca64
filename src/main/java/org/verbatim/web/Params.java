package org.verbatim.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Parsing of enumerated request parameters: case-insensitive, and a clear 400 listing
 * what is accepted otherwise.
 */
public final class Params {

	private Params() {
	}

	/**
	 * A text parameter, or null when absent or blank (an empty filter filters nothing).
	 */
	public static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** Parses an enum constant by name, ignoring case and treating '-' as '_'. */
	public static <E extends Enum<E>> @Nullable E enumValue(String parameter, @Nullable String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String wanted = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(wanted)) {
				return constant;
			}
		}
		throw new InvalidParameterException(parameter, value,
				"one of " + Arrays.stream(type.getEnumConstants())
					.map(c -> c.name().toLowerCase(Locale.ROOT))
					.collect(Collectors.joining(", ")));
	}

}
