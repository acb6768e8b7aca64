package org.verbatim.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The editors' bearer tokens, each with the name recorded as the creator or modifier of
 * what the editor writes. Read from {@code VERBATIM_EDITOR_TOKENS} (comma-separated
 * {@code name:token} pairs) and/or the file named by {@code VERBATIM_EDITOR_TOKENS_FILE}
 * (one pair per line, {@code #} comments); never from the repository.
 */
public final class EditorTokens {

	/** Tokens shorter than this are refused: they could be guessed. */
	static final int MIN_TOKEN_LENGTH = 16;

	private final List<Editor> editors;

	private EditorTokens(List<Editor> editors) {
		this.editors = List.copyOf(editors);
	}

	/** An editor: the name recorded on what they write, and their token. */
	record Editor(String name, String token) {

		@Override
		public String toString() {
			return "Editor[" + this.name + "]";
		}

	}

	static EditorTokens of(String pairs, String file) {
		List<Editor> editors = new ArrayList<>(parse(pairs, ",", "VERBATIM_EDITOR_TOKENS"));
		if (!file.isBlank()) {
			try {
				editors.addAll(parse(Files.readString(Path.of(file), StandardCharsets.UTF_8), "\n",
						"VERBATIM_EDITOR_TOKENS_FILE " + file));
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read VERBATIM_EDITOR_TOKENS_FILE " + file, ex);
			}
		}
		return new EditorTokens(editors);
	}

	static EditorTokens of(List<Editor> editors) {
		return new EditorTokens(editors);
	}

	private static List<Editor> parse(String text, String separator, String source) {
		List<Editor> editors = new ArrayList<>();
		for (String entry : text.split(separator)) {
			String pair = entry.strip();
			if (pair.isEmpty() || pair.startsWith("#")) {
				continue;
			}
			int colon = pair.indexOf(':');
			String name = (colon > 0) ? pair.substring(0, colon).strip() : "";
			String token = (colon > 0) ? pair.substring(colon + 1).strip() : "";
			if (name.isEmpty() || token.length() < MIN_TOKEN_LENGTH) {
				// Never echo the token itself.
				throw new IllegalStateException("Malformed editor entry in " + source + ": expected name:token with a "
						+ "token of at least " + MIN_TOKEN_LENGTH + " characters");
			}
			editors.add(new Editor(name, token));
		}
		return editors;
	}

	/** The editor whose token this is; compared in constant time. */
	Optional<Editor> editorFor(String token) {
		byte[] given = token.getBytes(StandardCharsets.UTF_8);
		Editor found = null;
		for (Editor editor : this.editors) {
			if (MessageDigest.isEqual(given, editor.token().getBytes(StandardCharsets.UTF_8))) {
				found = editor;
			}
		}
		return Optional.ofNullable(found);
	}

	boolean isEmpty() {
		return this.editors.isEmpty();
	}

	int size() {
		return this.editors.size();
	}

}
