package org.verbatim.web;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Says what JSON a body should have held where Jackson could not read it, in JSON's words
 * ("a list of authors", "an object", "a string"): Jackson's own messages name Java types,
 * which mean nothing to a client and are not for it to see.
 */
final class JsonExpectations {

	private JsonExpectations() {
	}

	/** Why the value at the failure's pointer is not accepted, and what would be. */
	static String reason(JacksonException jackson) {
		if (jackson instanceof UnrecognizedPropertyException unknown) {
			return "Unknown property '" + unknown.getPropertyName() + "'; known here: " + unknown.getKnownPropertyIds();
		}
		if (jackson instanceof InvalidNullException) {
			return "null is not accepted here. Accepted: a value, or the item left out of its list.";
		}
		if (jackson instanceof InvalidTypeIdException typeId) {
			String known = subtypes(typeId.getBaseType());
			return ((typeId.getTypeId() == null) ? "The object has no 'type'."
					: "'" + typeId.getTypeId() + "' is not a type accepted here.") + " Accepted: " + known + ".";
		}
		if (jackson instanceof InvalidFormatException format && format.getTargetType() != null) {
			return "'" + format.getValue() + "' is not accepted here. Accepted: " + describe(format.getTargetType())
					+ ".";
		}
		if (jackson instanceof ValueInstantiationException instantiation) {
			return "Not accepted here. Accepted: " + describe(instantiation.getType().getRawClass()) + ".";
		}
		if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
				&& namesATypeOrToken(jackson.getOriginalMessage())) {
			return "Not the JSON expected here" + given(mismatch.getCurrentToken()) + ". Accepted: "
					+ expected(mismatch) + ".";
		}
		String message = jackson.getOriginalMessage();
		return namesATypeOrToken(message) ? "Not the JSON expected here." : message;
	}

	/**
	 * What the mismatched value should have been. For a list, the element type comes from
	 * the property the list was read for, which the exception's path leads to.
	 */
	private static String expected(MismatchedInputException mismatch) {
		Class<?> target = mismatch.getTargetType();
		List<JacksonException.Reference> path = mismatch.getPath();
		if (Collection.class.isAssignableFrom(target) && !path.isEmpty()) {
			JacksonException.Reference last = path.get(path.size() - 1);
			Object from = last.from();
			Class<?> owner = (from instanceof Class<?> type) ? type : (from != null) ? from.getClass() : null;
			Type declared = (owner != null && last.getPropertyName() != null)
					? declaredType(owner, last.getPropertyName()) : null;
			if (declared instanceof ParameterizedType generic
					&& generic.getActualTypeArguments()[0] instanceof Class<?> element) {
				return "a list of " + plural(element);
			}
		}
		return describe(target);
	}

	private static @Nullable Type declaredType(Class<?> owner, String property) {
		for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (field.getName().equals(property)) {
					return field.getGenericType();
				}
			}
		}
		return null;
	}

	/** The JSON that was given instead, as far as the token says. */
	private static String given(@Nullable JsonToken token) {
		if (token == null) {
			return "";
		}
		return switch (token) {
			case START_OBJECT, END_OBJECT, PROPERTY_NAME -> " (an object was given)";
			case START_ARRAY, END_ARRAY -> " (a list was given)";
			case VALUE_STRING -> " (a string was given)";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> " (a number was given)";
			case VALUE_TRUE, VALUE_FALSE -> " (true or false was given)";
			case VALUE_NULL -> " (null was given)";
			default -> "";
		};
	}

	/**
	 * Whether a message is Jackson's own wording, with a Java type or a token name in it,
	 * rather than one a deserializer of Verbatim's wrote for clients.
	 */
	private static boolean namesATypeOrToken(@Nullable String message) {
		return message == null || message.indexOf('`') >= 0 || message.contains("JsonToken");
	}

	/** The JSON that reads as {@code type}. */
	static String describe(JavaType type) {
		if (type.isCollectionLikeType() || type.isArrayType()) {
			return "a list of " + plural(type.getContentType().getRawClass());
		}
		if (type.isMapLikeType()) {
			return "an object";
		}
		return describe(type.getRawClass());
	}

	/** The JSON that reads as {@code type}. */
	static String describe(Class<?> type) {
		if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
			return "a string";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == BigInteger.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (type.getAnnotation(JsonSubTypes.class) != null) {
			return "an object whose 'type' is one of " + subtypes(type);
		}
		return takesAString(type) ? "a string (a slug) or an object" : "an object";
	}

	private static String subtypes(@Nullable JavaType base) {
		return (base != null) ? subtypes(base.getRawClass()) : "no other";
	}

	private static String subtypes(Class<?> base) {
		JsonSubTypes subtypes = base.getAnnotation(JsonSubTypes.class);
		return (subtypes == null) ? "no other"
				: Arrays.stream(subtypes.value()).map(JsonSubTypes.Type::name).collect(Collectors.joining(", "));
	}

	/** Whether the type also reads from a string: a slug, or a date as text. */
	private static boolean takesAString(Class<?> type) {
		for (Method method : type.getDeclaredMethods()) {
			JsonCreator creator = method.getAnnotation(JsonCreator.class);
			if (creator != null && creator.mode() == JsonCreator.Mode.DELEGATING && method.getParameterCount() == 1
					&& method.getParameterTypes()[0] == String.class) {
				return true;
			}
		}
		return false;
	}

	/** What a list of {@code type} holds, in words: "authors", "strings", "people". */
	private static String plural(Class<?> type) {
		String simple = describe(type);
		if (!simple.startsWith("an object") && !simple.startsWith("a string (")) {
			return simple.equals("a string") ? "strings" : "values: " + simple;
		}
		String noun = type.getSimpleName().replaceFirst("(Input|View)$", "").replaceAll("([a-z])([A-Z])", "$1 $2");
		noun = noun.toLowerCase(Locale.ROOT);
		return noun.equals("person") ? "people" : noun + "s";
	}

}
