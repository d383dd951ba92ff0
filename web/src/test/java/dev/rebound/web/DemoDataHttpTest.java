package dev.rebound.web;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.testsupport.PostgresDatabase;
import dev.rebound.web.demo.DemoAtStartup;
import dev.rebound.web.demo.DemoReport;
import dev.rebound.web.demo.DemoSeeder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo switch over HTTP on PostgreSQL: started with {@code rebound.demo=true}, the application seeds the default
 * organization after startup, and every view of the demo candidates tells their story; seeding again (a restart
 * with {@code --demo}) adds no event.
 */
// A context of its own, not @ReboundHttpTest: rebound.demo seeds the default organization at startup, and the test
// counts what it seeded. Closed after the class (@DirtiesContext), so that its event processors do not keep polling
// while the other classes run.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rebound.bootstrap-token=" + DemoDataHttpTest.TOKEN,
                "rebound.demo=true",
                // reminders stay pending, so the event count only changes with what the seeder sends
                "rebound.deadlines.polling-interval=1h"})
@PostgresDatabase
@DirtiesContext
class DemoDataHttpTest {

    static final String TOKEN = "demo-token";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    DemoAtStartup demo;

    @Autowired
    DemoSeeder seeder;

    @Autowired
    WebProperties properties;

    @Autowired
    DataSource dataSource;

    @Test
    void theDemoCandidatesTellTheirStoriesInEveryView() {
        ApiClient api = new ApiClient(port, TOKEN);
        assertThat(api.get("/actuator/health").statusCode()).isEqualTo(200);
        DemoReport report = seeded();
        assertThat(report.failures()).isEmpty();
        assertThat(report.candidates()).hasSize(4);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(lagging(api)).isEmpty());

        String maya = candidate(report, "Maya Okafor");
        String jonas = candidate(report, "Jonas Lindqvist");
        String priya = candidate(report, "Priya Raman");
        String sam = candidate(report, "Sam Becker");

        // months of history, each candidate at several employers
        for (String candidate : List.of(maya, jonas, priya, sam)) {
            assertThat(items(api, candidate + "/employer-relationships")).hasSizeBetween(4, 8);
            assertThat(ApiClient.json(api.get(candidate + "/timeline?size=1")).get("total").asInt()).isGreaterThan(25);
            assertThat(items(api, candidate + "/progress")).hasSizeGreaterThanOrEqualTo(3);
        }

        // a weakness three employers named, being practised; one marked addressed; one left by later feedback
        List<JsonNode> mayaWeaknesses = items(api, maya + "/weakness-trends");
        JsonNode rambling = weakness(mayaWeaknesses, "communication.answer-structure");
        assertThat(rambling.get("recurring").asBoolean()).isTrue();
        assertThat(rambling.get("distinctEmployers").asInt()).isEqualTo(3);
        assertThat(rambling.get("status").asString()).isEqualTo("IMPROVING");
        assertThat(rambling.get("practiceMinutes").asInt()).isGreaterThan(0);
        assertThat(weakness(mayaWeaknesses, "technology.technical-depth").get("status").asString())
                .isEqualTo("ADDRESSED");
        assertThat(weakness(mayaWeaknesses, "career-development.questions-asked").get("status").asString())
                .isEqualTo("ADDRESSED");
        assertThat(weakness(items(api, jonas + "/weakness-trends"), "communication.active-listening")
                .get("recurring").asBoolean()).isTrue();
        assertThat(weakness(items(api, sam + "/weakness-trends"), "career-development.experience-gap")
                .get("distinctEmployers").asInt()).isEqualTo(3);

        // offers, a decline, a do-not-contact employer
        List<JsonNode> mayaEmployers = items(api, maya + "/employer-relationships");
        assertThat(employer(mayaEmployers, "Quillstone Media").get("furthestStage").asString()).isEqualTo("FINAL");
        assertThat(employer(mayaEmployers, "Cobalt Insurance Group").get("feedbackStatus").asString())
                .isEqualTo("DECLINED");
        assertThat(employer(mayaEmployers, "Northwind Analytics").get("thankYouSent").asBoolean()).isTrue();
        assertThat(items(api, maya + "/progress").stream().mapToInt(month -> month.get("offers").asInt()).sum())
                .isEqualTo(1);
        JsonNode meridian = employer(items(api, jonas + "/employer-relationships"), "Meridian Retail Group");
        assertThat(meridian.get("doNotContact").asBoolean()).isTrue();
        assertThat(meridian.get("furthestStage").asString()).isEqualTo("FINAL");
        assertThat(timelineTypes(api, priya)).contains("OfferReceived", "FeedbackDeclined", "FeedbackEvaluated",
                "PracticeSessionLogged", "WeaknessMarkedAddressed", "EmployerContacted");

