package dev.rebound.infra.idempotency;

import dev.rebound.infra.idempotency.IdempotencyStore.Answer;
import dev.rebound.infra.idempotency.IdempotencyStore.Claim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The claims and answers of {@code idempotent_request} on a real PostgreSQL. */
class IdempotencyStoreTest {

    private static final Duration RETENTION = Duration.ofHours(24);
    private static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);
    private static final byte[] REQUEST = bytes("request");
    private static final Answer ACCEPTED = new Answer(202, "application/json", null, bytes("{\"id\":1}"));

    private static IdempotencyDatabase database;

    private final IdempotencyStore store = new IdempotencyStore(database.dataSource, RETENTION, CLAIM_TIMEOUT);

    @BeforeAll
    static void createDatabase() {
        database = IdempotencyDatabase.fresh(IdempotencyStoreTest.class);
    }

    @BeforeEach
    void emptyTable() {
        database.empty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void exactlyOneOfConcurrentClaimsOfAKeyWins() throws Exception {
        UUID key = UUID.randomUUID();
        int claimants = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Optional<Claim>> claims = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(claimants)) {
            List<Future<Optional<Claim>>> futures = new ArrayList<>();
            for (int i = 0; i < claimants; i++) {
                Callable<Optional<Claim>> claim = () -> {
                    start.await();
                    return store.claim("alice", key, REQUEST);
                };
                futures.add(pool.submit(claim));
            }
            start.countDown();
            for (Future<Optional<Claim>> future : futures) {
                claims.add(future.get(30, TimeUnit.SECONDS));
            }
        }

        assertThat(claims.stream().filter(Optional::isPresent)).hasSize(1);
        assertThat(store.find("alice", key)).get().satisfies(recorded -> assertThat(recorded.inProgress()).isTrue());
    }

    @Test
    void completedAnswerIsFoundUnderItsKey() {
        UUID key = UUID.randomUUID();
        Claim claim = store.claim("alice", key, REQUEST).orElseThrow();

        assertThat(store.complete(claim, new Answer(201, "application/json", "/api/v1/things/1", bytes("{}"))))
                .isTrue();

        assertThat(store.claim("alice", key, REQUEST)).isEmpty();
        assertThat(store.find("alice", key)).get().satisfies(recorded -> {
            assertThat(recorded.fingerprint()).isEqualTo(REQUEST);
            assertThat(recorded.answer().status()).isEqualTo(201);
            assertThat(recorded.answer().contentType()).isEqualTo("application/json");
            assertThat(recorded.answer().location()).isEqualTo("/api/v1/things/1");
            assertThat(recorded.answer().body()).isEqualTo(bytes("{}"));
        });
    }

    @Test
    void keysOfTwoCallersNeverMeet() {
        UUID key = UUID.randomUUID();
        Claim alice = store.claim("alice", key, REQUEST).orElseThrow();
        store.complete(alice, ACCEPTED);

        assertThat(store.claim("bob", key, REQUEST)).isPresent();
        assertThat(store.find("bob", key)).get().satisfies(recorded -> assertThat(recorded.inProgress()).isTrue());
    }

    @Test
    void releasedKeyCanBeClaimedAgain() {
        UUID key = UUID.randomUUID();
        store.release(store.claim("alice", key, REQUEST).orElseThrow());

        assertThat(store.find("alice", key)).isEmpty();
        assertThat(store.claim("alice", key, REQUEST)).isPresent();
    }

    @Test
    void abandonedClaimIsTakenOverAndItsLateAnswerIgnored() {
        UUID key = UUID.randomUUID();
        Claim abandoned = store.claim("alice", key, REQUEST).orElseThrow();
        database.age(key, CLAIM_TIMEOUT.plusSeconds(1));

        Claim takeover = store.claim("alice", key, REQUEST).orElseThrow();

        assertThat(takeover.owner()).isNotEqualTo(abandoned.owner());
        assertThat(store.complete(abandoned, new Answer(500, null, null, bytes("late")))).isFalse();
        store.release(abandoned);
        assertThat(store.complete(takeover, ACCEPTED)).isTrue();
        assertThat(store.find("alice", key)).get()
                .satisfies(recorded -> assertThat(recorded.answer().body()).isEqualTo(ACCEPTED.body()));
    }

    @Test
    void claimInProgressIsNotTakenOverBeforeTheClaimTimeout() {
        UUID key = UUID.randomUUID();
        store.claim("alice", key, REQUEST).orElseThrow();
        database.age(key, CLAIM_TIMEOUT.minusSeconds(5));

        assertThat(store.claim("alice", key, REQUEST)).isEmpty();
    }

    @Test
    void abandonedClaimIsNotTakenOverForAnotherRequest() {
        UUID key = UUID.randomUUID();
        store.claim("alice", key, REQUEST).orElseThrow();
        database.age(key, CLAIM_TIMEOUT.plusSeconds(1));

        assertThat(store.claim("alice", key, bytes("another request"))).isEmpty();
    }

    @Test
    void answeredKeyIsKeptForTheRetention() {
        UUID key = UUID.randomUUID();
        store.complete(store.claim("alice", key, REQUEST).orElseThrow(), ACCEPTED);
        database.age(key, RETENTION.minusMinutes(1));

        assertThat(store.claim("alice", key, REQUEST)).isEmpty();
        assertThat(store.find("alice", key)).get().satisfies(recorded -> assertThat(recorded.inProgress()).isFalse());
    }

    @Test
    void expiredKeyIsFreeAgainEvenForAnotherRequest() {
        UUID key = UUID.randomUUID();
        store.complete(store.claim("alice", key, REQUEST).orElseThrow(), ACCEPTED);
        database.age(key, RETENTION.plusMinutes(1));

        assertThat(store.claim("alice", key, bytes("another request"))).isPresent();
        assertThat(store.find("alice", key)).get().satisfies(recorded -> {
            assertThat(recorded.inProgress()).isTrue();
            assertThat(recorded.fingerprint()).isEqualTo(bytes("another request"));
        });
    }

    @Test
    void purgeDeletesOnlyExpiredKeys() {
        UUID expired = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        store.complete(store.claim("alice", expired, REQUEST).orElseThrow(), ACCEPTED);
        store.complete(store.claim("alice", kept, REQUEST).orElseThrow(), ACCEPTED);
        database.age(expired, RETENTION.plusSeconds(1));
        database.age(kept, RETENTION.minusSeconds(60));

        assertThat(store.purgeExpired()).isEqualTo(1);

        assertThat(store.find("alice", expired)).isEmpty();
        assertThat(store.find("alice", kept)).isPresent();
    }

    @Test
    void expiredKeysArePurgedOnAScheduleWithoutAnyClaim() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        store.complete(store.claim("alice", old, REQUEST).orElseThrow(), ACCEPTED);
        store.complete(store.claim("alice", recent, REQUEST).orElseThrow(), ACCEPTED);
        database.age(old, RETENTION.plusSeconds(1));
        IdempotencyPurge purge = new IdempotencyPurge(store, Duration.ofMillis(100));

        purge.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> database.rows() == 1);
        } finally {
            purge.stop();
        }

        assertThat(store.find("alice", old)).isEmpty();
        assertThat(store.find("alice", recent)).isPresent();
        assertThat(purge.isRunning()).isFalse();
    }

    @Test
    void aPurgeIntervalMustBePositive() {
        assertThatThrownBy(() -> new IdempotencyPurge(store, Duration.ZERO))
                .hasMessageContaining("rebound.idempotency.purge-interval");
    }

    @Test
    void theIdsOfRequestAndAnswerAreKeptBesideTheAnswer() {
        UUID mentionedInRequest = UUID.randomUUID();
        UUID mentionedInAnswer = UUID.randomUUID();
        UUID key = UUID.randomUUID();
        Claim claim = store.claim("alice", key, REQUEST, Set.of(mentionedInRequest)).orElseThrow();
        store.complete(claim, new Answer(202, "application/json", null, bytes("{}"), "token",
                Set.of(mentionedInAnswer, mentionedInRequest)));

        assertThat(database.jdbc.sql("SELECT mentions FROM idempotent_request WHERE idempotency_key = ?")
                .param(key).query((row, n) -> List.of((Object[]) row.getArray("mentions").getArray())).single())
                .containsExactlyInAnyOrder(mentionedInRequest, mentionedInAnswer);
        assertThat(store.find("alice", key).orElseThrow().answer().withheld()).isEqualTo("token");
    }
}
