package dev.rebound.infra.privacy;

import dev.rebound.infra.InfraTestApplication;
import dev.rebound.infra.postgres.DatabaseNotices;
import dev.rebound.testsupport.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.crypto.SecretKey;
import javax.sql.DataSource;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The key table on PostgreSQL: one key per subject, wrapped with the master key when there is one, erasable. */
@SpringBootTest(classes = InfraTestApplication.class)
@PostgresDatabase
class PersonalDataKeysIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

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

    private void keptAnswer(String scope, UUID[] mentions, String body, String location) {
        jdbc.sql("""
                        INSERT INTO idempotent_request (caller_scope, idempotency_key, fingerprint, state, owner, status,
                                                        body, location, mentions)
                        VALUES (?, ?, ?, 'COMPLETED', ?, 202, ?, ?, ?)""")
                .params(scope, UUID.randomUUID(), new byte[32], UUID.randomUUID(), body.getBytes(), location,
                        mentions).update();
    }

    private long keptAnswers(String scope) {
        return jdbc.sql("SELECT count(*) FROM idempotent_request WHERE caller_scope = ?").param(scope)
                .query(Long.class).single();
    }

    @Test
    void erasureDropsEveryKeptAnswerThatNamesTheSubjectWhoeverSentIt() {
        UUID candidate = UUID.randomUUID();
        String admin = "admin-" + UUID.randomUUID();
        String bystander = "other-" + UUID.randomUUID();
        keptAnswer(admin, new UUID[]{candidate}, "{\"applicationId\":\"" + UUID.randomUUID() + "\"}", null);
        keptAnswer(admin, new UUID[0], "{\"candidateId\":\"" + candidate + "\"}", null);
        keptAnswer(admin, new UUID[0], "{}", "/api/v1/candidates/" + candidate + "/timeline");
        keptAnswer(bystander, new UUID[]{UUID.randomUUID()}, "{\"candidateId\":\"" + UUID.randomUUID() + "\"}",
                null);

        keys(null).erase(candidate);

        assertThat(keptAnswers(admin)).isZero();
        assertThat(keptAnswers(bystander)).isOne();
    }

    @Test
    void anotherNodeWritesNothingWithTheKeyOfASubjectErasedElsewhereEvenWhileItIsCached() {
        UUID subject = UUID.randomUUID();
        JdbcPersonalDataKeys erasing = keys(null);
        JdbcPersonalDataKeys other = new JdbcPersonalDataKeys(jdbc, Clock.systemUTC(), Duration.ofHours(1), null);
        SecretKey key = other.keyForWriting(subject).orElseThrow();
        assertThat(other.keyForReading(subject)).contains(key); // cached on the other node, for an hour

        erasing.erase(subject);

        assertThat(other.keyForWriting(subject)).isEmpty();
        assertThat(other.keyForReading(subject)).isEmpty(); // refusing to write forgot the cached key
    }

    @Test
    void anotherNodeForgetsTheKeyOfASubjectErasedElsewhereAtOnce() throws Exception {
        UUID subject = UUID.randomUUID();
        JdbcPersonalDataKeys erasing = keys(null);
        JdbcPersonalDataKeys other = new JdbcPersonalDataKeys(jdbc, Clock.systemUTC(), Duration.ofHours(1), null);
        SecretKey key = other.keyForWriting(subject).orElseThrow();
        DatabaseNotices notices = new DatabaseNotices(dataSource, List.of(new ErasureNotices(other)),
                Duration.ofSeconds(1));
        notices.start();
        try {
            assertThat(notices.awaitListening(Duration.ofSeconds(5))).isTrue();
            assertThat(other.keyForReading(subject)).contains(key);

            erasing.erase(subject);

            await().atMost(Duration.ofSeconds(2)).until(() -> other.keyForReading(subject).isEmpty());
        } finally {
            notices.stop();
        }
    }

    @Test
    void aMasterKeyOfTheWrongSizeIsRefusedAtStart() {
        assertThatThrownBy(() -> keys(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }
}
