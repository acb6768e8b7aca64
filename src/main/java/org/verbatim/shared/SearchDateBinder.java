package org.verbatim.shared;

import java.time.LocalDate;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;
import org.jspecify.annotations.Nullable;

/**
 * Indexes a {@link FuzzyDate} as the {@value SearchFields#DATE_EARLIEST},
 * {@value SearchFields#DATE_LATEST} and {@value SearchFields#YEAR} fields that quotes,
 * documents and events share, so that one query filters and facets all three by date. An
 * unknown date indexes nothing.
 */
public final class SearchDateBinder implements PropertyBinder {

	@Override
	public void bind(PropertyBindingContext context) {
		context.dependencies().use("earliest").use("latest").use("precision");
		IndexSchemaElement schema = context.indexSchemaElement();
		context.bridge(FuzzyDate.class,
				new Bridge(schema.field(SearchFields.DATE_EARLIEST, f -> f.asLocalDate()).toReference(),
						schema.field(SearchFields.DATE_LATEST, f -> f.asLocalDate()).toReference(),
						schema.field(SearchFields.YEAR, f -> f.asInteger().aggregable(Aggregable.YES)).toReference()));
	}

	private record Bridge(IndexFieldReference<LocalDate> earliest, IndexFieldReference<LocalDate> latest,
			IndexFieldReference<Integer> year) implements PropertyBridge<FuzzyDate> {

		@Override
		public void write(DocumentElement target, @Nullable FuzzyDate date, PropertyBridgeWriteContext context) {
			if (date == null || !date.isKnown()) {
				return;
			}
			target.addValue(this.earliest, date.earliest());
			target.addValue(this.latest, date.latest());
			target.addValue(this.year, date.earliest().getYear());
		}

	}

}
