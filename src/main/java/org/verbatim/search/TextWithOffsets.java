package org.verbatim.search;

import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.ValueBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.ValueBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * A speech's text as the index keeps it: analysed with the {@value SearchAnalysis#TEXT}
 * analyzer, stored, and with each word's character offsets in its postings, which is what
 * Lucene's unified highlighter reads fastest. Hibernate Search's text fields index
 * positions only; offsets come with term vectors, a second copy of every word of the
 * speech that indexing writes and merges rewrite, and that a search decodes whole for
 * each hit. So this field is declared native, and the search parses its query for
 * {@code text} itself (a native field takes no predicate of Hibernate Search's DSL).
 * <p>
 * Named by class in {@code Document}'s mapping, as analyzers are named: the document
 * feature does not depend on search.
 */
public final class TextWithOffsets implements ValueBinder {

	private static final FieldType INDEXED = new FieldType();

	static {
		// As Hibernate Search indexes an analysed text field (tokenized, with norms for
		// scoring), plus offsets; not stored here, a StoredField beside it is.
		INDEXED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		INDEXED.setTokenized(true);
		INDEXED.freeze();
	}

	@Override
	public void bind(ValueBindingContext<?> context) {
		context.bridge(String.class, new Identity(),
				context.typeFactory()
					.extension(LuceneExtension.get())
					.asNative(String.class, TextWithOffsets::contribute, IndexableField::stringValue));
	}

	private static void contribute(String path, String value, Consumer<IndexableField> fields) {
		fields.accept(new Analysed(path, value));
		fields.accept(new StoredField(path, value));
	}

	/** The text as it is: all the work is in the field. */
	private static final class Identity implements ValueBridge<String, String> {

		@Override
		public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
			return value;
		}

	}

	/**
	 * Analysed with the text analyzer whatever analyzer the index writer passes: it gives
	 * native fields a keyword analyzer.
	 */
	private static final class Analysed extends Field {

		Analysed(String name, String value) {
			super(name, value, INDEXED);
		}

		@Override
		public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
			return SearchAnalysis.text().tokenStream(name(), stringValue());
		}

	}

}
