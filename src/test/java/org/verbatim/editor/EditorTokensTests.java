package org.verbatim.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditorTokensTests {

	@Test
	void readsPairsFromTheVariableAndTheFile(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("tokens");
		Files.writeString(file, "# editors\ncarol:carol-token-0123456789\n\n");
		EditorTokens tokens = EditorTokens.of("alice:alice-token-0123456789, bob:bob-token-0123456789",
				file.toString());
		assertThat(tokens.size()).isEqualTo(3);
		assertThat(tokens.editorFor("bob-token-0123456789")).map(EditorTokens.Editor::name).contains("bob");
		assertThat(tokens.editorFor("carol-token-0123456789")).map(EditorTokens.Editor::name).contains("carol");
		assertThat(tokens.editorFor("nobody-token-0123456")).isEmpty();
	}

	@Test
	void noConfigurationMeansNoEditors() {
		assertThat(EditorTokens.of("", "").isEmpty()).isTrue();
	}

	@Test
	void aShortOrNamelessTokenIsRefusedWithoutEchoingIt() {
		assertThatThrownBy(() -> EditorTokens.of("alice:short", "")).hasMessageNotContaining("short")
			.hasMessageContaining("VERBATIM_EDITOR_TOKENS");
		assertThatThrownBy(() -> EditorTokens.of(":a-token-long-enough-0123", ""))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aTokenHasAtLeastSixteenCharacters() {
		assertThat(EditorTokens.of("alice:0123456789abcdef", "").editorFor("0123456789abcdef")).isPresent();
		assertThatThrownBy(() -> EditorTokens.of("alice:0123456789abcde", ""))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anEditorIsShownWithoutItsToken() {
		EditorTokens.Editor editor = EditorTokens.of("alice:alice-token-0123456789", "")
			.editorFor("alice-token-0123456789")
			.orElseThrow();
		assertThat(editor).hasToString("Editor[alice]");
	}

	@Test
	void onlyTheDevProfileMakesUpAnEditor() {
		MockEnvironment plain = new MockEnvironment();
		assertThat(new EditorSecurity().editorTokens("", "", plain).isEmpty()).isTrue();
		MockEnvironment dev = new MockEnvironment();
		dev.setActiveProfiles("dev");
		EditorTokens devTokens = new EditorSecurity().editorTokens("", "", dev);
		assertThat(devTokens.size()).isEqualTo(1);
		// Configured tokens win over the made-up one, even in dev.
		assertThat(new EditorSecurity().editorTokens("alice:alice-token-0123456789", "", dev)
			.editorFor("alice-token-0123456789")).isPresent();
	}

}
