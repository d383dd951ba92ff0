package dev.rebound.web;

import dev.rebound.api.applications.query.ApplicationList;
import dev.rebound.api.applications.query.FindApplications;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.employerrelationships.query.EmployerRelationshipList;
import dev.rebound.api.employerrelationships.query.FindEmployerRelationships;
import dev.rebound.api.progress.query.FindProgress;
import dev.rebound.api.progress.query.Progress;
import dev.rebound.api.timeline.query.FindTimeline;
import dev.rebound.api.timeline.query.TimelinePage;
import dev.rebound.api.todo.query.FindTodo;
import dev.rebound.api.todo.query.TodoList;
import dev.rebound.api.weaknesstrends.query.FindWeaknessTrends;
import dev.rebound.api.weaknesstrends.query.WeaknessTrends;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A candidate's dashboard after weeks of job search, in a real browser: the to-do list first, then the timeline, the
 * weakness-trend chart, the employer relationships and the progress chart; the to-do list and the timeline follow
 * what is recorded meanwhile without a reload. Its screenshot is the one the README shows.
 */
class DashboardBrowserTest extends BrowserTest {

    @Autowired
    QueryGateway queries;

    /** Every fact that {@link #weeksOfJobSearch} records, as the timeline counts them. */
    static final int TIMELINE_ENTRIES = 26;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    @Test
    void showsToDoFirstThenTimelineWeaknessTrendsEmployersAndProgressAndStaysLive() {
        UUID candidate = UUID.randomUUID();
        String hooli = weeksOfJobSearch(candidate);
        await().atMost(PATIENCE).until(() -> query(new FindTodo(organization(), CandidateId.of(candidate)),
                TodoList.class).items().size() == 3
                && query(new FindWeaknessTrends(organization(), CandidateId.of(candidate)), WeaknessTrends.class)
                .items().size() == 4
                && query(new FindProgress(organization(), CandidateId.of(candidate)), Progress.class)
                .items().size() >= 2
                && query(new FindEmployerRelationships(organization(), CandidateId.of(candidate)),
                EmployerRelationshipList.class).items().size() == 6
                && query(new FindApplications(organization(), CandidateId.of(candidate)), ApplicationList.class)
                .items().size() == 6
                && query(new FindTimeline(organization(), CandidateId.of(candidate), null, null, null, null, null, 0,
                1), TimelinePage.class).total() == TIMELINE_ENTRIES);

        signIn();
        open("/candidates/" + candidate);
        assertThat(browser.findElements(By.cssSelector("main > section")))
                .extracting(section -> section.getAttribute("id"))
                .containsExactly("todo", "timeline", "weaknesses", "employers", "progress", "applications");
        // the live stream replaces the list when it connects: an element read during the swap is stale, so read again
        await().atMost(PATIENCE).ignoreException(org.openqa.selenium.StaleElementReferenceException.class)
                .untilAsserted(() -> assertThat(browser.findElements(By.cssSelector("#todo-items .todo-item")))
                        .extracting(item -> item.getAttribute("data-type"))
                        .containsExactly("FEEDBACK_REQUEST_DUE", "EVALUATION_DUE", "FOLLOW_UP_DUE"));
        wait.until(ExpectedConditions.attributeToBe(By.id("weakness-chart"), "data-drawn", "true"));
        wait.until(ExpectedConditions.attributeToBe(By.id("progress-chart"), "data-drawn", "true"));
        assertThat(browser.findElement(By.id("employers-table")).getText())
                .contains("Acme Analytics", "Globex", "Initech", "Hooli", "Umbrella", "Vandelay Industries");
        wait.until(ExpectedConditions.attributeToBe(By.id("todo-items"), "data-live", "connected"));
        wait.until(ExpectedConditions.attributeToBe(By.id("timeline-items"), "data-live", "connected"));

        // recorded elsewhere (here: through the API) while the page is open: it shows up without a reload
        script("window.stillTheSamePage = true;");
        api.accepted("/api/v1/applications/" + hooli + "/rejection", """
                {"receivedAt": "%s", "stageReached": "SCREENING", "channel": "PHONE"}""".formatted(now));
        waitForText(By.id("todo-items"), "Ask Hooli for feedback on the Data Scientist rejection");
        waitForText(By.id("timeline-items"), "Rejected after the screening stage (phone)");
        assertThat(script("return window.stillTheSamePage === true;")).isEqualTo(true);
        WebElement newest = browser.findElements(By.cssSelector("#timeline-items > li")).getFirst();
        assertThat(newest.getText()).contains("Rejection received", "Hooli");

        screenshot("dashboard");
    }

