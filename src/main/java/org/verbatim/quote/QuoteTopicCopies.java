package org.verbatim.quote;

import java.sql.Connection;

import org.h2.api.Trigger;

/**
 * The classes that H2's migration V5_1 names for the triggers that once kept
 * quote_topic's copies of the quote's speaker and dates on H2. Migration V6_4 drops those
 * triggers (ADR 0013), but every new H2 database still runs V5_1 first, and H2 loads a
 * trigger's class when the trigger is created: so the classes stay, and do nothing.
 */
final class QuoteTopicCopies {

	private QuoteTopicCopies() {
	}

	/** Named by H2's V5_1 for the trigger on quote_topic; dropped by V6_4. */
	public static final class OnTopicRow implements Trigger {

		@Override
		public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
		}

	}

	/** Named by H2's V5_1 for the trigger on quote; dropped by V6_4. */
	public static final class OnQuoteUpdate implements Trigger {

		@Override
		public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
		}

	}

}
