package org.verbatim.shared;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Who created and last modified a record, and when.
 */
@Schema(name = "Audit", description = "Who created and last modified the record, and when (UTC). "
		+ "Records loaded with the archive's first migration are attributed to `seed`.")
public record AuditView(
		@Schema(description = "Editor who created the record", example = "seed") @Nullable String createdBy,
		@Schema(example = "2026-11-28T10:15:30Z") @Nullable Instant createdAt,
		@Schema(description = "Editor who last modified the record", example = "seed") @Nullable String modifiedBy,
		@Schema(example = "2026-11-28T10:15:30Z") @Nullable Instant modifiedAt) {
}
