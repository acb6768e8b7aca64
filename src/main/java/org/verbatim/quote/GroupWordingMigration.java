package org.verbatim.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.verbatim.shared.Names;

import org.springframework.stereotype.Component;

/**
 * Migration 6.1: fills {@code quote.speaker_label_normalized} (added by V6) for the
 * quotes stored before it, with the same {@link Names#normalize} the application writes
 * it with, which SQL cannot express. A bean, which Spring Boot hands to Flyway, so that
 * it lives with the quotes rather than in Flyway's {@code db.migration} package.
 */
@Component
class GroupWordingMigration implements JavaMigration {

	private static final int BATCH = 1_000;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("6.1");
	}

	@Override
	public String getDescription() {
		return "normalise group wording";
	}

	@Override
	public @Nullable Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		// Only groups have wording: a few of the archive's quotes.
		try (PreparedStatement select = connection
			.prepareStatement("select id, speaker_label from quote where speaker_label is not null");
				PreparedStatement update = connection
					.prepareStatement("update quote set speaker_label_normalized = ? where id = ?");
				ResultSet rows = select.executeQuery()) {
			int pending = 0;
			while (rows.next()) {
				update.setString(1, Names.normalize(rows.getString(2)));
				update.setLong(2, rows.getLong(1));
				update.addBatch();
				if (++pending == BATCH) {
					update.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				update.executeBatch();
			}
		}
	}

}
