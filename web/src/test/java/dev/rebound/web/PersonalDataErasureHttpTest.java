package dev.rebound.web;

import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.privacy.PersonalData;
import dev.rebound.testsupport.DatabaseDump;
import dev.rebound.testsupport.PostgresDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The right to erasure end to end on PostgreSQL: a unique marker is planted through the API in every kind of
 * personal field (names, e-mails, contact names, feedback texts, messages, notes, a token's name, and a dead letter's
 * cause), the candidate is erased, and no copy of the marker is left in a full dump of the database — event store,
 * read models, dead letters, tokens, idempotency answers, deadlines — not even after every read model is replayed.
 */
// A context of its own, not @ReboundHttpTest: its probe projection fails every rejection, and it dumps the whole
// database. Closed after the class (@DirtiesContext), so that its event processors do not keep polling while the other
// classes run.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rebound.bootstrap-token=" + PersonalDataErasureHttpTest.TOKEN,
                "rebound.deadlines.polling-interval=1h"})
@PostgresDatabase
@DirtiesContext
class PersonalDataErasureHttpTest {

    static final String TOKEN = "erasure-token";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    private final String marker = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(20));

    private String at(int days, int hours) {
        return start.plus(Duration.ofDays(days)).plus(Duration.ofHours(hours)).toString();
    }

    private String on(int days) {
        return LocalDate.ofInstant(start.plus(Duration.ofDays(days)), ZoneOffset.UTC).toString();
    }

    /** Fails every rejection it sees, quoting the rejection's reason the way a careless error message would. */
    @ProcessingGroup("erasure-probe")
    static class LeakyProjection {

        @EventHandler
        void on(RejectionReceived event) {
            throw new IllegalStateException("Cannot handle the rejection: " + event.reasonGiven());
        }
    }

    @TestConfiguration
    static class Probe {

        @Bean
        LeakyProjection leakyProjection() {
            return new LeakyProjection();
        }
    }

    private DatabaseDump dump() {
        return DatabaseDump.of(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
    }

    @Test
    void noCopyOfAnErasedCandidatesPersonalDataIsLeftAnywhereAndReplaysStillWork() {
        ApiClient platform = new ApiClient(port, TOKEN);
        String org = platform.accepted("/api/v1/organizations", "{\"name\": \"Northside\"}")
                .get("organizationId").asString();
        ApiClient admin = new ApiClient(port, platform.accepted("/api/v1/organizations/" + org + "/members",
                "{\"role\": \"ORG_ADMIN\", \"displayName\": \"Olga Admin\", \"email\": \"olga@example.org\"}")
                .get("token").asString());
        JsonNode member = platform.accepted("/api/v1/organizations/" + org + "/members", """
                {"role": "CANDIDATE", "displayName": "Ada %1$s", "email": "%1$s@example.org"}""".formatted(marker));
        String candidateId = member.get("candidateId").asString();
        ApiClient ada = new ApiClient(port, member.get("token").asString());
        String candidate = "/api/v1/candidates/" + candidateId;
        ada.accepted("/api/v1/organizations/" + org + "/members/" + member.get("memberId").asString() + "/tokens",
                "{\"name\": \"laptop of %s\"}".formatted(marker));

        recordEveryKindOfPersonalField(ada, candidate);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM dead_letter_entry WHERE processing_group = 'erasure-probe'")
                .query(Long.class).single()).isPositive());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ApiClient.json(admin.get(
                "/api/v1/organizations/" + org + "/contact-audit")).get("total").asInt()).isEqualTo(3));
        DatabaseDump before = dump();
        assertThat(before.contains(marker)).as("the marker is in the read models before the erasure").isTrue();
        System.out.println("PersonalDataErasureHttpTest dumps with " + before.method());

        assertThat(ada.send("DELETE", candidate + "/personal-data", null).statusCode()).isEqualTo(204);

        await().atMost(PATIENCE).untilAsserted(() -> {
            DatabaseDump dump = dump();
            assertThat(dump.linesWith(marker)).as("lines of the dump (%s) with the marker", dump.method()).isEmpty();
        });
        JsonNode timeline = ApiClient.json(admin.get(candidate + "/timeline?size=200"));
        assertThat(timeline.get("items").findValuesAsString("summary"))
                .contains("Erased the personal data", "Rejected after the onsite stage (email): " + PersonalData.ERASED);
        JsonNode audit = ApiClient.json(admin.get("/api/v1/organizations/" + org + "/contact-audit"));
        assertThat(audit.get("items").findValuesAsString("contactName")).contains(PersonalData.ERASED)
                .noneMatch(name -> name.contains("Dana"));
        assertThat(ada.send("DELETE", candidate + "/personal-data", null).statusCode()).isEqualTo(204);

        List<String> views = List.of(candidate + "/timeline?size=200", candidate + "/employer-relationships",
                candidate + "/weakness-trends", "/api/v1/organizations/" + org + "/contact-audit");
        Map<String, String> erased = new java.util.LinkedHashMap<>();
        views.forEach(view -> erased.put(view, admin.get(view).body()));
        List<String> readModels = List.of("timeline", "weakness-trends", "employer-relationships", "contact-audit",
                "todo", "progress", "analytics");
        readModels.forEach(name -> platform.accepted("/api/v1/admin/projections/" + name + "/replay", null));
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String name : readModels) {
                JsonNode status = ApiClient.json(platform.get("/api/v1/admin/projections/" + name + "/replay"));
                assertThat(status.get("state").asString()).as(name).isEqualTo("DONE");
            }
        });
        views.forEach(view -> assertThat(admin.get(view).body()).as(view).isEqualTo(erased.get(view)));
        assertThat(dump().linesWith(marker)).isEmpty();
    }

    private void recordEveryKindOfPersonalField(ApiClient ada, String candidate) {
        JsonNode tracked = ada.accepted(candidate + "/applications", """
                {"employerName": "Acme", "roleTitle": "Data Analyst", "appliedOn": "%s"}""".formatted(on(0)));
        String acme = "/api/v1/applications/" + tracked.get("applicationId").asString();
        String employerId = tracked.get("employerId").asString();
        ada.accepted(acme + "/interviews", """
                {"stage": "ONSITE", "heldOn": "%s", "interviewers": ["Grace %2$s"],
                 "reflection": {"preparedBehavioralAnswers": true, "notes": "I rambled, %2$s"}}"""
                .formatted(on(3), marker));
        ada.accepted(acme + "/rejection", """
                {"receivedAt": "%s", "stageReached": "ONSITE", "channel": "EMAIL", "reasonGiven": "%s chose another"}"""
                .formatted(at(5, 9), marker));
        ada.accepted(acme + "/feedback-requests", """
                {"sentAt": "%s", "channel": "EMAIL", "contactName": "Dana %2$s",
                 "questions": ["weak-areas", {"text": "What about %2$s?"}]}""".formatted(at(5, 12), marker));
        JsonNode feedback = ada.accepted(acme + "/feedback", """
                {"receivedAt": "%s", "points": [{"text": "Interrupted %2$s"}],
                 "giver": {"name": "Grace %2$s", "role": "lead of %2$s"}, "specificity": "SPECIFIC"}"""
                .formatted(at(6, 9), marker));
        ada.accepted(acme + "/evaluation", """
                {"evaluatedAt": "%s", "points": [{"pointId": "%s", "verdict": "ACCEPTED", "ringsTrue": 4,
                 "credibility": 4, "weaknesses": ["communication.active-listening"]}], "fitNotes": "fit %s"}"""
                .formatted(at(8, 9), feedback.get("pointIds").get(0).asString(), marker));
        assertThat(ada.send("POST", candidate + "/employer-contacts", """
                {"employerId": "%s", "contactedAt": "%s", "direction": "OUTBOUND", "channel": "EMAIL",
                 "purpose": "THANK_YOU", "contactName": "Dana %3$s",
                 "message": "That was unfair, %3$s, but thank you."}""".formatted(employerId, at(8, 10), marker),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).statusCode()).isEqualTo(202);
        ada.accepted(candidate + "/practice-sessions", """
                {"heldOn": "%s", "type": "MOCK_INTERVIEW", "minutes": 45, "notes": "with %s",
                 "weaknesses": ["communication.active-listening"]}""".formatted(on(9), marker));
        assertThat(ada.send("PUT", candidate + "/weaknesses/communication.active-listening/addressed",
                "{\"note\": \"done %s\"}".formatted(marker)).statusCode()).isEqualTo(204);
        assertThat(ada.send("PUT", candidate + "/employers/" + employerId + "/do-not-contact",
                "{\"doNotContact\": true, \"reason\": \"asked by %s\"}".formatted(marker)).statusCode())
                .isEqualTo(204);
        assertThat(ada.send("PUT", candidate + "/employers/" + employerId + "/do-not-contact",
                "{\"doNotContact\": false, \"reason\": \"made up with %s\"}".formatted(marker)).statusCode())
                .isEqualTo(204);

        String globex = "/api/v1/applications/" + ada.accepted(candidate + "/applications",
                "{\"employerName\": \"Globex\", \"roleTitle\": \"Analyst\"}").get("applicationId").asString();
        ada.accepted(globex + "/rejection", """
                {"receivedAt": "%s", "stageReached": "SCREENING", "channel": "PHONE"}""".formatted(at(7, 9)));
        ada.accepted(globex + "/feedback-requests", """
                {"sentAt": "%s", "channel": "PHONE", "questions": ["improve"]}""".formatted(at(7, 10)));
        ada.accepted(globex + "/feedback-declined", """
                {"receivedAt": "%s", "note": "policy, says %s"}""".formatted(at(8, 9), marker));
        String initech = "/api/v1/applications/" + ada.accepted(candidate + "/applications",
                "{\"employerName\": \"Initech\", \"roleTitle\": \"Analyst\"}").get("applicationId").asString();
        ada.accepted(initech + "/offer", """
                {"receivedAt": "%s", "note": "offer from %s"}""".formatted(at(10, 9), marker));
    }
}
