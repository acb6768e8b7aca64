package org.verbatim.party;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.verbatim.shared.SearchFields;

/**
 * Indexes every name of a person or an organisation, the shown one and each variant, as
 * their {@value SearchFields#NAMES} field, transliterated to Latin by the {@code name}
 * analyzer for fuzzy lookup. The parameter {@value #NAME_PROPERTY} names the property
 * that holds the shown name, for reindexing when it changes.
 */
public final class SearchNamesBinder implements TypeBinder {

	static final String NAME_PROPERTY = "nameProperty";

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use(context.param(NAME_PROPERTY, String.class)).use("variants");
		IndexFieldReference<String> names = context.indexSchemaElement()
			.field(SearchFields.NAMES, f -> f.asString().analyzer("name"))
			.multiValued()
			.toReference();
		context.bridge(Named.class, new Bridge(names));
	}

	private record Bridge(IndexFieldReference<String> names) implements TypeBridge<Named> {

		@Override
		public void write(DocumentElement target, Named party, TypeBridgeWriteContext context) {
			target.addValue(this.names, party.displayName());
			party.variants().forEach(variant -> target.addValue(this.names, variant.name()));
		}

	}

}
