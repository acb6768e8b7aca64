package org.verbatim.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Schemas that say what the API accepts, where springdoc's derivation falls short: the
 * short forms the inputs take (a date as its string, a record as its slug; one item
 * instead of a list is described), subtypes that do not refer back to the type they are
 * one of, and examples of string parameters and bodies given as strings.
 */
final class SchemaForms {

	private static final String DATE = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

	/** The inputs that also take a string, with the string's schema. */
	private static final Map<String, Schema<?>> SHORT_FORMS = Map.of("DateInput",
			string("The date alone: YYYY, YYYY-MM or YYYY-MM-DD").pattern(DATE), "PersonInput",
			string("The slug of a person already in the archive"), "OrganisationInput",
			string("The slug of an organisation already in the archive"), "EventInput",
			string("The slug of an event already in the archive"), "TopicInput",
			string("The slug of a topic already in the archive"));

	/** The list properties that also take their one item alone, by schema. */
	private static final Map<String, String> ONE_OR_MORE = Map.of("Target", "selector", "QuoteInput", "target");

	private SchemaForms() {
	}

	static void apply(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		flattenSubtypes(schemas);
		schemas.values().forEach(SchemaForms::shortForms);
		ONE_OR_MORE.forEach((schema, property) -> oneOrMore(schemas.get(schema), property));
		openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			if (operation.getParameters() != null) {
				operation.getParameters().forEach(SchemaForms::stringExample);
			}
			if (operation.getRequestBody() != null) {
				stringExamples(operation.getRequestBody().getContent());
			}
		}));
	}

	/**
	 * A schema that is {@code oneOf} its subtypes, each of which is {@code allOf} it, is
	 * a cycle that client generators refuse: the subtypes become plain objects, and the
	 * type keeps only its {@code oneOf} and discriminator.
	 */
	private static void flattenSubtypes(Map<String, Schema> schemas) {
		schemas.forEach((name, type) -> {
			if (type.getOneOf() == null) {
				return;
			}
			String self = ref(name);
			boolean flattened = false;
			for (Schema<?> member : (List<Schema>) type.getOneOf()) {
				Schema<?> subtype = (member.get$ref() != null) ? schemas.get(name(member.get$ref())) : null;
				if (subtype != null && subtype.getAllOf() != null
						&& subtype.getAllOf().stream().anyMatch(part -> self.equals(part.get$ref()))) {
					schemas.put(name(member.get$ref()), flat(subtype, self));
					flattened = true;
				}
			}
			if (flattened) {
				type.setProperties(null);
				type.setRequired(null);
				type.setTypes(null);
			}
		});
	}

	private static Schema<?> flat(Schema<?> subtype, String parent) {
		Schema<?> flat = new JsonSchema().types(Set.of("object")).description(subtype.getDescription());
		Map<String, Schema> properties = new LinkedHashMap<>();
		Set<String> required = new LinkedHashSet<>();
		if (subtype.getRequired() != null) {
			required.addAll(subtype.getRequired());
		}
		for (Schema<?> part : subtype.getAllOf()) {
			if (!parent.equals(part.get$ref())) {
				if (part.getProperties() != null) {
					properties.putAll(part.getProperties());
				}
				if (part.getRequired() != null) {
					required.addAll(part.getRequired());
				}
			}
		}
		flat.setProperties(properties);
		flat.setRequired(new ArrayList<>(required));
		return flat;
	}

	/** Every property (or list item) of an input with a short form takes either form. */
	private static void shortForms(Schema<?> schema) {
		if (schema.getProperties() == null) {
			return;
		}
		schema.getProperties().replaceAll((property, value) -> {
			if (value.getItems() != null && withShortForm(value.getItems()) != null) {
				value.setItems(withShortForm(value.getItems()));
				return value;
			}
			Schema<?> either = withShortForm(value);
			return (either != null) ? either : value;
		});
	}

	private static Schema<?> withShortForm(Schema<?> value) {
		if (value.getOneOf() != null) {
			// A nullable input: oneOf its reference and null.
			for (Schema<?> member : (List<Schema>) value.getOneOf()) {
				Schema<?> either = withShortForm(member);
				if (either != null) {
					List<Schema> members = new ArrayList<>(either.getOneOf());
					value.getOneOf().stream().filter(other -> other != member).forEach(members::add);
					return value.oneOf(members);
				}
			}
			return null;
		}
		String target = value.get$ref();
		Schema<?> shortForm = (target != null) ? SHORT_FORMS.get(name(target)) : null;
		if (shortForm == null) {
			return null;
		}
		return new JsonSchema().description(value.getDescription())
			.oneOf(List.of(shortForm, new JsonSchema().$ref(target)));
	}

	/**
	 * The list property takes its item alone too, which its description says: declared as
	 * {@code oneOf} the item and the list, it makes openapi-generator's Java and
	 * typescript-fetch clients fail to compile.
	 */
	private static void oneOrMore(Schema<?> schema, String property) {
		Schema<?> list = schema.getProperties().get(property);
		String description = (list.getDescription() != null) ? list.getDescription() + " " : "";
		list.setDescription(description + "One item alone, not in a list, is accepted too.");
	}

	/** springdoc reads an example such as {@code 2023} as a number, even of a string. */
	private static void stringExample(Parameter parameter) {
		if (isString(parameter.getSchema()) && parameter.getExample() != null
				&& !(parameter.getExample() instanceof String)) {
			Object example = parameter.getExample();
			parameter.setExample(
					(example instanceof JsonNode node && node.isValueNode()) ? node.asText() : String.valueOf(example));
		}
	}

	private static void stringExamples(Content content) {
		content.values().forEach(media -> {
			if (isString(media.getSchema()) && media.getExamples() != null) {
				media.getExamples().values().forEach(example -> {
					if (example.getValue() != null && !(example.getValue() instanceof String)) {
						example.setValue(json(example.getValue()));
					}
				});
			}
		});
	}

	private static String json(Object value) {
		try {
			return Json31.mapper().writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("An example that is not JSON: " + value, ex);
		}
	}

	private static boolean isString(Schema<?> schema) {
		return schema != null && ("string".equals(schema.getType())
				|| (schema.getTypes() != null && schema.getTypes().contains("string")));
	}

	private static Schema<?> string(String description) {
		return new JsonSchema().types(Set.of("string")).description(description);
	}

	private static String ref(String name) {
		return "#/components/schemas/" + name;
	}

	private static String name(String ref) {
		return ref.substring(ref.lastIndexOf('/') + 1);
	}

}
