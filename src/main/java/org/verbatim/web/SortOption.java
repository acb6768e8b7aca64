package org.verbatim.web;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;

/**
 * One value a list's {@code sort} parameter accepts, and the order it stands for. Each
 * order ends on the id so that pages never overlap.
 *
 * @param key the value of the parameter, e.g. {@code -date}
 * @param sort the order of the entity's properties
 */
public record SortOption(String key, Sort sort) {

	/** Oldest first, undated last, for entities with an embedded {@code date}. */
	public static SortOption dateAscending() {
		return new SortOption("date", Sort.by(Sort.Order.asc("date.earliest").nullsLast(),
				Sort.Order.asc("date.latest").nullsLast(), Sort.Order.asc("id")));
	}

	/** Newest first, undated last, for entities with an embedded {@code date}. */
	public static SortOption dateDescending() {
		return new SortOption("-date", Sort.by(Sort.Order.desc("date.earliest").nullsLast(),
				Sort.Order.desc("date.latest").nullsLast(), Sort.Order.desc("id")));
	}

	/** By a text property, A to Z. */
	public static SortOption by(String key, String property) {
		return new SortOption(key, Sort.by(property, "id"));
	}

	/**
	 * The option named by the parameter, the first option when absent, or a 400 listing
	 * the keys.
	 */
	public static Sort parse(@Nullable String value, List<SortOption> options) {
		if (value == null || value.isBlank()) {
			return options.get(0).sort();
		}
		return options.stream()
			.filter(option -> option.key().equals(value.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException("sort", value,
					"one of " + options.stream().map(SortOption::key).collect(Collectors.joining(", "))))
			.sort();
	}

}
