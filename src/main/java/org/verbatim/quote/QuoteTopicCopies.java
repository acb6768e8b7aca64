package org.verbatim.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * H2's triggers that keep quote_topic's copies of the quote's speaker and dates
 * (migration V5) in step with the quote; PostgreSQL has the same triggers in PL/pgSQL.
 * Named by the H2 migration V5_1, so the names must not change.
 */
final class QuoteTopicCopies {

	/** The copied columns, in the same order in both tables. */
	private static final List<String> COPIED = List.of("speaker_person_id", "date_earliest", "date_latest");

	private QuoteTopicCopies() {
	}

	/**
	 * A trigger on a table holding a quote key and the copied columns: where they stand
	 * in the rows it gets (the table's column order), looked up once.
	 */
	private abstract static class CopyTrigger implements Trigger {

		private final String keyColumn;

		int key;

		int[] copies = new int[0];

		CopyTrigger(String keyColumn) {
			this.keyColumn = keyColumn;
		}

		@Override
		public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
				throws SQLException {
			int[] positions = positions(connection, schema, table, this.keyColumn);
			this.key = positions[0];
			this.copies = Arrays.copyOfRange(positions, 1, positions.length);
		}

	}

	/** Before a topic row is written: takes the quote's values. */
	public static final class OnTopicRow extends CopyTrigger {

		public OnTopicRow() {
			super("quote_id");
		}

		@Override
		public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
			if (oldRow != null && Objects.equals(oldRow[this.key], newRow[this.key])) {
				return;
			}
			try (PreparedStatement select = connection
				.prepareStatement("select speaker_person_id, date_earliest, date_latest from quote where id = ?")) {
				select.setObject(1, newRow[this.key]);
				try (ResultSet quote = select.executeQuery()) {
					boolean found = quote.next();
					for (int i = 0; i < this.copies.length; i++) {
						// No quote: the foreign key rejects the row anyway.
						newRow[this.copies[i]] = found ? quote.getObject(i + 1) : null;
					}
				}
			}
		}

	}

	/**
	 * After a quote is updated: passes a changed speaker or date on to its topic rows.
	 */
	public static final class OnQuoteUpdate extends CopyTrigger {

		public OnQuoteUpdate() {
			super("id");
		}

		@Override
		public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
			boolean changed = false;
			for (int column : this.copies) {
				changed |= !Objects.equals(oldRow[column], newRow[column]);
			}
			if (!changed) {
				return;
			}
			try (PreparedStatement update = connection.prepareStatement(
					"update quote_topic set speaker_person_id = ?, date_earliest = ?, date_latest = ? where quote_id = ?")) {
				for (int i = 0; i < this.copies.length; i++) {
					update.setObject(i + 1, newRow[this.copies[i]]);
				}
				update.setObject(this.copies.length + 1, newRow[this.key]);
				update.executeUpdate();
			}
		}

	}

	/**
	 * Where the key column and then the copied columns stand in the table's rows (the
	 * arrays a trigger gets follow the table's column order).
	 */
	private static int[] positions(Connection connection, String schema, String table, String key) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (ResultSet rs = connection.getMetaData().getColumns(null, schema, table, null)) {
			while (rs.next()) {
				int position = rs.getInt("ORDINAL_POSITION");
				while (columns.size() < position) {
					columns.add("");
				}
				columns.set(position - 1, rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		List<String> wanted = new ArrayList<>(List.of(key));
		wanted.addAll(COPIED);
		int[] positions = new int[wanted.size()];
		for (int i = 0; i < positions.length; i++) {
			positions[i] = columns.indexOf(wanted.get(i));
			if (positions[i] < 0) {
				throw new IllegalStateException("No column " + wanted.get(i) + " in " + table + ": " + columns);
			}
		}
		return positions;
	}

}
