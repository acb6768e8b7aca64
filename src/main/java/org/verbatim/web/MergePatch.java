package org.verbatim.web;

import java.util.Map;

import org.verbatim.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * JSON Merge Patch (RFC 7386): PATCH bodies of type {@code application/merge-patch+json}
 * are applied to the input that would recreate the record, and the result is stored as a
 * PUT would store it, with the same checks.
 */
@Component
public class MergePatch {

	public static final String MEDIA_TYPE = "application/merge-patch+json";

	private final ObjectMapper mapper;

	MergePatch(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	/** {@code current} with {@code patch} merged into it, as a {@code type}. */
	public <T> T apply(T current, JsonNode patch, Class<T> type) {
		if (!patch.isObject()) {
			throw new InvalidInputException("",
					"A merge patch is a JSON object of the fields to change " + "(null removes a field).");
		}
		StorableText.check(patch, "");
		JsonNode merged = merge(this.mapper.valueToTree(current), patch);
		try {
			return this.mapper.treeToValue(merged, type);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException(Problems.pointer(ex), JsonExpectations.reason(ex));
		}
	}

	private static JsonNode merge(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch;
		}
		ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : ((ObjectNode) patch).objectNode();
		for (Map.Entry<String, JsonNode> field : patch.properties()) {
			if (field.getValue().isNull()) {
				result.remove(field.getKey());
			}
			else {
				JsonNode existing = result.get(field.getKey());
				result.set(field.getKey(), merge((existing != null) ? existing : result.nullNode(), field.getValue()));
			}
		}
		return result;
	}

}
