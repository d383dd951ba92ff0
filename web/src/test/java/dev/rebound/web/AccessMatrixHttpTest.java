package dev.rebound.web;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.AssignCoach;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.command.IssueToken;
import dev.rebound.api.organization.command.RevokeToken;
import dev.rebound.api.organization.command.SetCoachAccess;
import dev.rebound.api.organization.IssuedToken;
import dev.rebound.testsupport.PostgresDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role against the candidate, application, organization and admin endpoints, with its own, a same-organization
 * and a foreign-organization id (API.md, "Who may read"). Personal access tokens are issued through Axon, as the
 * member endpoints of issue 6 will.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rebound.bootstrap-token=" + AccessMatrixHttpTest.TOKEN, "rebound.deadlines.polling-interval=1h"})
@PostgresDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixHttpTest {

    static final String TOKEN = "matrix-token";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    private final OrganizationId org = OrganizationId.random();
    private final OrganizationId otherOrg = OrganizationId.random();
    private final CandidateId ada = CandidateId.random();
    private final CandidateId bob = CandidateId.random();
    private final CandidateId eve = CandidateId.random();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final MemberId coach = MemberId.random();
    private String adaApplication;
    private String bobApplication;
    private String eveApplication;

    private String member(OrganizationId organization, String name, Role role, CandidateId candidate) {
        MemberId member = name.equals("coach") ? coach : MemberId.random();
        commands.sendAndWait(new AddMember(organization, member, role, name, name + "@" + organization + ".example",
                candidate));
        IssuedToken issued = commands.sendAndWait(new IssueToken(organization, member, "matrix"));
        tokens.put(name, issued.token());
        return issued.token();
    }

    @BeforeAll
    void organizationsWithMembers() {
        commands.sendAndWait(new CreateOrganization(org, "Northside"));
        commands.sendAndWait(new CreateOrganization(otherOrg, "Southside"));
        member(org, "admin", Role.ORG_ADMIN, null);
        member(org, "coach", Role.COACH, null);
        member(org, "analyst", Role.ANALYST, null);
        member(org, "ada", Role.CANDIDATE, ada);
        member(org, "bob", Role.CANDIDATE, bob);
        member(otherOrg, "foreignAdmin", Role.ORG_ADMIN, null);
        member(otherOrg, "eve", Role.CANDIDATE, eve);
        commands.sendAndWait(new AssignCoach(ada, org, coach));
        commands.sendAndWait(new SetCoachAccess(ada, org, true));
        commands.sendAndWait(new AssignCoach(bob, org, coach)); // assigned, but Bob never consents
        adaApplication = track("ada", ada);
        bobApplication = track("bob", bob);
        eveApplication = track("eve", eve);
    }

    private String track(String who, CandidateId candidate) {
        return new ApiClient(port, tokens.get(who)).accepted("/api/v1/candidates/" + candidate + "/applications",
                "{\"employerName\": \"Acme\", \"roleTitle\": \"Analyst\"}").get("applicationId").asString();
    }

    private int status(String who, String method, String path, String body) {
        return new ApiClient(port, tokens.get(who)).send(method, path, body).statusCode();
    }

    private static String rejection() {
        return "{\"receivedAt\": \"" + Instant.now().minusSeconds(600) + "\", \"stageReached\": \"ONSITE\", "
                + "\"channel\": \"EMAIL\"}";
    }

    @Test
    void everyRoleSeesExactlyWhatItMay() {
        String adaData = "/api/v1/candidates/" + ada + "/timeline";
        String bobData = "/api/v1/candidates/" + bob + "/todo";
        String eveData = "/api/v1/candidates/" + eve + "/timeline";
        String analytics = "/api/v1/organizations/" + org + "/analytics";
        String audit = "/api/v1/organizations/" + org + "/contact-audit";
        String replay = "/api/v1/admin/projections";
        String catalogue = "/api/v1/catalogue/weaknesses";
        Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
        expected.put("GET " + adaData, Map.of("ada", 200, "bob", 404, "coach", 200, "admin", 200, "analyst", 404,
                "foreignAdmin", 404, "eve", 404));
        expected.put("GET " + bobData, Map.of("ada", 404, "bob", 200, "coach", 404, "admin", 200, "analyst", 404,
                "foreignAdmin", 404, "eve", 404));
        expected.put("GET " + eveData, Map.of("ada", 404, "bob", 404, "coach", 404, "admin", 404, "analyst", 404,
                "foreignAdmin", 200, "eve", 200));
        expected.put("GET " + analytics, Map.of("ada", 404, "bob", 404, "coach", 404, "admin", 200, "analyst", 200,
                "foreignAdmin", 404, "eve", 404));
        expected.put("GET " + audit, Map.of("ada", 404, "bob", 404, "coach", 404, "admin", 200, "analyst", 404,
                "foreignAdmin", 404, "eve", 404));
        expected.put("GET " + replay, Map.of("ada", 404, "bob", 404, "coach", 404, "admin", 404, "analyst", 404,
                "foreignAdmin", 404, "eve", 404));
        expected.put("GET " + catalogue, Map.of("ada", 200, "bob", 200, "coach", 200, "admin", 200, "analyst", 200,
                "foreignAdmin", 200, "eve", 200));

        List<String> leaks = new ArrayList<>();
        expected.forEach((request, answers) -> answers.forEach((who, status) -> {
            String[] parts = request.split(" ");
            int actual = status(who, parts[0], parts[1], null);
            if (actual != status) {
                leaks.add(who + " " + request + " → " + actual + ", expected " + status);
            }
        }));
        assertThat(leaks).isEmpty();
    }

    @Test
    void onlyTheCandidateAndTheirAdminRecordOnTheirApplications() {
        String path = "/api/v1/applications/%s/rejection";
        assertThat(status("bob", "POST", path.formatted(adaApplication), rejection())).isEqualTo(404);
        assertThat(status("eve", "POST", path.formatted(adaApplication), rejection())).isEqualTo(404);
        assertThat(status("foreignAdmin", "POST", path.formatted(adaApplication), rejection())).isEqualTo(404);
        assertThat(status("analyst", "POST", path.formatted(adaApplication), rejection())).isEqualTo(404);
        assertThat(status("coach", "POST", path.formatted(bobApplication), rejection())).as("no consent").isEqualTo(404);
        assertThat(status("coach", "POST", path.formatted(adaApplication), rejection())).as("reads only")
                .isEqualTo(403);
        assertThat(status("ada", "POST", path.formatted(adaApplication), rejection())).isEqualTo(202);
        assertThat(status("admin", "POST", path.formatted(bobApplication), rejection())).isEqualTo(202);
        assertThat(status("eve", "POST", path.formatted(eveApplication), rejection())).isEqualTo(202);
        assertThat(status("ada", "POST", "/api/v1/candidates/" + bob + "/applications",
                "{\"employerName\": \"Acme\", \"roleTitle\": \"Analyst\"}")).isEqualTo(404);
    }

    @Test
    void consentRevokedCountsAtOnce() {
        CandidateId carl = CandidateId.random();
        member(org, "carl", Role.CANDIDATE, carl);
        commands.sendAndWait(new AssignCoach(carl, org, coach));
        commands.sendAndWait(new SetCoachAccess(carl, org, true));
        String carlData = "/api/v1/candidates/" + carl + "/progress";
        assertThat(status("coach", "GET", carlData, null)).isEqualTo(200);

        commands.sendAndWait(new SetCoachAccess(carl, org, false));

        assertThat(status("coach", "GET", carlData, null)).isEqualTo(404);
    }

    @Test
    void revokedAndUnknownTokensAreRefused() {
        MemberId dave = MemberId.random();
        commands.sendAndWait(new AddMember(org, dave, Role.ANALYST, "Dave", "dave@example.org", null));
        IssuedToken issued = commands.sendAndWait(new IssueToken(org, dave, "old laptop"));
        ApiClient api = new ApiClient(port, issued.token());
        assertThat(api.get("/api/v1/catalogue/weaknesses").statusCode()).isEqualTo(200);

        commands.sendAndWait(new RevokeToken(org, dave, issued.tokenId()));

        ApiClient.problem(api.get("/api/v1/catalogue/weaknesses"), 401);
        ApiClient.problem(new ApiClient(port, "rbt_" + UUID.randomUUID()).get("/api/v1/catalogue/weaknesses"), 401);
    }

    @Test
    void administrationOverHttpFollowsTheRoles() {
        ApiClient platform = new ApiClient(port, TOKEN);
        String created = platform.accepted("/api/v1/organizations", "{\"name\": \"Eastside\"}")
                .get("organizationId").asString();
        var orgAdmin = platform.accepted("/api/v1/organizations/" + created + "/members",
                "{\"role\": \"ORG_ADMIN\", \"displayName\": \"Olga\", \"email\": \"olga@eastside.example\"}");
        ApiClient olga = new ApiClient(port, orgAdmin.get("token").asString());
        var candidate = olga.accepted("/api/v1/organizations/" + created + "/members",
                "{\"role\": \"CANDIDATE\", \"displayName\": \"Cleo\", \"email\": \"cleo@eastside.example\"}");
        ApiClient cleo = new ApiClient(port, candidate.get("token").asString());
        String cleosTokens = "/api/v1/organizations/" + created + "/members/" + candidate.get("memberId").asString()
                + "/tokens";
        String olgasTokens = "/api/v1/organizations/" + created + "/members/" + orgAdmin.get("memberId").asString()
                + "/tokens";

        assertThat(olga.post("/api/v1/organizations", "{\"name\": \"Mine\"}").statusCode()).isEqualTo(404);
        assertThat(olga.post("/api/v1/organizations/" + org + "/members",
                "{\"role\": \"COACH\", \"displayName\": \"X\", \"email\": \"x@example.org\"}").statusCode())
                .as("another organization").isEqualTo(404);
        assertThat(cleo.post("/api/v1/organizations/" + created + "/members",
                "{\"role\": \"COACH\", \"displayName\": \"X\", \"email\": \"x@example.org\"}").statusCode())
                .isEqualTo(404);
        assertThat(cleo.post(olgasTokens, "{}").statusCode()).as("someone else's tokens").isEqualTo(404);
        String fresh = cleo.accepted(cleosTokens, "{\"name\": \"phone\"}").get("tokenId").asString();
        assertThat(cleo.send("DELETE", cleosTokens + "/" + fresh, null).statusCode()).isEqualTo(204);
        assertThat(cleo.accepted("/api/v1/candidates/" + candidate.get("candidateId").asString() + "/applications",
                "{\"employerName\": \"Acme\", \"roleTitle\": \"Analyst\"}").get("applicationId").asString())
                .isNotBlank();
    }
}
