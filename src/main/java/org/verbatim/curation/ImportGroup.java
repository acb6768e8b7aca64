package org.verbatim.curation;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Lines handed to a worker together, what they name, and when they are stored. */
final class ImportGroup {

	final List<ImportLine> lines;

	final ImportKeys keys;

	CompletableFuture<Void> done = CompletableFuture.completedFuture(null);

	ImportGroup(List<ImportLine> lines, ImportKeys keys) {
		this.lines = lines;
		this.keys = keys;
	}

	boolean clashes(ImportGroup other) {
		return this.keys.clashes(other.keys);
	}

	/** The lines that hold a document to store. */
	List<ImportLine> documents() {
		return this.lines.stream().filter(line -> line.document != null).toList();
	}

}
