package org.verbatim.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;

/**
 * A representation with the version of the record behind it, served as its ETag: clients
 * revalidate with {@code If-None-Match} (304) and change it with {@code If-Match}.
 */
public record Versioned<T>(T body, @Nullable Long version) {

	public String etag() {
		return Preconditions.etag(this.version);
	}

	/** 200 with the ETag; Spring answers 304 itself when If-None-Match names it. */
	public ResponseEntity<T> ok() {
		return ResponseEntity.ok().eTag(etag()).body(this.body);
	}

	public ResponseEntity<T> created(URI location) {
		return ResponseEntity.created(location).eTag(etag()).body(this.body);
	}

}
