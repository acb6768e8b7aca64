package org.verbatim.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.jspecify.annotations.Nullable;

/**
 * Who created and last modified a record, and when. Set by JPA callbacks from the
 * authenticated editor, so no write path can forget it.
 */
@MappedSuperclass
public abstract class Audited {

	@Column(name = "created_by", nullable = false, updatable = false)
	private @Nullable String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private @Nullable Instant createdAt;

	@Column(name = "modified_by", nullable = false)
	private @Nullable String modifiedBy;

	@Column(name = "modified_at", nullable = false)
	private @Nullable Instant modifiedAt;

	@PrePersist
	void auditCreation() {
		Instant now = Instant.now();
		String editor = Editors.current();
		this.createdBy = editor;
		this.createdAt = now;
		this.modifiedBy = editor;
		this.modifiedAt = now;
	}

	@PreUpdate
	void auditModification() {
		touch();
	}

	/**
	 * Records a modification now. Changes to a record's collections alone do not always
	 * reach {@link PreUpdate}, so services call this when they change a record.
	 */
	public void touch() {
		this.modifiedBy = Editors.current();
		this.modifiedAt = Instant.now();
	}

	public AuditView audit() {
		return new AuditView(this.createdBy, this.createdAt, this.modifiedBy, this.modifiedAt);
	}

}
