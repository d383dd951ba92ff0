package dev.rebound.infra.privacy;

import dev.rebound.infra.postgres.DatabaseNotices;

import java.util.UUID;

/**
 * Tells this node's key cache at once when a subject is erased on any node: the erasing transaction sends
 * {@code NOTIFY rebound_personal_data_erased, '<subject id>'}, and {@link DatabaseNotices} hands it here, which makes
 * the cache forget the subject's key. When notices may have been missed, every cached key is forgotten. The cache's
 * time to live ({@code rebound.personal-data.key-cache-ttl}) stays the last resort. New personal data never depends
 * on this: {@link JdbcPersonalDataKeys#keyForWriting} checks the key row in the writing transaction.
 */
public final class ErasureNotices implements DatabaseNotices.Subscriber {

    /** The channel erasures are announced on; the payload is the subject id. */
    public static final String CHANNEL = "rebound_personal_data_erased";

    private final JdbcPersonalDataKeys keys;

    public ErasureNotices(JdbcPersonalDataKeys keys) {
        this.keys = keys;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** A malformed payload names no subject: {@link DatabaseNotices} then calls {@link #missed()}. */
    @Override
    public void received(String subject) {
        keys.forget(UUID.fromString(subject));
    }

    @Override
    public void missed() {
        keys.forgetAll();
    }
}
