package dev.rebound.web.availability;

import dev.rebound.web.query.ReadModelUnavailable;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means that Rebound cannot serve anyone just now — its database cannot be reached, or a read
 * model did not answer in time — rather than that this request is wrong or the code is: such a failure is answered
 * 503 with {@code Retry-After} ({@link #RETRY_AFTER_SECONDS}), never 500, however deeply it is wrapped (Axon's
 * {@code CompletionException}, {@code CommandExecutionException}, {@code JdbcException} or event-store exceptions,
 * Spring's servlet and data-access exceptions).
 *
 * <p>Spring's data-access exceptions are recognised by the names of their classes, not their types: the web module
 * does not compile against Spring JDBC (see the ArchitectureTest).
 */
public final class Unavailable {

    /** How long a client is asked to wait before it tries again, in seconds. */
    public static final long RETRY_AFTER_SECONDS = 5;

    /** What the 503 says, on every path. */
    public static final String DETAIL = "Rebound cannot reach its database just now; try again in a few seconds. "
            + "Nothing you sent was stored unless you were told so.";

    /** Spring's exceptions that mean the database is out of reach or refused for now, and their subclasses. */
    private static final Set<String> SPRING_UNAVAILABLE = Set.of(
            "org.springframework.dao.DataAccessResourceFailureException", // CannotGetJdbcConnectionException …
            "org.springframework.dao.TransientDataAccessException", // query timeout, lock not acquired …
            "org.springframework.dao.RecoverableDataAccessException",
            "org.springframework.transaction.CannotCreateTransactionException");

    private Unavailable() {
    }

    /** True when the failure, or anything it was caused by, says the database (or a read model) is not there. */
    public static boolean in(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof ReadModelUnavailable || unreachable(cause) || isSpringUnavailable(cause.getClass())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * JDBC's own words for a lost or refused connection: the pool's timeout, a connection that broke, and
     * PostgreSQL's connection errors (class 08), a server shutting down or starting (57P01–57P03), too many
     * connections (53300).
     */
    private static boolean unreachable(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLRecoverableException
                || failure instanceof java.sql.SQLNonTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03") || state.equals("53300");
        }
        return false;
    }

    private static boolean isSpringUnavailable(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            if (SPRING_UNAVAILABLE.contains(current.getName())) {
                return true;
            }
        }
        return false;
    }
}
