package org.verbatim.web;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Text the archive can store exactly as given. PostgreSQL's text columns cannot hold
 * U+0000, so a NUL is refused on every database rather than failing in one of them. A
 * lone surrogate (a JSON escape of U+DC00, say, outside a pair) is no character at all:
 * stored as UTF-8 it would silently become '?', and the text's hash would be of other
 * text.
 */
public final class StorableText {

	/** What the archive accepts in a text. */
	public static final String ACCEPTED = "Unicode text without NUL (U+0000), every surrogate escape "
			+ "(\\uD800-\\uDFFF) part of a high-low pair";

	private StorableText() {
	}

	/** Why {@code text} cannot be stored as given, or {@code null} if it can. */
	public static @Nullable String problem(String text) {
		int nul = text.indexOf('\u0000');
		if (nul >= 0) {
			return "Holds a NUL character (U+0000) at UTF-16 index " + nul + ", which cannot be stored.";
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return "Holds a lone surrogate \\u" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
						+ " at UTF-16 index " + i + ", which is no character and cannot be stored.";
			}
		}
		return null;
	}

	/**
	 * Refuses the first string in {@code node} (values and property names) that cannot be
	 * stored: for bodies read as a tree rather than into records.
	 * @param pointer where {@code node} is in the body, as a JSON Pointer
	 */
	public static void check(JsonNode node, String pointer) {
		if (node.isString()) {
			String problem = problem(node.asString());
			if (problem != null) {
				throw refused(pointer, problem);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				check(node.get(i), pointer + "/" + i);
			}
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				String at = pointer + "/" + property.getKey().replace("~", "~0").replace("/", "~1");
				String problem = problem(property.getKey());
				if (problem != null) {
					throw refused(at, "Its name: " + problem);
				}
				check(property.getValue(), at);
			}
		}
	}

	/**
	 * The same 400 that a string read into a record gets ({@link StorableTextModule}).
	 */
	static ErrorResponseException refused(String pointer, String problem) {
		ProblemDetail detail = Problems.problem(HttpStatus.BAD_REQUEST, Problems.MALFORMED_BODY,
				"Malformed request body", pointer + ": " + problem + " Accepted: " + ACCEPTED + ".");
		detail.setProperty("pointer", pointer);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, detail, null);
	}

}
