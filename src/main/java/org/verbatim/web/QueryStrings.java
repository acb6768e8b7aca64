package org.verbatim.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Checks a raw query string before the servlet container decodes it. Tomcat refuses a
 * broken percent-escape, bytes that are not UTF-8 or a parameter without a name with an
 * exception that names nothing the client can act on; this names the parameter instead.
 */
final class QueryStrings {

	static final String ACCEPTED_VALUE = "percent-encoded UTF-8: '%' followed by two hexadecimal digits, "
			+ "the bytes forming valid UTF-8";

	static final String ACCEPTED_PAIRS = "name=value pairs separated by '&', each with a name";

	private QueryStrings() {
	}

	/**
	 * Throws {@link InvalidParameterException} for the first pair that cannot be read.
	 */
	static void check(@Nullable String rawQuery) {
		if (rawQuery == null) {
			return;
		}
		for (String pair : rawQuery.split("&", -1)) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			if (name.isEmpty()) {
				throw new InvalidParameterException("", pair, ACCEPTED_PAIRS,
						"A query parameter has no name: '" + pair + "'.");
			}
			if (!decodable(name)) {
				throw new InvalidParameterException(name, value, ACCEPTED_VALUE,
						"The name of query parameter '" + name + "' cannot be decoded.");
			}
			if (!decodable(value)) {
				throw new InvalidParameterException(name, value, ACCEPTED_VALUE,
						"The value of query parameter '" + name + "' cannot be decoded.");
			}
			if (value.contains("%00") || name.contains("%00")) {
				throw new InvalidParameterException(name, value, StorableText.ACCEPTED,
						"Query parameter '" + name + "' holds a NUL character (U+0000).");
			}
		}
	}

	/** Whether {@code raw} holds only well-formed escapes of valid UTF-8. */
	static boolean decodable(String raw) {
		if (raw.indexOf('%') < 0) {
			return true;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c != '%') {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
				continue;
			}
			int high = (i + 2 < raw.length()) ? hex(raw.charAt(i + 1)) : -1;
			int low = (i + 2 < raw.length()) ? hex(raw.charAt(i + 2)) : -1;
			if (high < 0 || low < 0) {
				return false;
			}
			bytes.write(high * 16 + low);
			i += 2;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** An ASCII hexadecimal digit's value, or -1 (no other script's digits). */
	private static int hex(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'a' && c <= 'f') {
			return c - 'a' + 10;
		}
		return (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
	}

}
