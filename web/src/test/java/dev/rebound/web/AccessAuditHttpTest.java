package dev.rebound.web;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.IssuedToken;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.AssignCoach;
import dev.rebound.api.organization.command.IssueToken;
import dev.rebound.api.organization.command.SetCoachAccess;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The access audit end to end: a coach's, an admin's and the platform admin's reads of a candidate's data — through
 * the API, as a live stream, and as pages of the UI — are recorded before the data is served, and the candidate and
 * their admin can see them; the candidate's own reads and reads that served nothing are not recorded; a read that
 * cannot be recorded is not served.
 */
@ReboundHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessAuditHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;
    static final String ORG = ReboundHttpTest.DEFAULT_ORGANIZATION;
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    DataSource dataSource;

    private final OrganizationId org = OrganizationId.of(java.util.UUID.fromString(ORG));
    private final CandidateId ada = CandidateId.random();
    private final MemberId coach = MemberId.random();
    private final MemberId admin = MemberId.random();
    private String adaToken;
    private String coachToken;
    private String adminToken;

    private String member(MemberId member, Role role, CandidateId candidate) {
        commands.sendAndWait(new AddMember(org, member, role, role.name(), member + "@example.org", candidate));
        IssuedToken issued = commands.sendAndWait(new IssueToken(org, member, "audit"));
        return issued.token();
    }

    @BeforeAll
    void anOrganizationWithACoachWhoSeesAda() {
        adaToken = member(MemberId.random(), Role.CANDIDATE, ada);
        coachToken = member(coach, Role.COACH, null);
        adminToken = member(admin, Role.ORG_ADMIN, null);
        commands.sendAndWait(new AssignCoach(ada, org, coach));
        commands.sendAndWait(new SetCoachAccess(ada, org, true));
        new ApiClient(port, adaToken).accepted("/api/v1/candidates/" + ada + "/applications",
                "{\"employerName\": \"Acme\", \"roleTitle\": \"Analyst\"}");
    }

    private String candidate(String read) {
        return "/api/v1/candidates/" + ada + read;
    }

    /** Ada's access log as Ada sees it, newest first. */
    private List<JsonNode> adasLog() {
        HttpResponse<String> response = new ApiClient(port, adaToken).get(candidate("/access-log?size=200"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        ApiClient.json(response).get("items").forEach(items::add);
        return items;
    }

    private static String describe(JsonNode entry) {
        return entry.get("readerRole").asString() + " " + (entry.get("readerMemberId").isNull() ? "-"
                : entry.get("readerMemberId").asString()) + " " + entry.get("resource").asString();
    }

    @Test
    void aCoachsReadIsRecordedAndTheCandidateSeesIt() {
        int before = adasLog().size();
        Instant start = Instant.now();

        assertThat(new ApiClient(port, coachToken).get(candidate("/timeline")).statusCode()).isEqualTo(200);

        List<JsonNode> log = adasLog();
        assertThat(log).hasSize(before + 1);
        assertThat(describe(log.getFirst()))
                .isEqualTo("COACH " + coach + " GET /api/v1/candidates/{candidateId}/timeline");
        assertThat(log.getFirst().get("candidateId").asString()).isEqualTo(ada.toString());
        assertThat(Instant.parse(log.getFirst().get("readAt").asString())).isBetween(start.minusSeconds(1),
                Instant.now());
    }

    @Test
    void adminsAndThePlatformAdminAreRecordedTheCandidateIsNot() {
        int before = adasLog().size();

        assertThat(new ApiClient(port, adaToken).get(candidate("/progress")).statusCode()).isEqualTo(200);
        assertThat(new ApiClient(port, adminToken).get(candidate("/todo")).statusCode()).isEqualTo(200);
        assertThat(new ApiClient(port, TOKEN).get(candidate("/weakness-trends")).statusCode()).isEqualTo(200);

        List<JsonNode> log = adasLog();
        assertThat(log).hasSize(before + 2);
        assertThat(log.subList(0, 2)).extracting(AccessAuditHttpTest::describe).containsExactly(
                "PLATFORM_ADMIN - GET /api/v1/candidates/{candidateId}/weakness-trends",
                "ORG_ADMIN " + admin + " GET /api/v1/candidates/{candidateId}/todo");
    }

    @Test
    void readsThatServedNothingAndReadsOfTheLogAreNotRecorded() {
        int before = adasLog().size();

        assertThat(new ApiClient(port, coachToken).get(candidate("/timeline?size=0")).statusCode()).isEqualTo(422);
        assertThat(new ApiClient(port, coachToken).get(candidate("/timeline?from=yesterday")).statusCode())
                .isEqualTo(400);
        assertThat(new ApiClient(port, coachToken).get(candidate("/access-log")).statusCode())
                .as("a coach does not read the log").isEqualTo(404);
        assertThat(new ApiClient(port, adminToken).get(candidate("/access-log")).statusCode()).isEqualTo(200);

        assertThat(adasLog()).hasSize(before);
    }

    @Test
    void aLiveStreamIsRecordedWhenItOpens() throws Exception {
        int before = adasLog().size();

        try (ApiClient.EventStream stream = new ApiClient(port, coachToken).stream(candidate("/todo"))) {
            assertThat(stream.nextData("todo", PATIENCE)).startsWith("{\"items\":");
        }

        assertThat(adasLog()).hasSize(before + 1).first().extracting(AccessAuditHttpTest::describe)
                .isEqualTo("COACH " + coach + " GET /api/v1/candidates/{candidateId}/todo");
    }

    @Test
    void theOrganizationsLogIsTheAdminsAndFiltersByTime() {
        new ApiClient(port, coachToken).get(candidate("/employer-relationships"));
        Instant after = Instant.now();
        ApiClient admins = new ApiClient(port, adminToken);

        JsonNode all = ApiClient.json(admins.get("/api/v1/organizations/" + org + "/access-log?size=1"));
        assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(all.get("items").get(0).get("resource").asString())
                .isEqualTo("GET /api/v1/candidates/{candidateId}/employer-relationships");
        assertThat(ApiClient.json(admins.get("/api/v1/organizations/" + org + "/access-log?from=" + after))
                .get("total").asInt()).isZero();
        ApiClient.problem(admins.get("/api/v1/organizations/" + org + "/access-log?from=" + after + "&to="
                + after.minusSeconds(60)), 422);
        assertThat(new ApiClient(port, coachToken).get("/api/v1/organizations/" + org + "/access-log")
                .statusCode()).isEqualTo(404);
        assertThat(new ApiClient(port, adaToken).get("/api/v1/organizations/" + org + "/access-log")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void theUisPagesOfACandidateAndTheCoachViewAreRecorded() {
        UiSession coachInBrowser = UiSession.signedIn(port, coachToken); // lands on the coach view
        int before = adasLog().size();

        // the coach view lists candidates from a read model; a look that does not list Ada records nothing of her
        await().atMost(PATIENCE).until(() -> coachInBrowser.get("/coach").body().contains(ada.toString()));
        assertThat(coachInBrowser.get("/candidates/" + ada).statusCode()).isEqualTo(200);

        assertThat(adasLog()).hasSize(before + 2).extracting(AccessAuditHttpTest::describe).startsWith(
                "COACH " + coach + " GET /candidates/{candidateId}", "COACH " + coach + " GET /coach");
    }

    @Test
    void aReadThatCannotBeRecordedIsNotServed() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TRIGGER refuse_reads BEFORE INSERT ON data_access_log FOR EACH ROW "
                + "EXECUTE FUNCTION data_access_log_is_append_only()").update();
        try {
            HttpResponse<String> refused = new ApiClient(port, coachToken).get(candidate("/timeline"));
            assertThat(ApiClient.problem(refused, 503).get("detail").asString()).contains("access audit");
            assertThat(refused.body()).doesNotContain("Acme");
            assertThat(UiSession.signedIn(port, coachToken).get("/candidates/" + ada).statusCode()).isEqualTo(503);
        } finally {
            jdbc.sql("DROP TRIGGER refuse_reads ON data_access_log").update();
        }
        assertThat(new ApiClient(port, coachToken).get(candidate("/timeline")).statusCode()).isEqualTo(200);
    }
}
