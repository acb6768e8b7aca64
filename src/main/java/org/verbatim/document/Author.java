package org.verbatim.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;
import org.verbatim.party.Person;

/**
 * An author as the byline prints them: the person, the name as printed and the position
 * the byline gives.
 */
@Embeddable
public class Author {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id", nullable = false)
	private @Nullable Person person;

	@Column(name = "byline_name", nullable = false)
	private String bylineName;

	@Column(name = "byline_role")
	private @Nullable String bylineRole;

	@Enumerated(EnumType.STRING)
	@Column(name = "author_role", nullable = false)
	private Role role;

	protected Author() {
		this.bylineName = "";
		this.role = Role.AUTHOR;
	}

	Author(Person person, String bylineName, @Nullable String bylineRole, Role role) {
		this.person = person;
		this.bylineName = bylineName;
		this.bylineRole = bylineRole;
		this.role = role;
	}

	public Person person() {
		if (this.person == null) {
			throw new IllegalStateException("author without person");
		}
		return this.person;
	}

	public String bylineName() {
		return this.bylineName;
	}

	public @Nullable String bylineRole() {
		return this.bylineRole;
	}

	public Role role() {
		return this.role;
	}

	/** What the person did for the document. */
	public enum Role {

		AUTHOR, SPEAKER, INTERVIEWER, INTERVIEWEE, TRANSLATOR, EDITOR

	}

}