        // what is due: a feedback request, a follow-up, an evaluation
        assertThat(todoTypes(api, jonas)).contains("FEEDBACK_REQUEST_DUE", "FOLLOW_UP_DUE");
        assertThat(todoTypes(api, priya)).contains("EVALUATION_DUE");
        assertThat(todoTypes(api, sam)).contains("FEEDBACK_REQUEST_DUE");
        assertThat(todoTypes(api, maya)).as("after her offer, nothing is left to do").isEmpty();

        // the angry e-mail and the demanding question are in the audit with their tone warnings
        String organization = "/api/v1/organizations/" + properties.defaultOrganizationId();
        List<JsonNode> meridianContacts = items(api, organization + "/contact-audit?employer=meridian&size=200");
        assertThat(meridianContacts).hasSize(2);
        assertThat(meridianContacts.stream().flatMap(contact -> contact.get("toneWarnings").valueStream())
                .map(warning -> warning.get("issue").asString()))
                .contains("HOSTILE", "BLAMING", "DEFENSIVE", "DEMANDING_JUSTIFICATION");
        List<JsonNode> audit = items(api, organization + "/contact-audit?size=200");
        assertThat(audit).filteredOn(contact -> "FEEDBACK_REQUEST".equals(contact.get("purpose").asString())
                && !contact.get("toneWarnings").isEmpty()).hasSize(1);
        assertThat(audit).filteredOn(contact -> "THANK_YOU".equals(contact.get("purpose").asString()))
                .hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(contact -> assertThat(contact.get("toneWarnings").isEmpty()).isTrue());

        // the cohort figures: four demo candidates are fewer than the default minimum cohort of five, so the
        // analytics are withheld as they would be for any organization that small
        JsonNode analytics = ApiClient.json(api.get(organization + "/analytics"));
        assertThat(analytics.get("suppressed").asBoolean()).isTrue();
        assertThat(analytics.get("suppressedReason").asString()).startsWith("Fewer than 5 candidates");
        assertThat(analytics.get("candidates").isNull()).isTrue();
        assertThat(analytics.get("weaknessByCompetency").isNull()).isTrue();
    }

    @Test
    void seedingAgainAddsNoEvent() {
        DemoReport first = seeded();
        assertThat(first.failures()).isEmpty();
        long events = events();
        assertThat(events).isGreaterThan(150);

        demo.run(new DefaultApplicationArguments("--demo"));
        DemoReport restart = seeded();
        assertThat(restart.complete()).isTrue();
        assertThat(restart.unitsSeeded()).isZero();
        assertThat(restart.commandsSent()).isZero();
        assertThat(restart.unitsPresent()).isEqualTo(first.unitsSeeded() + first.unitsPresent());
        assertThat(restart.candidates()).isEqualTo(first.candidates());

        DemoReport again = seeder.seed(OrganizationId.of(properties.defaultOrganizationId()));
        assertThat(again.unitsSeeded()).isZero();
        assertThat(again.failures()).isEmpty();
        assertThat(events()).isEqualTo(events);
    }

    private DemoReport seeded() {
        return await().atMost(PATIENCE).until(() -> demo.report().orElse(null), report -> report != null);
    }

    private long events() {
        return JdbcClient.create(dataSource).sql("SELECT count(*) FROM domain_event_entry").query(Long.class)
                .single();
    }

    private static String candidate(DemoReport report, String name) {
        return "/api/v1/candidates/" + report.candidates().stream().filter(candidate -> candidate.name().equals(name))
                .findFirst().orElseThrow().candidateId();
    }

    private static List<JsonNode> items(ApiClient api, String path) {
        var response = api.get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return ApiClient.json(response).get("items").valueStream().toList();
    }

    private static JsonNode weakness(List<JsonNode> trends, String key) {
        return only(trends, trend -> trend.get("key").asString().equals(key), key);
    }

    private static JsonNode employer(List<JsonNode> relationships, String name) {
        return only(relationships, relationship -> relationship.get("employerName").asString().equals(name), name);
    }

    private static JsonNode only(List<JsonNode> items, Predicate<JsonNode> matching, String what) {
        List<JsonNode> found = items.stream().filter(matching).toList();
        assertThat(found).as(what + " in " + items).hasSize(1);
        return found.getFirst();
    }

    private static List<String> timelineTypes(ApiClient api, String candidate) {
        return items(api, candidate + "/timeline?size=200").stream().map(entry -> entry.get("type").asString())
                .toList();
    }

    private static List<String> todoTypes(ApiClient api, String candidate) {
        return items(api, candidate + "/todo").stream().map(item -> item.get("type").asString()).toList();
    }

    /** Read models not yet at the event store's head. */
    private static List<String> lagging(ApiClient api) {
        return ApiClient.json(api.get("/api/v1/admin/projections")).get("items").valueStream()
                .filter(model -> model.get("position").asLong() < model.get("headPosition").asLong())
                .map(model -> model.get("name").asString())
                .toList();
    }
}
