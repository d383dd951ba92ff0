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
 * dead letters, and the answers kept for the subject's own {@code Idempotency-Key} repeats (which may quote tone
 * warnings).
 *
 * <p>Keys read from the table are cached for a short time, and only once the transaction that read them has
 * committed: a key whose creating transaction rolled back is never used.
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

    /** The subject's key for a new value, made if the subject has none; empty once the subject is erased. */
    Optional<SecretKey> keyForWriting(UUID subject) {
        Cached cached = cached(subject);
        if (cached != null) {
            return Optional.ofNullable(cached.key());
        }
        byte[] fresh = PersonalDataCipher.newKey().getEncoded();
        byte[] stored = masterKey == null ? fresh : PersonalDataCipher.wrap(fresh, subject, masterKey);
        jdbc.sql("""
                        INSERT INTO personal_data_key (subject_id, data_key, wrapped, created_at)
                        VALUES (:subject, :key, :wrapped, :now)
                        ON CONFLICT (subject_id) DO NOTHING""")
                .param("subject", subject).param("key", stored).param("wrapped", masterKey != null)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return load(subject);
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
        jdbc.sql("UPDATE personal_access_token SET name = NULL WHERE candidate_id = :subject OR member_id = :subject")
                .param("subject", subject)
                .update();
        jdbc.sql("""
                        UPDATE dead_letter_entry SET cause_message = :erased, diagnostics = NULL
                        WHERE sequence_identifier = :subject""")
                .param("erased", PersonalData.ERASED).param("subject", subject.toString())
                .update();
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

    private void forget(UUID subject) {
        synchronized (cache) {
            cache.remove(subject);
        }
    }

    private record StoredKey(byte[] key, boolean wrapped) {
    }

    private record Cached(SecretKey key, Instant until) {
    }
}
