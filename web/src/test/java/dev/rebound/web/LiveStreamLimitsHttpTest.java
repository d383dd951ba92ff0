package dev.rebound.web;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.IssuedToken;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.AssignCoach;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.command.IssueToken;
import dev.rebound.api.organization.command.SetCoachAccess;
import dev.rebound.testsupport.PostgresDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The limits of live streams (server-sent events), with the defaults: five open streams per caller, the sixth a 429
 * problem with {@code Retry-After}, a slot freed when a stream's client goes away; and a coach's open stream ends
 * within seconds of the candidate revoking the coach's access.
 */
// A context of its own, not @ReboundHttpTest: the shared application lifts the streams-per-caller limit out of reach
// (all its classes stream as the same platform admin), and this class tests the default. Closed after the class
// (@DirtiesContext), so that its event processors do not keep polling while the other classes run.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rebound.bootstrap-token=" + LiveStreamLimitsHttpTest.TOKEN,
                "rebound.deadlines.polling-interval=1h"})
@PostgresDatabase
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveStreamLimitsHttpTest {

    static final String TOKEN = "live-stream-limits-token";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    private final OrganizationId org = OrganizationId.random();
    private final CandidateId candidate = CandidateId.random();
    private final MemberId coach = MemberId.random();
    private String adminToken;
    private String coachToken;
    private String candidateToken;
    private final List<EventStream> opened = new ArrayList<>();

    @BeforeAll
    void organization() {
        commands.sendAndWait(new CreateOrganization(org, "Streaming"));
        adminToken = member(MemberId.random(), Role.ORG_ADMIN, "olga", null);
        coachToken = member(coach, Role.COACH, "carl", null);
        candidateToken = member(MemberId.random(), Role.CANDIDATE, "cora", candidate);
        commands.sendAndWait(new AssignCoach(candidate, org, coach));
        commands.sendAndWait(new SetCoachAccess(candidate, org, true));
    }

    @AfterAll
    void closeEverything() {
        opened.forEach(EventStream::close);
    }

    private String member(MemberId member, Role role, String name, CandidateId candidateId) {
        commands.sendAndWait(new AddMember(org, member, role, name, name + "@streaming.example", candidateId));
        return commands.<IssuedToken>sendAndWait(new IssueToken(org, member, "live stream test")).token();
    }

    @Test
    void theSixthStreamOfOneCallerIsRefusedAndASlotIsFreedWhenAStreamsClientGoesAway() throws Exception {
        String todo = "/api/v1/candidates/" + candidate.value() + "/todo";
        List<EventStream> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            EventStream stream = open(adminToken, todo);
            assertThat(stream.status()).as("stream %d", i + 1).isEqualTo(200);
            assertThat(stream.nextLineStartingWith("event:", PATIENCE)).isEqualTo("event:todo");
            five.add(stream);
        }

        EventStream sixth = open(adminToken, todo);

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        assertThat(sixth.body(PATIENCE)).contains("/problems/too-many-streams");
        assertThat(sixth.retryAfter()).isPresent();
        assertThat(open(candidateToken, todo).status()).as("another caller streams on").isEqualTo(200);

        five.getFirst().close(); // a browser tab closed: nothing is said, the connection just goes

        AtomicReference<EventStream> again = new AtomicReference<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
            EventStream attempt = open(adminToken, todo);
            if (attempt.status() == 200) {
                again.set(attempt);
                return true;
            }
            attempt.close();
            return false;
        });
        assertThat(again.get().nextLineStartingWith("event:", PATIENCE)).isEqualTo("event:todo");
        assertThat(open(adminToken, todo).status()).as("all five slots taken again").isEqualTo(429);
    }

    @Test
    void aCoachsStreamEndsWithinSecondsOfTheCandidateRevokingAccess() throws Exception {
        String timeline = "/api/v1/candidates/" + candidate.value() + "/timeline";
        EventStream watching = open(coachToken, timeline);
        assertThat(watching.status()).isEqualTo(200);
        assertThat(watching.nextLineStartingWith("event:", PATIENCE)).isEqualTo("event:timeline");

        HttpResponse<String> revoked = new ApiClient(port, candidateToken).send("PUT",
                "/api/v1/candidates/" + candidate.value() + "/coach-access", "{\"granted\": false}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);

        // the server ends the stream: its body comes to an end (bounded: the default check runs every 2 s)
        watching.ended().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(new ApiClient(port, coachToken).get(timeline).statusCode()).as("and may not open another")
                .isEqualTo(404);
    }

    /** Opens a stream and waits for its status; its lines are collected as they arrive. */
    private EventStream open(String token, String path) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token)
                .GET().build();
        try {
            HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> {
                try (Stream<String> body = response.body()) {
                    body.forEach(lines::add);
                } catch (UncheckedIOException closedByUs) {
                    // the test dropped the connection
                }
            });
            EventStream stream = new EventStream(response, lines, ended, client);
            opened.add(stream);
            return stream;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record EventStream(HttpResponse<Stream<String>> response, BlockingQueue<String> lines,
                               CompletableFuture<Void> ended, HttpClient client) implements AutoCloseable {

        int status() {
            return response.statusCode();
        }

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        Optional<String> retryAfter() {
            return response.headers().firstValue("Retry-After");
        }

        /** The whole body of an answer that is not a stream. */
        String body(Duration timeout) throws Exception {
            ended.get(timeout.toSeconds(), TimeUnit.SECONDS);
            return String.join("\n", lines);
        }

        /** The next line that starts so, with its spaces removed; waits at most the timeout. */
        String nextLineStartingWith(String prefix, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line.replace(" ", "");
                }
            }
            throw new AssertionError("no line starting with '" + prefix + "' within " + timeout);
        }

        @Override
        public void close() {
            client.shutdownNow();
        }
    }
}
