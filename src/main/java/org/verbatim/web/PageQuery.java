package org.verbatim.web;

import org.jspecify.annotations.Nullable;

/**
 * The {@code page} and {@code size} parameters, validated: pages count from 0, sizes are
 * 1 to {@value #MAX_SIZE}.
 */
public record PageQuery(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public static PageQuery of(@Nullable Integer page, @Nullable Integer size) {
		int p = (page != null) ? page : 0;
		int s = (size != null) ? size : DEFAULT_SIZE;
		if (p < 0) {
			throw new InvalidParameterException("page", String.valueOf(p),
					"an integer of 0 or more (pages count from 0)");
		}
		if (s < 1 || s > MAX_SIZE) {
			throw new InvalidParameterException("size", String.valueOf(s), "an integer from 1 to " + MAX_SIZE);
		}
		if (((long) p + 1) * s > Integer.MAX_VALUE) {
			throw new InvalidParameterException("page", String.valueOf(p),
					"a page whose first item lies within " + Integer.MAX_VALUE + " items (page * size)");
		}
		return new PageQuery(p, s);
	}

	public int offset() {
		return this.page * this.size;
	}

}
