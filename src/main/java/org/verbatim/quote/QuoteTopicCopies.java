package org.verbatim.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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

	/** Before a topic row is written: takes the quote's values. */
	public static final class OnTopicRow implements Trigger {

		private int quoteId;

		private int[] copies = new int[0];

		@Override
		public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
				throws SQLException {
			List<String> columns = columns(connection, schema, table);
			this.quoteId = position(columns, "quote_id");
			this.copies = COPIED.stream().mapToInt(column -> position(columns, column)).toArray();
		}

		@Override
		public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
			if (oldRow != null && Objects.equals(oldRow[this.quoteId], newRow[this.quoteId])) {
				return;
			}
			try (PreparedStatement select = connection
				.prepareStatement("select speaker_person_id, date_earliest, date_latest from quote where id = ?")) {
				select.setObject(1, newRow[this.quoteId]);
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
	public static final class OnQuoteUpdate implements Trigger {

		private int id;

		private int[] copied = new int[0];

		@Override
		public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
				throws SQLException {
			List<String> columns = columns(connection, schema, table);
			this.id = position(columns, "id");
			this.copied = COPIED.stream().mapToInt(column -> position(columns, column)).toArray();
		}

		@Override
		public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
			boolean changed = false;
			for (int column : this.copied) {
				changed |= !Objects.equals(oldRow[column], newRow[column]);
			}
			if (!changed) {
				return;
			}
			try (PreparedStatement update = connection.prepareStatement(
					"update quote_topic set speaker_person_id = ?, date_earliest = ?, date_latest = ? where quote_id = ?")) {
				for (int i = 0; i < this.copied.length; i++) {
					update.setObject(i + 1, newRow[this.copied[i]]);
				}
				update.setObject(this.copied.length + 1, newRow[this.id]);
				update.executeUpdate();
			}
		}

	}

	/** The table's column names, lower case, in their order (a row's array order). */
	private static List<String> columns(Connection connection, String schema, String table) throws SQLException {
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
		return columns;
	}

	private static int position(List<String> columns, String column) {
		int position = columns.indexOf(column);
		if (position < 0) {
			throw new IllegalStateException("No column " + column + " in " + columns);
		}
		return position;
	}

}
