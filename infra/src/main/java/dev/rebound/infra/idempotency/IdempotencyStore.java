package dev.rebound.infra.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The table {@code idempotent_request}: who claimed which key for which request, and the answer once there is one.
 *
 * <p>Every statement runs on its own and commits at once (autocommit, no surrounding transaction), so a claim is
 * visible to a concurrent repeat before the request runs, and nothing here joins a command's unit of work. Times
 * are the database's clock, so that several nodes agree on them.
 *
 * <p>Expired rows are deleted by {@link IdempotencyPurge} on a schedule; lookups ignore them in between. Each row
 * notes the ids its request and answer mention, so that erasing a candidate deletes every answer about them
 * ({@code JdbcPersonalDataKeys}).
 */
final class IdempotencyStore {

    private final JdbcClient jdbc;
    private final long retentionMillis;
    private final long claimTimeoutMillis;

    IdempotencyStore(DataSource dataSource, Duration retention, Duration claimTimeout) {
        if (!retention.isPositive() || !claimTimeout.isPositive()) {
            throw new IllegalArgumentException("retention and claim timeout must be positive, got " + retention
                    + " and " + claimTimeout);
        }
        this.jdbc = JdbcClient.create(dataSource);
        this.retentionMillis = retention.toMillis();
        this.claimTimeoutMillis = claimTimeout.toMillis();
    }

    /** The right to run a request and to record its answer, held until it is completed or released. */
    record Claim(String scope, UUID key, UUID owner) {
    }

    /**
     * What a request was answered with, as kept: {@code withheld} names the fields taken out of the body before it
     * was kept (comma-separated; null when none), {@code mentions} the ids the answer names.
     */
    record Answer(int status, String contentType, String location, byte[] body, String withheld,
                  Set<UUID> mentions) {

        Answer(int status, String contentType, String location, byte[] body) {
            this(status, contentType, location, body, null, Set.of());
        }

        Answer {
            mentions = mentions == null ? Set.of() : Set.copyOf(mentions);
        }
    }

    /** A key already claimed: the request it was claimed for and, once finished, its answer (else null). */
    record Recorded(byte[] fingerprint, Answer answer) {

        boolean inProgress() {
            return answer == null;
        }
    }

    /**
     * Claims the key for a request with the given fingerprint. Succeeds when the key is new to this caller, when its
     * row has expired, or when an earlier claim for the same request was abandoned (older than the claim timeout and
     * still in progress). Concurrent claims of one key: exactly one succeeds.
     */
    Optional<Claim> claim(String scope, UUID key, byte[] fingerprint) {
        return claim(scope, key, fingerprint, Set.of());
    }

    /** {@link #claim(String, UUID, byte[])}, noting the ids the request mentions. */
    Optional<Claim> claim(String scope, UUID key, byte[] fingerprint, Set<UUID> mentions) {
        UUID owner = UUID.randomUUID();
        return jdbc.sql("""
                        INSERT INTO idempotent_request AS r (caller_scope, idempotency_key, fingerprint, state, owner,
                                                             mentions)
                        VALUES (:scope, :key, :fingerprint, 'IN_PROGRESS', :owner, CAST(:mentions AS uuid[]))
                        ON CONFLICT (caller_scope, idempotency_key) DO UPDATE
                            SET fingerprint = excluded.fingerprint, state = 'IN_PROGRESS', owner = excluded.owner,
                                created_at = now(), status = NULL, content_type = NULL, location = NULL, body = NULL,
                                withheld = NULL, mentions = excluded.mentions
                            WHERE r.created_at < now() - :retention * interval '1 millisecond'
                               OR (r.state = 'IN_PROGRESS' AND r.fingerprint = excluded.fingerprint
                                   AND r.created_at < now() - :claimTimeout * interval '1 millisecond')
                        RETURNING owner""")
                .param("scope", scope)
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("owner", owner)
                .param("mentions", array(mentions))
                .param("retention", retentionMillis)
                .param("claimTimeout", claimTimeoutMillis)
                .query(UUID.class)
                .optional()
                .map(claimed -> new Claim(scope, key, claimed));
    }

    /** The request and answer recorded under a key, if the key is (still) claimed. */
    Optional<Recorded> find(String scope, UUID key) {
        return jdbc.sql("""
                        SELECT fingerprint, state, status, content_type, location, body, withheld
                        FROM idempotent_request
                        WHERE caller_scope = ? AND idempotency_key = ?""")
                .params(scope, key)
                .query((row, number) -> new Recorded(row.getBytes("fingerprint"),
                        "COMPLETED".equals(row.getString("state"))
                                ? new Answer(row.getInt("status"), row.getString("content_type"),
                                row.getString("location"), row.getBytes("body"), row.getString("withheld"),
                                Set.of())
                                : null))
                .optional();
    }

    /**
     * Records the answer for repeats. Does nothing when the claim was taken over meanwhile.
     *
     * @return whether the answer was recorded
     */
    boolean complete(Claim claim, Answer answer) {
        return jdbc.sql("""
                        UPDATE idempotent_request
                        SET state = 'COMPLETED', status = :status, content_type = :contentType,
                            location = :location, body = :body, withheld = :withheld,
                            mentions = ARRAY(SELECT DISTINCT unnest(mentions || CAST(:mentions AS uuid[])))
                        WHERE caller_scope = :scope AND idempotency_key = :key AND owner = :owner""")
                .param("status", answer.status())
                .param("contentType", answer.contentType())
                .param("location", answer.location())
                .param("body", answer.body())
                .param("withheld", answer.withheld())
                .param("mentions", array(answer.mentions()))
                .param("scope", claim.scope())
                .param("key", claim.key())
                .param("owner", claim.owner())
                .update() == 1;
    }

    /** Gives the key up, so that a repeat runs the request again. */
    void release(Claim claim) {
        jdbc.sql("DELETE FROM idempotent_request WHERE caller_scope = ? AND idempotency_key = ? AND owner = ?")
                .params(claim.scope(), claim.key(), claim.owner())
                .update();
    }

    /** Deletes every row older than the retention; returns how many. */
    int purgeExpired() {
        return jdbc.sql("DELETE FROM idempotent_request WHERE created_at < now() - ? * interval '1 millisecond'")
                .param(retentionMillis)
                .update();
    }

    /** PostgreSQL's text form of a {@code uuid[]}. */
    private static String array(Set<UUID> ids) {
        StringBuilder text = new StringBuilder("{");
        for (UUID id : ids) {
            text.append(text.length() > 1 ? "," : "").append(id);
        }
        return text.append('}').toString();
    }
}
