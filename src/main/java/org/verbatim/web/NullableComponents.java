package org.verbatim.web;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Declares null where the API sends or takes it: a record component marked with
 * JSpecify's {@code @Nullable} is nullable in its schema ({@code type: [X, "null"]}, or
 * {@code oneOf} the reference and null), unless the schema requires it.
 */
@Component
class NullableComponents implements ModelConverter {

	private static final Schema<?> NULL = new JsonSchema().types(Set.of("null"));

	@Override
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		if (resolved == null || type.getType() == null) {
			return resolved;
		}
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (!raw.isRecord() || !raw.getPackageName().startsWith("org.verbatim")) {
			return resolved;
		}
		Schema<?> model = (resolved.get$ref() != null)
				? context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1))
				: resolved;
		if (model == null || model.getProperties() == null) {
			return resolved;
		}
		List<String> required = (model.getRequired() != null) ? model.getRequired() : List.of();
		for (RecordComponent component : raw.getRecordComponents()) {
			if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)
					&& !required.contains(component.getName())) {
				model.getProperties().computeIfPresent(component.getName(), (name, property) -> nullable(property));
			}
		}
		return resolved;
	}

	/** The property, null allowed; unchanged if it already allows it. */
	private static Schema nullable(Schema<?> property) {
		if ((property.getTypes() != null && property.getTypes().contains("null"))
				|| (property.getOneOf() != null && property.getOneOf()
					.stream()
					.anyMatch(member -> member.getTypes() != null && member.getTypes().contains("null")))) {
			return property;
		}
		// A reference cannot take a type beside it, and an enum would refuse null.
		if (property.get$ref() != null || property.getEnum() != null || property.getTypes() == null) {
			String description = property.getDescription();
			property.setDescription(null);
			return new JsonSchema().description(description).oneOf(List.of(property, NULL));
		}
		Set<String> types = new LinkedHashSet<>(property.getTypes());
		types.add("null");
		property.setTypes(types);
		return property;
	}

}
