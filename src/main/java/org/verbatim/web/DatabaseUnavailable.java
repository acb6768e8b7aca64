package org.verbatim.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises failures that mean the database is down, unreachable or too slow, wherever
 * in the cause chain the driver, pool, Hibernate or Spring put them. Those answer 503,
 * not 500: the request was fine and may succeed later.
 */
public final class DatabaseUnavailable {

	private DatabaseUnavailable() {
	}

	public static boolean isCause(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof QueryTimeoutException || t instanceof JDBCConnectionException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof org.hibernate.QueryTimeoutException) {
				return true;
			}
			// SQLSTATE class 08: connection exception; 57P01-57P03: server shutting down
			// or not
			// accepting connections; 57014: statement cancelled by statement_timeout.
			if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
					|| sql.getSQLState().startsWith("57P0") || sql.getSQLState().equals("57014"))) {
				return true;
			}
			// HikariCP closes a connection it found broken (08006) and answers the
			// transaction's
			// rollback with this state-less error, which then replaces the original one.
			if (t instanceof SQLException sql && sql.getSQLState() == null
					&& "Connection is closed".equals(sql.getMessage())) {
				return true;
			}
		}
		return false;
	}

	public static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return failure.getClass().getSimpleName() + " caused by " + root;
	}

}
