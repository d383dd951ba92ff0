package dev.rebound.testsupport;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

/** A database of its own for one test context (or test), on the test JVM's PostgreSQL server. */
public record TestDatabase(String name, String jdbcUrl, String username, String password) {

    /** An unpooled data source: enough for tests that talk to the database directly. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        dataSource.setUser(username);
        dataSource.setPassword(password);
        return dataSource;
    }
}
