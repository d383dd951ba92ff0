package dev.rebound.infra.privacy;

import dev.rebound.api.privacy.PersonalData;
import dev.rebound.domain.organization.PersonalDataKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.crypto.SecretKey;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The data keys in {@code personal_data_key}, one per data subject, created on first use inside the transaction that
 * stores the subject's first personal value. Erasing a subject keeps a row without a key, so that nothing personal of
 * theirs is ever stored again, and scrubs the copies infra keeps beside the event store: token names, the causes of
 * dead letters, the answers kept for the subject's own {@code Idempotency-Key} repeats (which may quote tone
 * warnings), and every kept answer whose request or answer names the subject, whoever sent it.
 *
 * <p>Keys read from the table are cached for a short time, and only once the transaction that read them has
 * committed: a key whose creating transaction rolled back is never used. The cache serves reading only: a key for a
 * new value is checked against its row in the writing transaction ({@link #keyForWriting}), so an erasure on another
 * node stops new personal data at once.
 */
public class JdbcPersonalDataKeys implements PersonalDataKeys {

    private static final int CACHE_SIZE = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration cacheTtl;
    private final SecretKey masterKey;
    private final Map<UUID, Cached> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Cached> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public JdbcPersonalDataKeys(JdbcClient jdbc, Clock clock, Duration cacheTtl, String masterKey) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cacheTtl = cacheTtl;
        this.masterKey = masterKey == null || masterKey.isBlank() ? null : masterKey(masterKey);
    }

    private static SecretKey masterKey(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("rebound.personal-data.master-key is not base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("rebound.personal-data.master-key must be 32 bytes (256 bits), base64; it is "
                    + raw.length + " bytes. Make one with: openssl rand -base64 32");
        }
        return PersonalDataCipher.key(raw);
    }

    /**
     * The subject's key for a new value, made if the subject has none; empty once the subject is erased.
     *
     * <p>The cache is never trusted here: the key row is read afresh and share-locked in the writing transaction
     * ({@code FOR SHARE}). An erasure on any node either committed before — the row has no key and nothing personal
     * is written — or waits for this transaction to commit and then shreds what it wrote along with the rest. So no
     * node writes new personal data with an erased subject's key, however long it has cached that key.
     */
    Optional<SecretKey> keyForWriting(UUID subject) {
        Optional<StoredKey> row = lockedRow(subject);
        if (row.isEmpty()) {
            byte[] fresh = PersonalDataCipher.newKey().getEncoded();
            byte[] stored = masterKey == null ? fresh : PersonalDataCipher.wrap(fresh, subject, masterKey);
            jdbc.sql("""
                            INSERT INTO personal_data_key (subject_id, data_key, wrapped, created_at)
                            VALUES (:subject, :key, :wrapped, :now)
                            ON CONFLICT (subject_id) DO NOTHING""")
                    .param("subject", subject).param("key", stored).param("wrapped", masterKey != null)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            row = lockedRow(subject);
        }
        if (row.isEmpty() || row.get().key() == null) {
            forget(subject);
            return Optional.empty();
        }
        Cached cached = cached(subject);
        if (cached != null && cached.key() != null) {
            return Optional.of(cached.key()); // a key never changes while it exists: spare the unwrapping
        }
        SecretKey key = unwrap(subject, row.get());
        remember(subject, key);
        return Optional.of(key);
    }

    private Optional<StoredKey> lockedRow(UUID subject) {
        return jdbc.sql("""
                        SELECT data_key, wrapped FROM personal_data_key WHERE subject_id = :subject
                        FOR SHARE""")
                .param("subject", subject)
                .query((rs, n) -> new StoredKey(rs.getBytes("data_key"), rs.getBoolean("wrapped")))
                .optional();
    }

    /** The subject's key for reading a stored value; empty when it was erased (or never existed). */
    Optional<SecretKey> keyForReading(UUID subject) {
        Cached cached = cached(subject);
        return cached != null ? Optional.ofNullable(cached.key()) : load(subject);
    }

    private Optional<SecretKey> load(UUID subject) {
        Optional<StoredKey> row = jdbc.sql("SELECT data_key, wrapped FROM personal_data_key WHERE subject_id = :subject")
                .param("subject", subject)
                .query((rs, n) -> new StoredKey(rs.getBytes("data_key"), rs.getBoolean("wrapped")))
                .optional();
        SecretKey key = row.filter(stored -> stored.key() != null).map(stored -> unwrap(subject, stored)).orElse(null);
        if (row.isPresent()) {
            remember(subject, key);
        }
        return Optional.ofNullable(key);
    }

    private SecretKey unwrap(UUID subject, StoredKey stored) {
        if (!stored.wrapped()) {
            return PersonalDataCipher.key(stored.key());
        }
        if (masterKey == null) {
            throw new IllegalStateException("The key of subject " + subject + " is wrapped with a master key, and "
                    + "rebound.personal-data.master-key (REBOUND_PERSONAL_DATA_MASTER_KEY) is not set");
        }
        return PersonalDataCipher.key(PersonalDataCipher.unwrap(stored.key(), subject, masterKey));
    }

    @Override
    public void erase(UUID subject) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO personal_data_key (subject_id, data_key, created_at, erased_at)
                        VALUES (:subject, NULL, :now, :now)
                        ON CONFLICT (subject_id) DO UPDATE SET data_key = NULL, wrapped = false, erased_at = :now""")
                .param("subject", subject).param("now", Timestamp.from(now))
                .update();
        jdbc.sql("""
                        DELETE FROM idempotent_request WHERE caller_scope IN (
                            SELECT member_id::text FROM personal_access_token
                            WHERE candidate_id = :subject OR member_id = :subject)""")
                .param("subject", subject)
                .update();
        // every kept answer about the subject, whoever sent the request: its request or answer names them (rows
        // kept before mentions were noted are searched in their answer)
        jdbc.sql("""
                        DELETE FROM idempotent_request
                        WHERE mentions @> ARRAY[CAST(:subject AS uuid)]
                           OR position(convert_to(:text, 'UTF8') IN body) > 0
                           OR position(:text IN location) > 0""")
                .param("subject", subject).param("text", subject.toString())
                .update();
        jdbc.sql("UPDATE personal_access_token SET name = NULL WHERE candidate_id = :subject OR member_id = :subject")
                .param("subject", subject)
                .update();
        jdbc.sql("""
                        UPDATE dead_letter_entry SET cause_message = :erased, diagnostics = NULL
                        WHERE sequence_identifier = :subject""")
                .param("erased", PersonalData.ERASED).param("subject", subject.toString())
                .update();
        // every node's cache forgets the key when this transaction commits (ErasureNotices)
        jdbc.sql("SELECT pg_notify('" + ErasureNotices.CHANNEL + "', :subject)")
                .param("subject", subject.toString())
                .query((rs, n) -> true).list();
        forget(subject);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(subject);
                }
            });
        }
    }

    private Cached cached(UUID subject) {
        synchronized (cache) {
            Cached cached = cache.get(subject);
            if (cached != null && cached.until().isBefore(clock.instant())) {
                cache.remove(subject);
                return null;
            }
            return cached;
        }
    }

    private void remember(UUID subject, SecretKey key) {
        Runnable put = () -> {
            synchronized (cache) {
                cache.put(subject, new Cached(key, clock.instant().plus(cacheTtl)));
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    put.run();
                }
            });
        } else {
            put.run();
        }
    }

    /** Drops the subject's key from this node's cache (an erasure here or, through {@link ErasureNotices}, elsewhere). */
    void forget(UUID subject) {
        synchronized (cache) {
            cache.remove(subject);
        }
    }

    /** Drops every cached key: erasures may have been missed. */
    void forgetAll() {
        synchronized (cache) {
            cache.clear();
        }
    }

    private record StoredKey(byte[] key, boolean wrapped) {
    }

    private record Cached(SecretKey key, Instant until) {
    }
}
