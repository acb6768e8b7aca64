package org.verbatim.web;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * One page of a list, with the total across all pages.
 */
@Schema(description = "One page of results with the total number of matches")
public record PagedResponse<T>(@Schema(description = "The items of this page, in the requested order") List<T> items,
		@Schema(description = "Zero-based page number", example = "0") int page,
		@Schema(description = "Page size asked for", example = "20") int size,
		@Schema(description = "Number of items matching the filters, over all pages", example = "3") long totalItems,
		@Schema(description = "Number of pages at this size", example = "1") int totalPages) {

	/** A page of entities from Spring Data, each turned into its view. */
	public static <E, T> PagedResponse<T> of(Page<E> result, Function<E, T> view, PageQuery query) {
		return of(result.getContent().stream().map(view).toList(), query, result.getTotalElements());
	}

	/**
	 * The page of the entities a filter matches, each turned into its view; an empty
	 * filter (one that can match nothing) answers an empty page without a query.
	 */
	public static <E, T> PagedResponse<T> of(Optional<Specification<E>> filter,
			BiFunction<Specification<E>, Pageable, Page<E>> find, Sort sort, Function<E, T> view, PageQuery query) {
		if (filter.isEmpty()) {
			return of(List.of(), query, 0);
		}
		return of(find.apply(filter.get(), PageRequest.of(query.page(), query.size(), sort)), view, query);
	}

	public static <T> PagedResponse<T> of(List<T> items, PageQuery query, long total) {
		int pages = (int) ((total + query.size() - 1) / query.size());
		return new PagedResponse<>(items, query.page(), query.size(), total, pages);
	}

}
