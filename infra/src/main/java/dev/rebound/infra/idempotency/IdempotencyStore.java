package dev.rebound.infra.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The table {@code idempotent_request}: who claimed which key for which request, and the answer once there is one.
 *
 * <p>Every statement runs on its own and commits at once (autocommit, no surrounding transaction), so a claim is
 * visible to a concurrent repeat before the request runs, and nothing here joins a command's unit of work. Times
 * are the database's clock, so that several nodes agree on them.
 */
final class IdempotencyStore {

    /** Expired rows are deleted on every this many claims; lookups ignore them in between. */
    static final int PURGE_EVERY_CLAIMS = 100;

    private final JdbcClient jdbc;
    private final long retentionMillis;
    private final long claimTimeoutMillis;
    private final int purgeEvery;
    private final AtomicLong claims = new AtomicLong();

    IdempotencyStore(DataSource dataSource, Duration retention, Duration claimTimeout) {
        this(dataSource, retention, claimTimeout, PURGE_EVERY_CLAIMS);
    }

    IdempotencyStore(DataSource dataSource, Duration retention, Duration claimTimeout, int purgeEvery) {
        if (!retention.isPositive() || !claimTimeout.isPositive() || purgeEvery < 1) {
            throw new IllegalArgumentException("retention, claim timeout and purge interval must be positive, got "
                    + retention + ", " + claimTimeout + " and " + purgeEvery);
        }
        this.jdbc = JdbcClient.create(dataSource);
        this.retentionMillis = retention.toMillis();
        this.claimTimeoutMillis = claimTimeout.toMillis();
        this.purgeEvery = purgeEvery;
    }

    /** The right to run a request and to record its answer, held until it is completed or released. */
    record Claim(String scope, UUID key, UUID owner) {
    }

    /** What a request was answered with. */
    record Answer(int status, String contentType, String location, byte[] body) {
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
        if (claims.getAndIncrement() % purgeEvery == 0) {
            purgeExpired();
        }
        UUID owner = UUID.randomUUID();
        return jdbc.sql("""
                        INSERT INTO idempotent_request AS r (caller_scope, idempotency_key, fingerprint, state, owner)
                        VALUES (:scope, :key, :fingerprint, 'IN_PROGRESS', :owner)
                        ON CONFLICT (caller_scope, idempotency_key) DO UPDATE
                            SET fingerprint = excluded.fingerprint, state = 'IN_PROGRESS', owner = excluded.owner,
                                created_at = now(), status = NULL, content_type = NULL, location = NULL, body = NULL
                            WHERE r.created_at < now() - :retention * interval '1 millisecond'
                               OR (r.state = 'IN_PROGRESS' AND r.fingerprint = excluded.fingerprint
                                   AND r.created_at < now() - :claimTimeout * interval '1 millisecond')
                        RETURNING owner""")
                .param("scope", scope)
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("owner", owner)
                .param("retention", retentionMillis)
                .param("claimTimeout", claimTimeoutMillis)
                .query(UUID.class)
                .optional()
                .map(claimed -> new Claim(scope, key, claimed));
    }

    /** The request and answer recorded under a key, if the key is (still) claimed. */
    Optional<Recorded> find(String scope, UUID key) {
        return jdbc.sql("""
                        SELECT fingerprint, state, status, content_type, location, body FROM idempotent_request
                        WHERE caller_scope = ? AND idempotency_key = ?""")
                .params(scope, key)
                .query((row, number) -> new Recorded(row.getBytes("fingerprint"),
                        "COMPLETED".equals(row.getString("state"))
                                ? new Answer(row.getInt("status"), row.getString("content_type"),
                                row.getString("location"), row.getBytes("body"))
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
                        SET state = 'COMPLETED', status = ?, content_type = ?, location = ?, body = ?
                        WHERE caller_scope = ? AND idempotency_key = ? AND owner = ?""")
                .params(answer.status(), answer.contentType(), answer.location(), answer.body(),
                        claim.scope(), claim.key(), claim.owner())
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
}
