package dev.rebound.testsupport;

/** A running PostgreSQL server that tests may create databases on. */
public interface PostgresServer {

    /** JDBC URL of the given database on this server. */
    String jdbcUrl(String database);

    String username();

    String password();

    /** Where the server comes from, for logs and failure messages. */
    String description();
}
