package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract (the operations the README and {@code /v3/api-docs} document), path by path, on the real
 * application and PostgreSQL: each operation that exists answers a valid call with the documented status and content
 * type, and appears in {@code /v3/api-docs}; the paths of issue 6 that are still to come (erasure) are asserted to
 * answer 404 — when they arrive, this test fails and is to be updated.
 */
@ReboundHttpTest
class ApiContractHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;
    static final String ORGANIZATION = "00000000-0000-0000-0000-000000000001";

    /** Every operation of the API's contract that exists today, with the read-model admin and "addressed". */
    static final Set<String> OPERATIONS = Set.of(
            "POST /api/v1/candidates/{candidateId}/applications",
            "POST /api/v1/applications/{applicationId}/interviews",
            "POST /api/v1/applications/{applicationId}/rejection",
            "POST /api/v1/applications/{applicationId}/feedback-requests",
            "POST /api/v1/applications/{applicationId}/feedback",
            "POST /api/v1/applications/{applicationId}/feedback-declined",
            "POST /api/v1/applications/{applicationId}/evaluation",
            "POST /api/v1/applications/{applicationId}/offer",
            "POST /api/v1/candidates/{candidateId}/employer-contacts",
            "PUT /api/v1/candidates/{candidateId}/employers/{employerId}/do-not-contact",
            "POST /api/v1/candidates/{candidateId}/practice-sessions",
            "PUT /api/v1/candidates/{candidateId}/weaknesses/{key}/addressed",
            "GET /api/v1/candidates/{candidateId}/timeline",
            "GET /api/v1/candidates/{candidateId}/weakness-trends",
            "GET /api/v1/candidates/{candidateId}/employer-relationships",
            "GET /api/v1/candidates/{candidateId}/todo",
            "GET /api/v1/candidates/{candidateId}/progress",
            "GET /api/v1/organizations/{organizationId}/contact-audit",
            "GET /api/v1/organizations/{organizationId}/analytics",
            "GET /api/v1/catalogue/weaknesses",
            "GET /api/v1/catalogue/feedback-questions",
            "GET /api/v1/admin/projections",
            "POST /api/v1/admin/projections/{name}/replay",
            "GET /api/v1/admin/projections/{name}/replay",
            "POST /api/v1/organizations",
            "POST /api/v1/organizations/{organizationId}/members",
            "POST /api/v1/organizations/{organizationId}/members/{memberId}/tokens",
            "DELETE /api/v1/organizations/{organizationId}/members/{memberId}/tokens/{tokenId}",
            "DELETE /api/v1/candidates/{candidateId}/personal-data",
            "POST /api/v1/candidates/{candidateId}/coaches",
            "PUT /api/v1/candidates/{candidateId}/coach-access",
            "GET /api/v1/candidates/{candidateId}/access-log",
            "GET /api/v1/candidates/{candidateId}/tokens",
            "GET /api/v1/organizations/{organizationId}/access-log",
            "GET /api/v1/candidates/{candidateId}/applications",
            "GET /api/v1/coaches/me/candidates",
            "POST /api/v1/tone-check");

    @LocalServerPort
    int port;

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(20));
    private final Set<String> walked = new TreeSet<>();
    private ApiClient api;

    private String at(int days, int hours) {
        return start.plus(Duration.ofDays(days)).plus(Duration.ofHours(hours)).toString();
    }

    private String on(int days) {
        return LocalDate.ofInstant(start.plus(Duration.ofDays(days)), ZoneOffset.UTC).toString();
    }

    /** Sends, and checks the answer's status and content type against the contract; answers the JSON body. */
    private JsonNode call(String method, String template, Map<String, String> ids, String body, int status,
                          String contentType) {
        return call(method, template, ids, "", body, Map.of(), status, contentType);
    }

    private JsonNode call(String method, String template, Map<String, String> ids, String query, String body,
                          Map<String, String> headers, int status, String contentType) {
        String path = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        HttpResponse<String> response = api.send(method, path + query, body, headers);
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(status);
        if (contentType == null) {
            assertThat(response.body()).as("%s %s has no body", method, path).isEmpty();
        } else {
            assertThat(response.headers().firstValue("Content-Type")).as("%s %s", method, path).get().asString()
                    .startsWith(contentType);
        }
        walked.add(method + " " + template);
        return contentType != null && contentType.endsWith("json") ? ApiClient.json(response) : null;
    }

    @Test
    void everyOperationAnswersAValidCallAsTheContractSays() {
        api = new ApiClient(port, TOKEN);
        String json = "application/json";
        Map<String, String> candidate = Map.of("candidateId", UUID.randomUUID().toString());

        JsonNode tracked = call("POST", "/api/v1/candidates/{candidateId}/applications", candidate, """
                {"employerName": "Acme Analytics, Inc.", "roleTitle": "Data Analyst", "appliedOn": "%s"}"""
                .formatted(on(0)), 202, json);
        Map<String, String> acme = Map.of("applicationId", tracked.get("applicationId").asString());
        String employerId = tracked.get("employerId").asString();
        call("POST", "/api/v1/applications/{applicationId}/interviews", acme,
                "{\"stage\": \"ONSITE\", \"heldOn\": \"%s\"}".formatted(on(3)), 202, json);
        call("POST", "/api/v1/applications/{applicationId}/rejection", acme,
                "{\"receivedAt\": \"%s\", \"stageReached\": \"ONSITE\", \"channel\": \"EMAIL\"}".formatted(at(5, 9)),
                202, json);
        call("POST", "/api/v1/applications/{applicationId}/feedback-requests", acme,
                "{\"sentAt\": \"%s\", \"channel\": \"EMAIL\", \"questions\": [\"weak-areas\"]}".formatted(at(5, 12)),
                202, json);
        JsonNode feedback = call("POST", "/api/v1/applications/{applicationId}/feedback", acme,
                "{\"receivedAt\": \"%s\", \"points\": [{\"text\": \"Interrupted the panel\"}]}".formatted(at(6, 9)),
                202, json);
        call("POST", "/api/v1/applications/{applicationId}/evaluation", acme, """
                {"evaluatedAt": "%s", "points": [{"pointId": "%s", "verdict": "ACCEPTED",
                 "weaknesses": ["communication.active-listening"]}]}"""
                .formatted(at(8, 9), feedback.get("pointIds").get(0).asString()), 202, json);
        call("POST", "/api/v1/candidates/{candidateId}/employer-contacts", candidate, """
                {"employerId": "%s", "contactedAt": "%s", "direction": "OUTBOUND", "channel": "EMAIL",
                 "purpose": "THANK_YOU", "message": "Thank you for the feedback."}"""
                .formatted(employerId, at(8, 10)), 202, json);
        call("POST", "/api/v1/candidates/{candidateId}/practice-sessions", candidate, """
                {"heldOn": "%s", "type": "MOCK_INTERVIEW", "minutes": 45,
                 "weaknesses": ["communication.active-listening"]}""".formatted(on(9)), 202, json);
        call("PUT", "/api/v1/candidates/{candidateId}/weaknesses/{key}/addressed",
                Map.of("candidateId", candidate.get("candidateId"), "key", "communication.active-listening"),
                "{\"note\": \"Practised\"}", 204, null);
        call("PUT", "/api/v1/candidates/{candidateId}/employers/{employerId}/do-not-contact",
                Map.of("candidateId", candidate.get("candidateId"), "employerId", employerId),
                "{\"doNotContact\": true, \"reason\": \"Asked me to stop\"}", 204, null);

        Map<String, String> globex = Map.of("applicationId", call("POST",
                "/api/v1/candidates/{candidateId}/applications", candidate,
                "{\"employerName\": \"Globex\", \"roleTitle\": \"Analyst\", \"appliedOn\": \"%s\"}".formatted(on(1)),
                202, json).get("applicationId").asString());
        call("POST", "/api/v1/applications/{applicationId}/rejection", globex,
                "{\"receivedAt\": \"%s\", \"stageReached\": \"SCREENING\", \"channel\": \"PHONE\"}"
                        .formatted(at(7, 9)), 202, json);
        call("POST", "/api/v1/applications/{applicationId}/feedback-requests", globex,
                "{\"sentAt\": \"%s\", \"channel\": \"PHONE\", \"questions\": [\"improve\"]}".formatted(at(7, 10)),
                202, json);
        call("POST", "/api/v1/applications/{applicationId}/feedback-declined", globex,
                "{\"receivedAt\": \"%s\", \"note\": \"Policy\"}".formatted(at(8, 9)), 202, json);
        Map<String, String> initech = Map.of("applicationId", call("POST",
                "/api/v1/candidates/{candidateId}/applications", candidate,
                "{\"employerName\": \"Initech\", \"roleTitle\": \"Analyst\", \"appliedOn\": \"%s\"}".formatted(on(2)),
                202, json).get("applicationId").asString());
        call("POST", "/api/v1/applications/{applicationId}/offer", initech,
                "{\"receivedAt\": \"%s\"}".formatted(at(10, 9)), 202, json);

        for (String read : List.of("timeline", "weakness-trends", "employer-relationships", "todo", "progress",
                "applications")) {
            call("GET", "/api/v1/candidates/{candidateId}/" + read, candidate, null, 200, json);
        }
        JsonNode toneWarnings = call("POST", "/api/v1/tone-check", Map.of(), "{\"text\": \"That was unfair.\"}", 200,
                json);
        assertThat(toneWarnings.get("toneWarnings").get(0).get("issue").asString()).isEqualTo("BLAMING");
        Map<String, String> organization = Map.of("organizationId", ORGANIZATION);
        call("GET", "/api/v1/organizations/{organizationId}/contact-audit", organization, null, 200, json);
        call("GET", "/api/v1/organizations/{organizationId}/contact-audit", organization, "", null,
                Map.of("Accept", "text/csv"), 200, "text/csv");
        call("GET", "/api/v1/organizations/{organizationId}/analytics", organization, null, 200, json);
        call("GET", "/api/v1/catalogue/weaknesses", Map.of(), null, 200, json);
        call("GET", "/api/v1/catalogue/feedback-questions", Map.of(), null, 200, json);
        call("GET", "/api/v1/admin/projections", Map.of(), null, 200, json);
        Map<String, String> timeline = Map.of("name", "timeline");
        call("POST", "/api/v1/admin/projections/{name}/replay", timeline, null, 202, json);
        call("GET", "/api/v1/admin/projections/{name}/replay", timeline, null, 200, json);

        String newOrganization = call("POST", "/api/v1/organizations", Map.of(), "{\"name\": \"Northside\"}", 202,
                json).get("organizationId").asString();
        JsonNode member = call("POST", "/api/v1/organizations/{organizationId}/members",
                Map.of("organizationId", newOrganization),
                "{\"role\": \"CANDIDATE\", \"displayName\": \"Ada\", \"email\": \"ada@example.org\"}", 202, json);
        assertThat(member.get("token").asString()).startsWith("rbt_");
        assertThat(member.get("candidateId").asString()).isNotBlank();
        Map<String, String> memberIds = Map.of("organizationId", newOrganization,
                "memberId", member.get("memberId").asString());
        String tokenId = call("POST", "/api/v1/organizations/{organizationId}/members/{memberId}/tokens", memberIds,
                "{\"name\": \"laptop\"}", 202, json).get("tokenId").asString();
        Map<String, String> token = new java.util.HashMap<>(memberIds);
        token.put("tokenId", tokenId);
        call("DELETE", "/api/v1/organizations/{organizationId}/members/{memberId}/tokens/{tokenId}", token, null,
                204, null);

        Map<String, String> northside = Map.of("organizationId", newOrganization);
        ApiClient orgAdmin = new ApiClient(port, call("POST", "/api/v1/organizations/{organizationId}/members",
                northside, "{\"role\": \"ORG_ADMIN\", \"displayName\": \"Olga\", \"email\": \"olga@example.org\"}",
                202, json).get("token").asString());
        JsonNode dana = call("POST", "/api/v1/organizations/{organizationId}/members", northside,
                "{\"role\": \"COACH\", \"displayName\": \"Dana\", \"email\": \"dana@example.org\"}", 202, json);
        String coach = dana.get("memberId").asString();
        Map<String, String> ada = Map.of("candidateId", member.get("candidateId").asString());
        api = orgAdmin;
        call("POST", "/api/v1/candidates/{candidateId}/coaches", ada, "{\"coachMemberId\": \"%s\"}".formatted(coach),
                204, null);
        api = new ApiClient(port, member.get("token").asString());
        call("PUT", "/api/v1/candidates/{candidateId}/coach-access", ada, "{\"granted\": true}", 204, null);
        api = new ApiClient(port, dana.get("token").asString());
        JsonNode coachsOwn = call("GET", "/api/v1/coaches/me/candidates", Map.of(), null, 200, json);
        assertThat(coachsOwn.get("items").get(0).get("displayName").asString()).isEqualTo("Ada");
        assertThat(coachsOwn.get("items").get(0).get("accessGranted").asBoolean()).isTrue();
        api = new ApiClient(port, member.get("token").asString());
        call("GET", "/api/v1/candidates/{candidateId}/access-log", ada, null, 200, json);
        call("GET", "/api/v1/candidates/{candidateId}/tokens", ada, null, 200, json);
        api = orgAdmin;
        call("GET", "/api/v1/organizations/{organizationId}/access-log", northside, null, 200, json);

        call("DELETE", "/api/v1/candidates/{candidateId}/personal-data", ada, null, 204, null);

        assertThat(walked).containsExactlyInAnyOrderElementsOf(OPERATIONS);
    }

    @Test
    void everyOperationIsInTheOpenApiDocumentAndNothingElse() {
        JsonNode document = ApiClient.json(new ApiClient(port, null).get("/v3/api-docs"));
        Set<String> documented = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(OPERATIONS);
    }

    /** 1 MiB ({@code rebound.api.max-body-size}) and one byte more: told by Content-Length, or found while reading. */
    @ParameterizedTest
    @CsvSource({"true, false", "false, false", "true, true", "false, true"})
    void bodyOverTheLimitIsContentTooLarge(boolean lengthKnown, boolean idempotencyKey) throws Exception {
        byte[] body = ("{\"employerName\": \"" + "x".repeat(1024 * 1024) + "\", \"roleTitle\": \"Analyst\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/candidates/" + UUID.randomUUID() + "/applications"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(lengthKnown ? HttpRequest.BodyPublishers.ofByteArray(body)
                        : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        if (idempotencyKey) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

            assertThat(ApiClient.problem(response, 413).get("type").asString()).isEqualTo("/problems/body-too-large");
        }
    }
}
