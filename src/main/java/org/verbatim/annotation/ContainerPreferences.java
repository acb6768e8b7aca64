package org.verbatim.annotation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.verbatim.web.InvalidParameterException;

/**
 * What a client asks of a container in its {@code Prefer} header (RFC 7240), as the W3C
 * Web Annotation Protocol (4.2.1) and LDP define it:
 * {@code return=representation; include="..."} with the container without its
 * annotations, and the annotations listed as IRIs or as whole descriptions.
 *
 * @param asked whether a {@code return=representation} preference was sent
 * @param minimal whether the container is asked for without its first page
 * @param iris whether the pages are asked to list IRIs; null when not said
 */
record ContainerPreferences(boolean asked, boolean minimal, @Nullable Boolean iris) {

	static final String MINIMAL = "http://www.w3.org/ns/ldp#PreferMinimalContainer";

	static final String IRIS = "http://www.w3.org/ns/oa#PreferContainedIRIs";

	static final String DESCRIPTIONS = "http://www.w3.org/ns/oa#PreferContainedDescriptions";

	private static final Pattern INCLUDE = Pattern.compile("(?i)^\\s*include\\s*=\\s*\"?([^\"]*)\"?\\s*$");

	private static final String ACCEPTED = "return=representation; include=\"" + MINIMAL + "\", \"" + IRIS + "\" or \""
			+ DESCRIPTIONS + "\" (the last two not together)";

	/**
	 * The preferences of these {@code Prefer} header values (each a comma-separated
	 * list).
	 */
	static ContainerPreferences of(@Nullable List<String> headers) {
		boolean asked = false;
		boolean minimal = false;
		boolean iris = false;
		boolean descriptions = false;
		for (String header : (headers != null) ? headers : List.<String>of()) {
			for (String preference : header.split(",")) {
				String[] parts = preference.split(";");
				if (!parts[0].strip().toLowerCase(Locale.ROOT).equals("return=representation")) {
					continue;
				}
				asked = true;
				for (int i = 1; i < parts.length; i++) {
					Matcher include = INCLUDE.matcher(parts[i]);
					if (!include.matches()) {
						continue;
					}
					for (String iri : include.group(1).strip().split("\\s+")) {
						minimal |= MINIMAL.equals(iri);
						iris |= IRIS.equals(iri);
						descriptions |= DESCRIPTIONS.equals(iri);
					}
				}
			}
		}
		if (iris && descriptions) {
			throw new InvalidParameterException("Prefer", String.join(", ", headers), ACCEPTED,
					"The Prefer header asks for the annotations both as IRIs and as descriptions.");
		}
		return new ContainerPreferences(asked, minimal, iris ? Boolean.TRUE : descriptions ? Boolean.FALSE : null);
	}

}
