package org.verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.SearchFields;

/**
 * A hit's stored fields, as the answer shows them: read in one visit of the document, the
 * fields nobody shows skipped. Behind {@link LuceneIndex}, for {@link PageHighlighter}.
 */
record StoredHit(String type, String ref, @Nullable String title, String kind, @Nullable String document,
		List<String> speakers, List<Integer> anchors, @Nullable String text) {

	static StoredHit read(StoredFields stored, int doc) throws IOException {
		Visitor visitor = new Visitor();
		stored.document(doc, visitor);
		return visitor.stored();
	}

	/** Collects the fields an answer shows; skips the rest. */
	private static final class Visitor extends StoredFieldVisitor {

		private final Map<String, String> strings = new HashMap<>();

		private final List<String> speakers = new ArrayList<>();

		private final List<Integer> anchors = new ArrayList<>();

		@Override
		public Status needsField(FieldInfo field) {
			return switch (field.name) {
				case SearchFields.TYPE, SearchFields.REF, SearchFields.TITLE, SearchFields.KIND, SearchFields.DOCUMENT,
						SearchFields.SPEAKERS, SearchFields.ANCHORS, SearchFields.TEXT ->
					Status.YES;
				default -> Status.NO;
			};
		}

		@Override
		public void stringField(FieldInfo field, String value) {
			if (field.name.equals(SearchFields.SPEAKERS)) {
				this.speakers.add(value);
			}
			else {
				this.strings.put(field.name, value);
			}
		}

		@Override
		public void intField(FieldInfo field, int value) {
			if (field.name.equals(SearchFields.ANCHORS)) {
				this.anchors.add(value);
			}
		}

		StoredHit stored() {
			return new StoredHit(this.strings.get(SearchFields.TYPE), this.strings.get(SearchFields.REF),
					this.strings.get(SearchFields.TITLE), this.strings.get(SearchFields.KIND),
					this.strings.get(SearchFields.DOCUMENT), List.copyOf(this.speakers), List.copyOf(this.anchors),
					this.strings.get(SearchFields.TEXT));
		}

	}

}
