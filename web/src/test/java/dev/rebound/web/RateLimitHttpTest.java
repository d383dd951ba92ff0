package dev.rebound.web;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.IssuedToken;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.command.IssueToken;
import dev.rebound.testsupport.PostgresDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each caller's allowance under {@code /api}: three calls at once here, then one every ten seconds. The fourth call
 * in a burst is a 429 problem with {@code Retry-After}; other callers go on; all tokens of one member share one
 * allowance, and so do the member's UI pages; the allowance comes back with time. The sign-in takes ten attempts a
 * minute per client address.
 */
// A context of its own, not @ReboundHttpTest: its own rate limit (3 calls, 6 a minute), which the shared application
// must not have. Closed after the class (@DirtiesContext), so that its event processors do not keep polling while the
// other classes run.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rebound.bootstrap-token=" + RateLimitHttpTest.TOKEN, "rebound.deadlines.polling-interval=1h",
                "rebound.api.rate-limit.capacity=3", "rebound.api.rate-limit.refill-per-minute=6"})
@PostgresDatabase
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitHttpTest {

    static final String TOKEN = "rate-limit-token";
    private static final String CATALOGUE = "/api/v1/catalogue/weaknesses";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    private final OrganizationId org = OrganizationId.random();

    @BeforeAll
    void organization() {
        commands.sendAndWait(new CreateOrganization(org, "Limited"));
    }

    /** A new analyst, so that each test starts with a full allowance; answers the member and its first token. */
    private Member analyst(String name) {
        MemberId member = MemberId.random();
        commands.sendAndWait(new AddMember(org, member, Role.ANALYST, name, name + "@limited.example", null));
        return new Member(member, token(member));
    }

    private String token(MemberId member) {
        return commands.<IssuedToken>sendAndWait(new IssueToken(org, member, "rate limit test")).token();
    }

    private record Member(MemberId id, String token) {
    }

    private HttpResponse<String> call(String token) {
        return new ApiClient(port, token).get(CATALOGUE);
    }

    @Test
    void theFourthCallInABurstIsRefusedWithRetryAfter() {
        Member ann = analyst("ann");
        for (int remaining = 2; remaining >= 0; remaining--) {
            HttpResponse<String> answer = call(ann.token());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("X-RateLimit-Limit")).hasValue("3");
            assertThat(answer.headers().firstValue("X-RateLimit-Remaining")).hasValue(Integer.toString(remaining));
        }

        HttpResponse<String> refused = call(ann.token());

        JsonNode problem = ApiClient.problem(refused, 429);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/rate-limited");
        assertThat(problem.get("detail").asString()).contains("retry after");
        assertThat(refused.headers().firstValue("Retry-After")).get()
                .satisfies(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 10L));
        assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
    }

    @Test
    void aPathSpelledOtherwiseCountsLikeThePlainOne() {
        Member ben = analyst("ben");
        ApiClient api = new ApiClient(port, ben.token());
        assertThat(api.get("//api/v1/catalogue/weaknesses").statusCode()).as("refused before it is counted")
                .isEqualTo(400);
        List<String> spellings = List.of("/%61pi/v1/catalogue/weaknesses", "/api/v1/c%61talogue/weaknesses",
                "/api/v1/catalogue/weaknesse%73");
        for (int i = 0; i < spellings.size(); i++) {
            HttpResponse<String> answer = api.get(spellings.get(i));
            assertThat(answer.headers().firstValue("X-RateLimit-Remaining")).as(spellings.get(i))
                    .hasValue(Integer.toString(2 - i));
        }
        assertThat(api.get("/%61pi/v1/catalogue/weaknesses").statusCode()).isEqualTo(429);
    }

    @Test
    void anotherCallerIsNotAffectedButAnotherTokenOfTheSameMemberIs() {
        Member bea = analyst("bea");
        Member cid = analyst("cid");
        for (int i = 0; i < 3; i++) {
            assertThat(call(bea.token()).statusCode()).isEqualTo(200);
        }
        assertThat(call(bea.token()).statusCode()).isEqualTo(429);

        assertThat(call(cid.token()).statusCode()).as("another member").isEqualTo(200);
        assertThat(call(TOKEN).statusCode()).as("the platform admin").isEqualTo(200);
        ApiClient.problem(call(token(bea.id())), 429);
    }

    @Test
    void theAllowanceComesBackWithTime() {
        Member dan = analyst("dan");
        for (int i = 0; i < 3; i++) {
            assertThat(call(dan.token()).statusCode()).isEqualTo(200);
        }
        assertThat(call(dan.token()).statusCode()).isEqualTo(429);

        // one call every 10 s; a refused call takes nothing from the bucket
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> call(dan.token()).statusCode() == 200);
        assertThat(call(dan.token()).statusCode()).as("only one call came back so far").isEqualTo(429);
    }

    @Test
    void theSignInTakesTenAttemptsAMinuteFromOneAddressAndAnotherAddressSignsInNormally() {
        // as a trusted proxy in front would say (the test client is on the loopback address, which is trusted)
        UiSession guesser = new UiSession(port, Map.of("X-Forwarded-For", "203.0.113.10"));
        String form = "/sign-in";
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(guesser.post(form, form, Map.of("token", "rbt_guess" + attempt)).statusCode())
                    .as("attempt %d", attempt).isEqualTo(401);
        }

        HttpResponse<String> refused = guesser.post(form, form, Map.of("token", analyst("eve").token()));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).get()
                .satisfies(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 6L));
        assertThat(refused.body()).contains("Too many sign-in attempts");
        UiSession.Page signedIn = new UiSession(port, Map.of("X-Forwarded-For", "203.0.113.11"))
                .signIn(analyst("fay").token());
        assertThat(signedIn.status()).as("another address signs in").isEqualTo(200);
        assertThat(signedIn.path()).isNotEqualTo("/sign-in");
    }

    @Test
    void aSignedInPersonsPagesShareTheirMembersAllowanceWithTheirApiCalls() {
        Member gus = analyst("gus");
        UiSession browser = new UiSession(port, Map.of("X-Forwarded-For", "203.0.113.12"));
        UiSession.Page landing = browser.signIn(gus.token()); // the pages it went through count
        HttpResponse<String> page;
        int pages = 0;
        do {
            page = browser.get(landing.path(), Map.of("Accept", "text/html"));
            pages++;
        } while (page.statusCode() == 200 && pages <= 3);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).contains("Too many requests");
        ApiClient.problem(call(gus.token()), 429);
        assertThat(browser.get("/css/rebound.css").statusCode()).as("static files are not counted").isEqualTo(200);
    }

    @Test
    void callsWithoutAValidTokenAreNotCounted() {
        HttpResponse<String> anonymous = call(null);
        ApiClient.problem(anonymous, 401);
        assertThat(anonymous.headers().firstValue("X-RateLimit-Remaining")).isEmpty();
        ApiClient.problem(call("rbt_unknown"), 401);
    }
}
