package org.verbatim.document;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.verbatim.shared.WriteAwareCache;
import org.verbatim.web.Preconditions;

import org.springframework.stereotype.Component;

/**
 * Documents' current ETags for revalidation: each version read alone and remembered until
 * the next write, so that a 304 usually costs no query. Not transactional on purpose: a
 * remembered answer then passes no transaction interceptor either (a measurable part of a
 * 304's CPU); a miss is one query run by the repository.
 */
@Component
class DocumentVersions {

	private final DocumentRepository documents;

	private final WriteAwareCache<String, Optional<String>> etags = new WriteAwareCache<>(50_000,
			Duration.ofSeconds(10));

	DocumentVersions(DocumentRepository documents) {
		this.documents = documents;
	}

	/**
	 * The document's ETag if it is remembered and current, else {@code null} (also when
	 * no document has this slug): no query.
	 */
	@Nullable String remembered(String slug) {
		Optional<String> etag = this.etags.remembered(slug);
		return (etag != null) ? etag.orElse(null) : null;
	}

	/** The document's ETag, empty if no document has this slug. */
	Optional<String> etag(String slug) {
		return this.etags.get(slug, key -> this.documents.findVersionBySlug(key).map(Preconditions::etag));
	}

}
