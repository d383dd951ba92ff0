package dev.rebound.infra.privacy;

import dev.rebound.infra.InfraTestApplication;
import dev.rebound.testsupport.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.crypto.SecretKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key table on PostgreSQL: one key per subject, wrapped with the master key when there is one, erasable. */
@SpringBootTest(classes = InfraTestApplication.class)
@PostgresDatabase
class PersonalDataKeysIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private static String masterKey() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    private JdbcPersonalDataKeys keys(String masterKey) {
        return new JdbcPersonalDataKeys(jdbc, Clock.systemUTC(), Duration.ofMinutes(1), masterKey);
    }

    @Test
    void aSubjectKeepsOneKeyWhichAnotherNodeReadsAlike() {
        UUID subject = UUID.randomUUID();
        SecretKey first = keys(null).keyForWriting(subject).orElseThrow();

        assertThat(keys(null).keyForWriting(subject)).contains(first);
        assertThat(keys(null).keyForReading(subject)).contains(first);
        assertThat(keys(null).keyForReading(UUID.randomUUID())).isEmpty();
    }

    @Test
    void withAMasterKeyTheTableHoldsOnlyWrappedKeys() {
        String master = masterKey();
        UUID subject = UUID.randomUUID();
        SecretKey key = keys(master).keyForWriting(subject).orElseThrow();

        byte[] stored = jdbc.sql("SELECT data_key FROM personal_data_key WHERE subject_id = ?").param(subject)
                .query(byte[].class).single();
        assertThat(stored).isNotEqualTo(key.getEncoded()).hasSizeGreaterThan(key.getEncoded().length);
        assertThat(keys(master).keyForReading(subject)).contains(key);
        assertThatThrownBy(() -> keys(null).keyForReading(subject)).hasMessageContaining("master key");
        assertThatThrownBy(() -> keys(masterKey()).keyForReading(subject)).hasMessageContaining("does not decrypt");
    }

    @Test
    void anErasedSubjectHasNoKeyAnyMoreAndGetsNoNewOne() {
        UUID subject = UUID.randomUUID();
        JdbcPersonalDataKeys keys = keys(null);
        keys.keyForWriting(subject).orElseThrow();

        keys.erase(subject);

        assertThat(keys.keyForReading(subject)).isEmpty();
        assertThat(keys.keyForWriting(subject)).isEmpty();
        assertThat(keys(null).keyForWriting(subject)).isEmpty();
    }

    @Test
    void erasureClearsTokenNamesAndTheSubjectsKeptIdempotentAnswers() {
        UUID candidate = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO personal_access_token (token_id, token_hash, organization_id, member_id, role,
                                                           candidate_id, name, created_at)
                        VALUES (?, ?, ?, ?, 'CANDIDATE', ?, 'laptop of Ada', now())""")
                .params(UUID.randomUUID(), UUID.randomUUID().toString().getBytes(), UUID.randomUUID(), member,
                        candidate).update();
        jdbc.sql("""
                        INSERT INTO idempotent_request (caller_scope, idempotency_key, fingerprint, state, owner, status,
                                                        body)
                        VALUES (?, ?, ?, 'COMPLETED', ?, 202, ?)""")
                .params(member.toString(), UUID.randomUUID(), new byte[32], UUID.randomUUID(),
                        "{\"toneWarnings\": [\"Ada\"]}".getBytes()).update();

        keys(null).erase(candidate);

        assertThat(jdbc.sql("SELECT name FROM personal_access_token WHERE member_id = ?").param(member)
                .query(String.class).optional()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM idempotent_request WHERE caller_scope = ?").param(member.toString())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMasterKeyOfTheWrongSizeIsRefusedAtStart() {
        assertThatThrownBy(() -> keys(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }
}
