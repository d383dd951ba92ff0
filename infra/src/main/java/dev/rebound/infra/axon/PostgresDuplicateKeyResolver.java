package dev.rebound.infra.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Recognizes PostgreSQL's unique violation (SQL state 23505), which the PostgreSQL driver does not report as an
 * {@link java.sql.SQLIntegrityConstraintViolationException}. Without it Axon cannot tell two commands that raced on
 * one aggregate from a broken database, and the loser would see a server error instead of a concurrency conflict.
 */
public class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