    /** Six employers over six weeks; answers the id of the application at Hooli, still open. */
    private String weeksOfJobSearch(UUID candidateId) {
        String candidate = "/api/v1/candidates/" + candidateId;

        String acme = track(candidate, "Acme Analytics", "Data Analyst", 42);
        api.accepted(app(acme) + "/interviews", "{\"stage\": \"ONSITE\", \"heldOn\": \"%s\"}".formatted(date(33)));
        api.accepted(app(acme) + "/rejection", rejection(ago(31, 0), "ONSITE"));
        api.accepted(app(acme) + "/feedback-requests", request(ago(30, 20)));
        JsonNode acmeFeedback = api.accepted(app(acme) + "/feedback", """
                {"receivedAt": "%s", "giver": {"role": "Hiring manager"}, "specificity": "SPECIFIC", "points": [
                 {"text": "Interrupted the panel several times"}, {"text": "Answers lacked structure"},
                 {"text": "Shallow on statistics"}]}""".formatted(ago(28, 0)));
        api.accepted(app(acme) + "/evaluation", """
                {"evaluatedAt": "%s", "points": [
                 {"pointId": "%s", "verdict": "ACCEPTED", "ringsTrue": 4, "credibility": 5,
                  "weaknesses": ["communication.active-listening"]},
                 {"pointId": "%s", "verdict": "PARTLY", "ringsTrue": 3, "credibility": 4,
                  "weaknesses": ["communication.answer-structure"]},
                 {"pointId": "%s", "verdict": "ACCEPTED", "ringsTrue": 4, "credibility": 4,
                  "weaknesses": ["technology.technical-depth"]}]}""".formatted(ago(26, 0),
                point(acmeFeedback, 0), point(acmeFeedback, 1), point(acmeFeedback, 2)));
        thankYou(candidate, candidateId, "Acme Analytics", ago(30, 18),
                "Thank you for your time and the thoughtful conversation.");

        String globex = track(candidate, "Globex", "Analytics Engineer", 24);
        api.accepted(app(globex) + "/interviews", "{\"stage\": \"TECHNICAL\", \"heldOn\": \"%s\"}".formatted(date(16)));
        api.accepted(app(globex) + "/rejection", rejection(ago(14, 0), "TECHNICAL"));
        api.accepted(app(globex) + "/feedback-requests", request(ago(13, 22)));
        JsonNode globexFeedback = api.accepted(app(globex) + "/feedback", """
                {"receivedAt": "%s", "giver": {"role": "Recruiter"}, "points": [
                 {"text": "Did not listen to the question"}, {"text": "Little dbt experience"}]}"""
                .formatted(ago(11, 0)));
        api.accepted(app(globex) + "/evaluation", """
                {"evaluatedAt": "%s", "points": [
                 {"pointId": "%s", "verdict": "ACCEPTED", "ringsTrue": 5, "credibility": 4,
                  "weaknesses": ["communication.active-listening"]},
                 {"pointId": "%s", "verdict": "ACCEPTED", "ringsTrue": 4, "credibility": 3,
                  "weaknesses": ["technology.tools"]}]}""".formatted(ago(9, 0), point(globexFeedback, 0),
                point(globexFeedback, 1)));
        api.accepted(candidate + "/practice-sessions", """
                {"heldOn": "%s", "type": "MOCK_INTERVIEW", "minutes": 60, "selfRating": 3,
                 "weaknesses": ["communication.active-listening"]}""".formatted(date(7)));
        api.accepted(candidate + "/practice-sessions", """
                {"heldOn": "%s", "type": "COURSE", "minutes": 90,
                 "weaknesses": ["technology.technical-depth"]}""".formatted(date(4)));

        // open items: feedback to ask for (Initech), feedback to evaluate (Vandelay), a follow-up (Umbrella)
        String initech = track(candidate, "Initech", "BI Developer", 12);
        api.accepted(app(initech) + "/rejection", rejection(ago(2, 0), "TECHNICAL"));
        String vandelay = track(candidate, "Vandelay Industries", "Data Analyst", 9);
        api.accepted(app(vandelay) + "/rejection", rejection(ago(3, 0), "PANEL"));
        api.accepted(app(vandelay) + "/feedback-requests", request(ago(2, 22)));
        api.accepted(app(vandelay) + "/feedback", """
                {"receivedAt": "%s", "points": [{"text": "Strong case study, slow on SQL"}]}""".formatted(ago(0, 10)));
        String umbrella = track(candidate, "Umbrella", "Senior Analyst", 10);
        api.accepted(app(umbrella) + "/rejection", rejection(ago(6, 0), "FINAL"));
        api.accepted(app(umbrella) + "/feedback-requests", request(ago(5, 22)));

        String hooli = track(candidate, "Hooli", "Data Scientist", 5);
        api.accepted(app(hooli) + "/interviews", "{\"stage\": \"SCREENING\", \"heldOn\": \"%s\"}".formatted(date(2)));
        return hooli;
    }

    private String track(String candidate, String employer, String role, int daysAgo) {
        return api.accepted(candidate + "/applications", """
                {"employerName": "%s", "roleTitle": "%s", "appliedOn": "%s", "source": "job board"}"""
                .formatted(employer, role, date(daysAgo))).get("applicationId").asString();
    }

    private void thankYou(String candidate, UUID candidateId, String employerName, Instant at, String message) {
        EmployerId employer = EmployerId.forCandidate(CandidateId.of(candidateId), employerName);
        api.accepted(candidate + "/employer-contacts", """
                {"employerId": "%s", "contactedAt": "%s", "direction": "OUTBOUND", "channel": "EMAIL",
                 "purpose": "THANK_YOU", "message": "%s"}""".formatted(employer, at, message));
    }

    private static String app(String application) {
        return "/api/v1/applications/" + application;
    }

    private static String point(JsonNode feedback, int index) {
        return feedback.get("pointIds").get(index).asString();
    }

    private static String rejection(Instant at, String stage) {
        return "{\"receivedAt\": \"%s\", \"stageReached\": \"%s\", \"channel\": \"EMAIL\"}".formatted(at, stage);
    }

    private static String request(Instant at) {
        return "{\"sentAt\": \"%s\", \"channel\": \"EMAIL\", \"questions\": [\"weak-areas\", \"improve\"]}"
                .formatted(at);
    }

    private Instant ago(int days, int hours) {
        return now.minus(Duration.ofDays(days)).minus(Duration.ofHours(hours));
    }

    private LocalDate date(int daysAgo) {
        return LocalDate.ofInstant(ago(daysAgo, 0), ZoneOffset.UTC);
    }

    private <R> R query(Object query, Class<R> type) {
        return queries.query(query, type).join();
    }
}
