package dev.rebound.infra.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The filter in front of a stand-in handler, on a real PostgreSQL. */
class IdempotencyKeyFilterTest {

    private static final Duration RETENTION = Duration.ofHours(24);
    private static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);
    private static final int MAX_BODY = 64;
    private static final String PATH = "/api/v1/candidates/42/applications";
    private static final String BODY = "{\"employerName\":\"Acme\"}";

    private static IdempotencyDatabase database;

    private final IdempotencyKeyFilter filter = new IdempotencyKeyFilter(
            new IdempotencyStore(database.dataSource, RETENTION, CLAIM_TIMEOUT), MAX_BODY);
    private final AtomicInteger runs = new AtomicInteger();
    private final String key = UUID.randomUUID().toString();

    @BeforeAll
    static void createDatabase() {
        database = IdempotencyDatabase.fresh(IdempotencyKeyFilterTest.class);
    }

    @BeforeEach
    void emptyTable() {
        database.empty();
    }

    /** A handler that answers with the given status, numbers its runs and echoes the body it read. */
    private FilterChain handler(int status) {
        return (request, response) -> {
            int run = runs.incrementAndGet();
            String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(status);
            http.setContentType("application/json");
            http.setHeader("Location", "/api/v1/things/" + run);
            http.getOutputStream().write(("{\"run\":" + run + ",\"echo\":" + body + "}")
                    .getBytes(StandardCharsets.UTF_8));
        };
    }

    private static MockHttpServletRequest request(String method, String path, String caller, String key,
                                                  String body) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (caller != null) {
            request.setUserPrincipal(() -> caller);
        }
        if (key != null) {
            request.addHeader(IdempotencyKeyFilter.KEY_HEADER, key);
        }
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private MockHttpServletResponse send(MockHttpServletRequest request, FilterChain handler)
            throws IOException, ServletException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, handler);
        return response;
    }

    private MockHttpServletResponse post(String caller, String key, String body)
            throws IOException, ServletException {
        return send(request("POST", PATH, caller, key, body), handler(202));
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String type) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"type\":\"" + type + "\"", "\"status\":" + status,
                "\"title\":", "\"detail\":");
        assertThat(response.getHeader(IdempotencyKeyFilter.REPLAYED_HEADER)).isNull();
    }

    @Test
    void repeatGetsTheFirstAnswerWithoutRunningAgain() throws Exception {
        MockHttpServletResponse first = send(request("POST", PATH, "alice", key, BODY), handler(201));
        MockHttpServletResponse repeat = send(request("POST", PATH, "alice", key, BODY), handler(201));

        assertThat(runs).hasValue(1);
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getContentAsString()).isEqualTo("{\"run\":1,\"echo\":" + BODY + "}");
        assertThat(first.getHeader(IdempotencyKeyFilter.REPLAYED_HEADER)).isNull();
        assertThat(repeat.getStatus()).isEqualTo(201);
        assertThat(repeat.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(repeat.getContentType()).isEqualTo(first.getContentType());
        assertThat(repeat.getHeader("Location")).isEqualTo("/api/v1/things/1");
        assertThat(repeat.getHeader(IdempotencyKeyFilter.REPLAYED_HEADER)).isEqualTo("true");
    }

    /** A handler that issues a secret, as adding a member or issuing a token does. */
    private FilterChain issuing(String secret) {
        return (request, response) -> {
            runs.incrementAndGet();
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(202);
            http.setContentType("application/json");
            http.getOutputStream().write(("{\"tokenId\":\"7b0f5a52-43c2-4d1e-9a7e-2f7f7c6c3a10\",\"token\":\"" + secret
                    + "\",\"nested\":{\"token\":\"" + secret + "\",\"kept\":1}}").getBytes(StandardCharsets.UTF_8));
        };
    }

    @Test
    void aSecretIsShownOnceNeverKeptAndTheReplaySaysItIsWithheld() throws Exception {
        String secret = "rbt_secret-shown-once";

        MockHttpServletResponse first = send(request("POST", PATH, "alice", key, BODY), issuing(secret));
        MockHttpServletResponse repeat = send(request("POST", PATH, "alice", key, BODY), issuing(secret));

        assertThat(runs).hasValue(1);
        assertThat(first.getContentAsString()).contains(secret);
        assertThat(first.getHeader(IdempotencyKeyFilter.WITHHELD_HEADER)).isNull();
        assertThat(repeat.getStatus()).isEqualTo(202);
        assertThat(repeat.getHeader(IdempotencyKeyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(repeat.getHeader(IdempotencyKeyFilter.WITHHELD_HEADER)).isEqualTo("token");
        assertThat(repeat.getContentAsString())
                .isEqualTo("{\"tokenId\":\"7b0f5a52-43c2-4d1e-9a7e-2f7f7c6c3a10\",\"nested\":{\"kept\":1}}");
        assertThat(database.jdbc.sql("SELECT count(*) FROM idempotent_request WHERE position('rbt_' IN "
                + "convert_from(body, 'UTF8')) > 0").query(Long.class).single()).isZero();
    }

    @Test
    void theIdsThatRequestAndAnswerNameAreKeptForErasure() throws Exception {
        UUID inPath = UUID.randomUUID();
        UUID inBody = UUID.randomUUID();
        send(request("POST", "/api/v1/candidates/" + inPath.toString().toUpperCase() + "/applications", "alice",
                key, "{\"about\":\"" + inBody + "\"}"), handler(202));

        assertThat(database.jdbc.sql("SELECT mentions FROM idempotent_request WHERE idempotency_key = ?::uuid")
                .param(key).query((row, n) -> List.of((Object[]) row.getArray("mentions").getArray())).single())
                .contains(inPath, inBody);
    }

    @Test
    void sameKeyWithAnotherBodyIsAConflict() throws Exception {
        post("alice", key, BODY);

        MockHttpServletResponse other = post("alice", key, "{\"employerName\":\"Globex\"}");

        assertProblem(other, 409, "/problems/idempotency-key-reused");
        assertThat(runs).hasValue(1);
    }

    @Test
    void sameKeyOnAnotherPathOrQueryIsAConflict() throws Exception {
        post("alice", key, BODY);
        MockHttpServletRequest withQuery = request("POST", PATH, "alice", key, BODY);
        withQuery.setQueryString("dryRun=true");

        assertProblem(send(request("POST", "/api/v1/candidates/43/applications", "alice", key, BODY), handler(202)),
                409, "/problems/idempotency-key-reused");
        assertProblem(send(withQuery, handler(202)), 409, "/problems/idempotency-key-reused");
        assertThat(runs).hasValue(1);
    }

    @Test
    void samePathSpelledOtherwiseIsTheSameRequest() throws Exception {
        post("alice", key, BODY);

        MockHttpServletResponse repeat = send(request("POST", "/%61pi/v1/candidates/42/%61pplications", "alice",
                key, BODY), handler(202));

        assertThat(repeat.getStatus()).isEqualTo(202);
        assertThat(repeat.getHeader(IdempotencyKeyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(runs).hasValue(1);
    }

    @Test
    void keysOfTwoCallersNeverMeet() throws Exception {
        MockHttpServletResponse alice = post("alice", key, BODY);
        MockHttpServletResponse bob = post("bob", key, BODY);
        MockHttpServletResponse aliceAgain = post("alice", key, BODY);
        MockHttpServletResponse bobAgain = post("bob", key, BODY);

        assertThat(runs).hasValue(2);
        assertThat(bob.getHeader(IdempotencyKeyFilter.REPLAYED_HEADER)).isNull();
        assertThat(bob.getContentAsString()).contains("\"run\":2");
        assertThat(aliceAgain.getContentAsString()).isEqualTo(alice.getContentAsString()).contains("\"run\":1");
        assertThat(bobAgain.getContentAsString()).isEqualTo(bob.getContentAsString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"order-42", "", "1-1-1-1-1", "5f3c1e2a8b4d4f6e9a7b0c1d2e3f4a5b",
            "5f3c1e2a-8b4d-4f6e-9a7b-0c1d2e3f4a5b, 6f3c1e2a-8b4d-4f6e-9a7b-0c1d2e3f4a5b"})
    void keyThatIsNotOneUuidIsABadRequest(String malformed) throws Exception {
        MockHttpServletResponse response = post("alice", malformed, BODY);

        assertProblem(response, 400, "/problems/malformed-request");
        assertThat(response.getContentAsString()).contains("\"field\":\"Idempotency-Key\"");
        assertThat(runs).hasValue(0);
        assertThat(database.rows()).isZero();
    }

    @Test
    void twoKeyHeadersAreABadRequest() throws Exception {
        MockHttpServletRequest request = request("POST", PATH, "alice", key, BODY);
        request.addHeader(IdempotencyKeyFilter.KEY_HEADER, UUID.randomUUID().toString());

        assertProblem(send(request, handler(202)), 400, "/problems/malformed-request");
        assertThat(runs).hasValue(0);
    }

    @Test
    void upperCaseKeyIsTheSameKey() throws Exception {
        post("alice", key, BODY);

        MockHttpServletResponse repeat = post("alice", key.toUpperCase(), BODY);

        assertThat(repeat.getHeader(IdempotencyKeyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(runs).hasValue(1);
    }

    @Test
    void postWithoutKeyAndOtherMethodsPassThrough() throws Exception {
        post("alice", null, BODY);
        post("alice", null, BODY);
        send(request("PUT", PATH, "alice", key, BODY), handler(200));
        send(request("PUT", PATH, "alice", key, BODY), handler(200));
        send(request("GET", PATH, "alice", "not-a-uuid", ""), handler(200));

        assertThat(runs).hasValue(5);
        assertThat(database.rows()).isZero();
    }

    @Test
    void requestWithoutCallerPassesThroughUntouched() throws Exception {
        post(null, key, BODY);
        post(null, "not-a-uuid", BODY);

        assertThat(runs).hasValue(2);
        assertThat(database.rows()).isZero();
    }

    @Test
    void bodyAboveTheLimitIsTooLargeWhetherDeclaredOrNot() throws Exception {
        String tooLarge = "{\"text\":\"" + "x".repeat(MAX_BODY) + "\"}";
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", PATH) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        chunked.setUserPrincipal(() -> "alice");
        chunked.addHeader(IdempotencyKeyFilter.KEY_HEADER, key);
        chunked.setContent(tooLarge.getBytes(StandardCharsets.UTF_8));

        assertProblem(post("alice", key, tooLarge), 413, "/problems/body-too-large");
        assertProblem(send(chunked, handler(202)), 413, "/problems/body-too-large");
        assertThat(runs).hasValue(0);
        assertThat(database.rows()).isZero();
        assertThat(post("alice", key, "x".repeat(MAX_BODY)).getStatus()).isEqualTo(202);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503, 429})
    void serverErrorsAndRateLimitsAreNotKept(int status) throws Exception {
        MockHttpServletResponse failed = send(request("POST", PATH, "alice", key, BODY), handler(status));

        assertThat(failed.getStatus()).isEqualTo(status);
        assertThat(failed.getContentAsString()).contains("\"run\":1");
        assertThat(database.rows()).isZero();
        MockHttpServletResponse retry = post("alice", key, BODY);
        assertThat(retry.getStatus()).isEqualTo(202);
        assertThat(retry.getHeader(IdempotencyKeyFilter.REPLAYED_HEADER)).isNull();
        assertThat(runs).hasValue(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 409, 422})
    void clientErrorsAreKept(int status) throws Exception {
        send(request("POST", PATH, "alice", key, BODY), handler(status));

        MockHttpServletResponse repeat = post("alice", key, BODY);

        assertThat(repeat.getStatus()).isEqualTo(status);
        assertThat(repeat.getHeader(IdempotencyKeyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(runs).hasValue(1);
    }

    @Test
    void conflictThatSaysRetryAfterIsNotKept() throws Exception {
        FilterChain concurrentChange = (request, response) -> {
            runs.incrementAndGet();
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(409);
            http.setHeader("Retry-After", "1");
        };
        send(request("POST", PATH, "alice", key, BODY), concurrentChange);

        assertThat(database.rows()).isZero();
        assertThat(post("alice", key, BODY).getStatus()).isEqualTo(202);
        assertThat(runs).hasValue(2);
    }

    @Test
    void answerLeftToTheContainerIsNotKept() throws Exception {
        FilterChain notFound = (request, response) -> {
            runs.incrementAndGet();
            ((HttpServletResponse) response).sendError(404);
        };

        MockHttpServletResponse first = send(request("POST", PATH, "alice", key, BODY), notFound);

        assertThat(first.getStatus()).isEqualTo(404);
        assertThat(database.rows()).isZero();
        assertThat(post("alice", key, BODY).getStatus()).isEqualTo(202);
        assertThat(runs).hasValue(2);
    }

    @Test
    void failingHandlerGivesTheKeyUp() throws Exception {
        FilterChain failing = (request, response) -> {
            runs.incrementAndGet();
            throw new IllegalStateException("boom");
        };

        assertThatThrownBy(() -> send(request("POST", PATH, "alice", key, BODY), failing))
                .isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(database.rows()).isZero();
        assertThat(post("alice", key, BODY).getStatus()).isEqualTo(202);
        assertThat(runs).hasValue(2);
    }

    @Test
    void repeatWhileTheFirstIsStillRunningIsAConflict() throws Exception {
        AtomicReference<MockHttpServletResponse> repeat = new AtomicReference<>();
        FilterChain slow = (request, response) -> {
            repeat.set(post("alice", key, BODY));
            handler(202).doFilter(request, response);
        };

        MockHttpServletResponse first = send(request("POST", PATH, "alice", key, BODY), slow);

        assertProblem(repeat.get(), 409, "/problems/idempotency-key-in-use");
        assertThat(repeat.get().getHeader("Retry-After")).isEqualTo("1");
        assertThat(first.getStatus()).isEqualTo(202);
        assertThat(runs).hasValue(1);
    }

    @Test
    void abandonedRequestIsRunAgainAfterTheClaimTimeout() throws Exception {
        AtomicReference<MockHttpServletResponse> takeover = new AtomicReference<>();
        AtomicReference<MockHttpServletResponse> otherRequest = new AtomicReference<>();
        FilterChain stuck = (request, response) -> {
            database.age(UUID.fromString(key), CLAIM_TIMEOUT.plusSeconds(1));
            otherRequest.set(post("alice", key, "{\"employerName\":\"Globex\"}"));
            takeover.set(post("alice", key, BODY));
            handler(202).doFilter(request, response);
        };

        send(request("POST", PATH, "alice", key, BODY), stuck);

        assertProblem(otherRequest.get(), 409, "/problems/idempotency-key-reused");
        assertThat(takeover.get().getStatus()).isEqualTo(202);
        assertThat(takeover.get().getContentAsString()).contains("\"run\":1");
        // the stuck request finished after it lost its claim: the answer of the one that took over is kept
        assertThat(post("alice", key, BODY).getContentAsString()).isEqualTo(takeover.get().getContentAsString());
        assertThat(runs).hasValue(2);
    }

    @Test
    void expiredKeyIsFreeForANewRequest() throws Exception {
        post("alice", key, BODY);
        database.age(UUID.fromString(key), RETENTION.plusSeconds(1));

        MockHttpServletResponse reused = post("alice", key, "{\"employerName\":\"Globex\"}");

        assertThat(reused.getStatus()).isEqualTo(202);
        assertThat(reused.getHeader(IdempotencyKeyFilter.REPLAYED_HEADER)).isNull();
        assertThat(runs).hasValue(2);
    }

    @Test
    void unreachableStoreIsAServiceUnavailableAndRunsNothing() throws Exception {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
        IdempotencyKeyFilter withoutDatabase = new IdempotencyKeyFilter(
                new IdempotencyStore(nowhere, RETENTION, CLAIM_TIMEOUT), MAX_BODY);
        MockHttpServletResponse response = new MockHttpServletResponse();

        withoutDatabase.doFilter(request("POST", PATH, "alice", key, BODY), response, handler(202));

        assertProblem(response, 503, "/problems/unavailable");
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(runs).hasValue(0);
    }
}
