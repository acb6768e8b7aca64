package org.verbatim.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

/**
 * What every editable record keeps: who created and last modified it, and when (set by
 * JPA callbacks from the authenticated editor, so no write path can forget it), its
 * optimistic-locking version, and equality by id.
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

	@Version
	private @Nullable Long version;

	/** The optimistic-locking version, served as the record's ETag. */
	public @Nullable Long version() {
		return this.version;
	}

	/** The database id; null until the record is persisted. */
	public abstract @Nullable Long id();

	/**
	 * The same record: of the same class (seen through Hibernate's proxies) and the same
	 * id. Records not yet stored equal only themselves; the hash code stays the same once
	 * the id is assigned, as sets of records need.
	 */
	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		Long id = id();
		return other instanceof Audited record && Hibernate.getClass(this) == Hibernate.getClass(other) && id != null
				&& id.equals(record.id());
	}

	@Override
	public int hashCode() {
		return Hibernate.getClass(this).hashCode();
	}

}
