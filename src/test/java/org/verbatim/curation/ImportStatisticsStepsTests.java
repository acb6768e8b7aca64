package org.verbatim.curation;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * When a bulk import runs ANALYZE (at 1,000 stored documents and every fourfold), on
 * which database, and that a failure of either the database's name or the ANALYZE stops
 * no import: against a mocked JDBC driver, without Spring or a database.
 */
class ImportStatisticsStepsTests {

	private final DataSource dataSource = mock(DataSource.class);

	private final Connection connection = mock(Connection.class);

	private final DatabaseMetaData metaData = mock(DatabaseMetaData.class);

	private final Statement statement = mock(Statement.class);

	@BeforeEach
	void driver() throws SQLException {
		when(this.dataSource.getConnection()).thenReturn(this.connection);
		when(this.connection.getMetaData()).thenReturn(this.metaData);
		when(this.connection.createStatement()).thenReturn(this.statement);
		when(this.metaData.getDatabaseProductName()).thenReturn("PostgreSQL");
	}

	@Test
	void onPostgresqlEachStepAndTheEndOfALargeImportAnalyse() throws SQLException {
		ImportStatistics statistics = new ImportStatistics(this.dataSource);
		statistics.grown(0, 999);
		statistics.finished(999);
		verify(this.statement, never()).execute("analyze");
		statistics.grown(999, 1000);
		verify(this.statement, times(1)).execute("analyze");
		statistics.grown(1000, 3999);
		statistics.grown(3999, 4000);
		verify(this.statement, times(2)).execute("analyze");
		statistics.finished(1000);
		verify(this.statement, times(3)).execute("analyze");
		// A group that passes two steps (16,000 and 64,000) analyses once; none between.
		statistics.grown(4000, 64_000);
		statistics.grown(64_000, 255_999);
		verify(this.statement, times(4)).execute("analyze");
		// The database's name is asked once.
		verify(this.metaData, times(1)).getDatabaseProductName();
	}

	@Test
	void otherDatabasesAreNotAnalysed() throws SQLException {
		when(this.metaData.getDatabaseProductName()).thenReturn("H2");
		ImportStatistics statistics = new ImportStatistics(this.dataSource);
		statistics.grown(999, 1000);
		statistics.finished(5000);
		verify(this.connection, never()).createStatement();
		verify(this.metaData, times(1)).getDatabaseProductName();
	}

	@Test
	void aDatabaseThatCannotBeToldIsAskedAgainNextTime() throws SQLException {
		when(this.dataSource.getConnection()).thenThrow(new SQLException("connection refused"))
			.thenReturn(this.connection);
		ImportStatistics statistics = new ImportStatistics(this.dataSource);
		statistics.finished(1000);
		verify(this.connection, never()).createStatement();
		statistics.finished(1000);
		verify(this.statement, times(1)).execute("analyze");
	}

	@Test
	void aFailedAnalyzeLetsTheImportGoOn() throws SQLException {
		when(this.statement.execute("analyze")).thenThrow(new SQLException("canceling statement"));
		ImportStatistics statistics = new ImportStatistics(this.dataSource);
		assertThatCode(() -> statistics.finished(2000)).doesNotThrowAnyException();
		assertThatCode(() -> statistics.grown(0, 1000)).doesNotThrowAnyException();
		verify(this.statement, times(2)).execute("analyze");
	}

}
