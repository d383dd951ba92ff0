package dev.rebound.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static dev.rebound.web.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests spelled to walk past the access rules, each of which did once (issue 12's first look): an id padded with
 * whitespace, which Spring's conversion trims into a valid one after the rules had let it through, and a
 * percent-encoded letter in a path, which the rules compared as typed while Spring matched the decoded endpoint.
 * Each must be refused, and the refusal must not depend on how the path is spelled.
 */
@ReboundHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsHttpTest {

    @LocalServerPort
    int port;

    private NewOrganization organization;
    private ApiClient ada;
    private String adaCandidate;
    private String bruno;

    @BeforeAll
    void anOrganizationWithTwoCandidates() {
        organization = NewOrganization.create(port, "Hostile Requests Ltd");
        JsonNode added = organization.admin().accepted("/api/v1/organizations/" + organization.id() + "/members", """
                {"role": "CANDIDATE", "displayName": "Ada", "email": "%s@example.org"}""".formatted(UUID.randomUUID()));
        ada = new ApiClient(port, added.get("token").asString());
        adaCandidate = added.get("candidateId").asString();
        bruno = organization.candidate("Bruno");
    }

    @Test
    void aPaddedIdIsA400BeforeAnyAccessDecision() {
        String members = "/api/v1/organizations/%s/members";
        String newAdmin = """
                {"role": "ORG_ADMIN", "displayName": "Mallory", "email": "%s@example.org"}""";
        for (String padded : List.of("%20" + organization.id(), organization.id() + "%20",
                "%20%20" + organization.id() + "%20")) {
            HttpResponse<String> answer = ada.post(members.formatted(padded), newAdmin.formatted(UUID.randomUUID()));
            JsonNode refusal = problem(answer, 400);
            assertThat(refusal.get("errors").get(0).get("field").asString()).isEqualTo("organizationId");
            assertThat(answer.body()).as("no admin's token handed to a candidate").doesNotContain("\"token\"");
        }
        for (String controlPadded : List.of("%09" + organization.id(), "%0A" + organization.id())) {
            HttpResponse<String> answer = ada.post(members.formatted(controlPadded),
                    newAdmin.formatted(UUID.randomUUID()));
            problem(answer, 400); // the firewall's malformed request, or the policy's: refused either way
            assertThat(answer.body()).doesNotContain("\"token\"");
        }
        assertThat(ada.post(members.formatted(organization.id()), newAdmin.formatted(UUID.randomUUID())).statusCode())
                .as("the same request, spelled plainly, is refused as before").isEqualTo(404);

        for (String read : List.of("/api/v1/candidates/%20" + bruno + "/timeline",
                "/api/v1/candidates/" + bruno + "%20/weakness-trends",
                "/api/v1/candidates/%20" + bruno + "/applications")) {
            problem(ada.get(read), 400);
        }
        assertThat(ada.get("/api/v1/candidates/" + bruno + "/timeline").statusCode())
                .as("another candidate's data, spelled plainly").isEqualTo(404);
        assertThat(ada.get("/api/v1/candidates/" + adaCandidate + "/timeline").statusCode())
                .as("her own, spelled plainly").isEqualTo(200);
        problem(ada.send("DELETE", "/api/v1/candidates/%20" + bruno + "/personal-data", null), 400);
    }

    @Test
    void aPercentEncodedLetterDoesNotReachThePlatformsEndpoints() {
        ApiClient orgAdmin = organization.admin();
        ApiClient platform = new ApiClient(port, ReboundHttpTest.TOKEN);
        assertThat(platform.get("/api/v1/%61dmin/projections").statusCode())
                .as("the spelling reaches the endpoint: the platform admin is served").isEqualTo(200);

        assertThat(orgAdmin.get("/api/v1/%61dmin/projections").statusCode()).isEqualTo(404);
        assertThat(orgAdmin.post("/api/v1/%61dmin/projections/timeline/replay", null).statusCode()).isEqualTo(404);
        assertThat(orgAdmin.post("/api/v1/%61%64min/projections/timeline/replay", null).statusCode()).isEqualTo(404);
        assertThat(orgAdmin.post("/api/v1/organization%73", "{\"name\": \"Shadow\"}").statusCode()).isEqualTo(404);
        assertThat(ada.post("/api/v1/organization%73", "{\"name\": \"Shadow\"}").statusCode()).isEqualTo(404);
        assertThat(ada.get("/api/v1/organizations/" + organization.id() + "/%61nalytics").statusCode())
                .as("an organization's figures are its admins' and analysts'").isEqualTo(404);
    }

    @Test
    void aPathSpelledOtherwiseMeetsTheApisBodyLimit() {
        String tooLarge = "{\"text\": \"" + "a".repeat(1_200_000) + "\"}";
        for (String path : List.of("/api/v1/tone-check", "/%61pi/v1/tone-check", "//api/v1/tone-check")) {
            assertThat(ada.post(path, tooLarge).statusCode()).as(path).isEqualTo(413);
        }
    }
}
