package org.verbatim.web;

import org.junit.jupiter.api.Test;
import org.verbatim.web.Preconditions.PreconditionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ETags from versions, and the If-Match every change must carry. */
class PreconditionsTests {

	@Test
	void theETagIsTheQuotedVersion() {
		assertThat(Preconditions.etag(7L)).isEqualTo("\"7\"");
		assertThat(Preconditions.etag(null)).isEqualTo("\"0\"");
	}

	@Test
	void aMatchingETagLetsTheChangeThrough() {
		assertThatCode(() -> Preconditions.requireMatch("\"3\"", 3L, "quote")).doesNotThrowAnyException();
		assertThatCode(() -> Preconditions.requireMatch(" \"1\", \"3\" ", 3L, "quote")).doesNotThrowAnyException();
		assertThatCode(() -> Preconditions.requireMatch("\"0\"", null, "quote")).doesNotThrowAnyException();
	}

	@Test
	void aMissingIfMatchIs428() {
		for (String missing : new String[] { null, "", "  " }) {
			assertThatThrownBy(() -> Preconditions.requireMatch(missing, 3L, "document"))
				.isInstanceOfSatisfying(PreconditionException.class, ex -> {
					assertThat(ex.missing()).isTrue();
					assertThat(ex.current()).isNull();
					assertThat(ex.getBody().getDetail())
						.isEqualTo("Changing this document requires an If-Match header with "
								+ "its current ETag (from GET), so that no other editor's change is overwritten unseen.");
				});
		}
	}

	@Test
	void anotherVersionIs412NamingTheCurrentOne() {
		for (String stale : new String[] { "\"2\"", "W/\"3\"", "3", "*", "\"2\", \"4\"", "\"3x\"",
				"\"1234567890123456789\"" }) {
			assertThatThrownBy(() -> Preconditions.requireMatch(stale, 3L, "quote")).as(stale)
				.isInstanceOfSatisfying(PreconditionException.class, ex -> {
					assertThat(ex.missing()).isFalse();
					assertThat(ex.current()).isEqualTo("\"3\"");
					assertThat(ex.getBody().getDetail())
						.isEqualTo("This quote has changed since the version in If-Match (" + stale.strip()
								+ "); it is now at \"3\". GET it again, reapply the change and send it "
								+ "with the new ETag.");
				});
		}
		assertThatThrownBy(() -> Preconditions.requireMatch(" \"1\" ", null, "quote")).isInstanceOfSatisfying(
				PreconditionException.class,
				ex -> assertThat(ex.getBody().getDetail()).contains("(\"1\"); it is now at \"0\"."));
	}

	@Test
	void aFailureMayNotKnowTheCurrentVersion() {
		PreconditionException ex = PreconditionException.failed("topic", "\"5\"", null);
		assertThat(ex.missing()).isFalse();
		assertThat(ex.current()).isNull();
		assertThat(ex.getBody().getDetail()).isEqualTo("This topic has changed since the version in If-Match (\"5\"). "
				+ "GET it again, reapply the change and send it with the new ETag.");
	}

}
