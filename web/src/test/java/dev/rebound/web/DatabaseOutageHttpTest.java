package dev.rebound.web;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.IssuedToken;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.command.IssueToken;
import dev.rebound.testsupport.PostgresDatabase;
import dev.rebound.testsupport.PostgresServer;
import dev.rebound.testsupport.TestPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away while the application runs — every connection terminated, no new one accepted — and comes
 * back: meanwhile every API call (a personal access token's GET and POST, whose token check alone needs the
 * database, and the platform admin's read) and every page of a signed-in session answers 503 with {@code Retry-After},
 * never 500, and readiness is DOWN so that a load balancer stops sending traffic; afterwards everything answers as
 * before, without a restart.
 */
// A context of its own, not @ReboundHttpTest: it cuts its database off, which would fail whatever other class ran on a
// shared application at that moment, and its pool waits only 1 s for a connection (the default 30 s would make each
// refused request slow). Closed after the class (@DirtiesContext): its pool and event processors saw the database
// vanish, and nothing else should run on them.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rebound.bootstrap-token=" + DatabaseOutageHttpTest.TOKEN, "rebound.deadlines.polling-interval=1h",
                "spring.datasource.hikari.connection-timeout=1000"})
@PostgresDatabase
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageHttpTest {

    static final String TOKEN = "database-outage-token";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    private final OrganizationId org = OrganizationId.random();
    private String adminToken;

    @BeforeAll
    void organizationWithAnAdmin() {
        commands.sendAndWait(new CreateOrganization(org, "Outage"));
        MemberId admin = MemberId.random();
        commands.sendAndWait(new AddMember(org, admin, Role.ORG_ADMIN, "Olga", "olga@outage.example", null));
        adminToken = commands.<IssuedToken>sendAndWait(new IssueToken(org, admin, "outage test")).token();
    }

    @AfterEach
    void databaseBack() {
        admit(true);
    }

    @Test
    void everyPathAnswers503WithRetryAfterWhileTheDatabaseIsGoneAndNormallyOnceItIsBack() {
        ApiClient admin = new ApiClient(port, adminToken);
        ApiClient platform = new ApiClient(port, TOKEN);
        UiSession browser = new UiSession(port);
        UiSession.Page landing = browser.signIn(adminToken);
        assertThat(landing.status()).isEqualTo(200);
        String members = "/api/v1/organizations/" + org.value() + "/members";
        String analytics = "/api/v1/organizations/" + org.value() + "/analytics";
        assertThat(admin.get(analytics).statusCode()).isEqualTo(200);
        assertThat(readiness().statusCode()).isEqualTo(200);

        cutTheDatabaseOff();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(readiness().statusCode()).isEqualTo(503));
        assertThat(readiness().body()).contains("DOWN");
        unavailableProblem(admin.get(analytics));
        unavailableProblem(admin.post(members, newMember()));
        unavailableProblem(platform.get("/api/v1/candidates/" + UUID.randomUUID() + "/timeline"));
        unavailablePage(browser.get(landing.path(), Map.of("Accept", "text/html")));
        unavailablePage(signInDuringOutage());

        admit(true);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(readiness().statusCode()).isEqualTo(200));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(admin.get(analytics).statusCode()).isEqualTo(200));
        assertThat(admin.post(members, newMember()).statusCode()).isEqualTo(202);
        assertThat(browser.open(landing.path()).status()).as("the session survived the outage").isEqualTo(200);
    }

    private HttpResponse<String> readiness() {
        return new ApiClient(port, null).get("/actuator/health/readiness");
    }

    private static String newMember() {
        return """
                {"role": "ANALYST", "displayName": "Ana", "email": "%s@outage.example"}""".formatted(UUID.randomUUID());
    }

    private static void unavailableProblem(HttpResponse<String> answer) {
        assertThat(ApiClient.problem(answer, 503).get("type").asString()).isEqualTo("/problems/unavailable");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
    }

    private static void unavailablePage(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(answer.body()).contains("Please try again shortly", "cannot reach its database");
    }

    private HttpResponse<String> signInDuringOutage() {
        UiSession stranger = new UiSession(port);
        return stranger.post("/sign-in", "/sign-in", Map.of("token", adminToken));
    }

    private void cutTheDatabaseOff() {
        admit(false);
        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + databaseName()
                + "' AND pid <> pg_backend_pid()");
    }

    /** Lets connections to the application's database in again, or keeps every new one out (the superuser's too). */
    private void admit(boolean connections) {
        execute("ALTER DATABASE " + databaseName() + " WITH ALLOW_CONNECTIONS " + connections);
    }

    private String databaseName() {
        return databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1).replaceFirst("\\?.*$", "");
    }

    private static void execute(String sql) {
        PostgresServer server = TestPostgres.server();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(),
                server.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
