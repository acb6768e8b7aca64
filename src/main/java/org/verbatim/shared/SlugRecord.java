package org.verbatim.shared;

import org.jspecify.annotations.Nullable;

/**
 * A record that URLs and other records address by its slug, and whose version is its
 * ETag.
 */
public interface SlugRecord {

	/** Null until stored. */
	@Nullable Long id();

	String slug();

	/** The optimistic-locking version, served as the record's ETag. */
	@Nullable Long version();

}
