package dev.rebound.web;

import dev.rebound.api.applications.query.ApplicationList;
import dev.rebound.api.applications.query.FindApplications;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.contactaudit.query.ContactAuditCriteria;
import dev.rebound.api.contactaudit.query.ContactAuditEntry;
import dev.rebound.api.contactaudit.query.ContactAuditPage;
import dev.rebound.api.contactaudit.query.FindContactAudit;
import dev.rebound.api.employerrelationships.query.EmployerRelationshipList;
import dev.rebound.api.employerrelationships.query.FindEmployerRelationships;
import dev.rebound.api.improvement.WeaknessStatus;
import dev.rebound.api.weaknesstrends.query.FindWeaknessTrends;
import dev.rebound.api.weaknesstrends.query.WeaknessTrends;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The forms that record the feedback cycle, in a real browser: a rejection recorded through the form shows on the
 * timeline, feedback is evaluated point by point with weakness tags (and a warning while it is still cooling off),
 * a harsh message to an employer shows its tone warnings before it is sent, and an offer, an employer's decline to
 * give feedback, a do-not-contact mark (set and lifted) and a weakness marked addressed are recorded from the
 * dashboard's panels.
 */
class CandidateFormsBrowserTest extends BrowserTest {

    @Autowired
    QueryGateway queries;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void signedIn() {
        signIn();
    }

    @Test
    void recordsARejectionThroughTheFormAndShowsItOnTheTimeline() {
        UUID candidate = UUID.randomUUID();
        open("/candidates/" + candidate + "/applications/new");
        submit(By.cssSelector("main form"));
        WebElement problems = waitFor(By.id("error-summary"));
        assertThat(browser.switchTo().activeElement()).as("the error summary has the focus").isEqualTo(problems);
        assertThat(browser.findElement(By.id("employerName")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("employerName-error")).getText()).contains("must not be blank");
        screenshot("application-form-errors");

        browser.findElement(By.id("employerName")).sendKeys("Initech");
        browser.findElement(By.id("roleTitle")).sendKeys("BI Developer");
        submit(By.cssSelector("main form"));
        waitForText(By.id("notice"), "Your application for BI Developer at Initech is tracked.");

        browser.findElement(By.linkText("Record the rejection")).click();
        waitForText(By.tagName("h1"), "Record the rejection");
        new Select(browser.findElement(By.id("stageReached"))).selectByValue("ONSITE");
        new Select(browser.findElement(By.id("channel"))).selectByValue("EMAIL");
        browser.findElement(By.id("reasonGiven")).sendKeys("They chose an internal candidate");
        screenshot("rejection-form");
        submit(By.cssSelector("main form"));

        waitForText(By.id("notice"), "The rejection is recorded.");
        waitForText(By.id("timeline-items"),
                "Rejected after the onsite stage (email): They chose an internal candidate");
        waitForText(By.id("todo-items"), "Ask Initech for feedback on the BI Developer rejection");
        assertThat(browser.findElements(By.cssSelector("#timeline-items > li")).getFirst().getText())
                .as("the rejection is the newest entry").contains("Rejection received");
        screenshot("timeline-after-rejection");
    }

    @Test
    void evaluatesFeedbackPointByPointWithWeaknessTagsAndWarnsWhileItCoolsOff() {
        UUID candidate = UUID.randomUUID();
        String application = trackRejectedApplication(candidate, "Globex", "Analytics Engineer");
        api.accepted("/api/v1/applications/" + application + "/feedback-requests", """
                {"sentAt": "%s", "channel": "EMAIL", "questions": ["weak-areas"]}""".formatted(ago(2, 20)));
        api.accepted("/api/v1/applications/" + application + "/feedback", """
                {"receivedAt": "%s", "points": [{"text": "Did not listen to the question"},
                 {"text": "Too much jargon"}], "giver": {"role": "Hiring manager"}}""".formatted(ago(0, 2)));
        await().atMost(PATIENCE).until(() -> queries.query(new FindApplications(organization(),
                CandidateId.of(candidate)), ApplicationList.class).join().items().stream()
                .anyMatch(tracked -> tracked.points().size() == 2));

        open("/candidates/" + candidate + "/applications/" + application + "/evaluation");
        assertThat(waitFor(By.id("cooling-off-warning")).getText()).contains("You are evaluating early");
        assertThat(browser.findElements(By.cssSelector("fieldset.point > legend")))
                .extracting(WebElement::getText)
                .containsExactly("Point 1: “Did not listen to the question”", "Point 2: “Too much jargon”");
        check("input[name='points[0].verdict'][value='ACCEPTED']");
        new Select(browser.findElement(By.name("points[0].ringsTrue"))).selectByValue("4");
        new Select(browser.findElement(By.name("points[0].credibility"))).selectByValue("5");
        check("input[name='points[0].weaknesses'][value='communication.active-listening']");
        check("input[name='points[0].weaknesses'][value='communication.answer-structure']");
        check("input[name='points[1].verdict'][value='REJECTED']");
        screenshot("evaluation-form");

        // sent without saying it is early: the domain's rule comes back in words, and nothing chosen is lost
        submit(By.cssSelector("main form"));
        assertThat(waitFor(By.id("error-summary")).getText()).contains("its cooling-off period ends at")
                .contains("mark the evaluation as early");
        assertThat(browser.findElement(By.cssSelector(
                "input[name='points[0].weaknesses'][value='communication.answer-structure']")).isSelected()).isTrue();
        screenshot("evaluation-cooling-off-refused");

        check("input[name='early']");
        submit(By.cssSelector("main form"));
        waitForText(By.id("notice"), "Your evaluation of 2 points is recorded");
        waitForText(By.id("timeline-items"), "Evaluated feedback early: 1 accepted, 0 partly, 1 rejected");

        await().atMost(PATIENCE).until(() -> queries.query(new FindWeaknessTrends(organization(),
                CandidateId.of(candidate)), WeaknessTrends.class).join().items().size() == 2);
        browser.navigate().refresh();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("weakness-table")))
                .getAttribute("textContent"))
                .contains("Communication › Active listening").contains("Communication › Answer structure");
        wait.until(ExpectedConditions.attributeToBe(By.id("weakness-chart"), "data-drawn", "true"));
    }

    @Test
    void showsToneWarningsForAHarshMessageBeforeItIsSent() {
        UUID candidate = UUID.randomUUID();
        JsonNode tracked = api.accepted("/api/v1/candidates/" + candidate + "/applications",
                "{\"employerName\": \"Hooli\", \"roleTitle\": \"Data Scientist\"}");
        String employer = tracked.get("employerId").asString();
        await().atMost(PATIENCE).until(() -> !queries.query(new FindEmployerRelationships(organization(),
                CandidateId.of(candidate)), EmployerRelationshipList.class).join().items().isEmpty());

        open("/candidates/" + candidate + "/employer-contacts/new?employerId=" + employer);
        WebElement message = browser.findElement(By.id("message"));
        message.sendKeys("Thank you for your time last week.");
        waitForText(By.id("tone-preview"), "Tone check: no warnings.");

        message.sendKeys(" Honestly, the process was unfair and a waste of my time.");
        waitForText(By.id("tone-preview"), "Tone warnings");
        assertThat(browser.findElements(By.cssSelector("#tone-preview .tone-warning")))
                .extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Blaming").contains("“unfair”"))
                .anySatisfy(text -> assertThat(text).startsWith("Hostile").contains("“waste of my time”"));
        assertThat(audit(candidate)).as("nothing is sent while the tone is checked").isEmpty();
        screenshot("tone-warnings-while-typing");

        // sending asks once more, with the warnings in view
        submit(By.cssSelector("main form"));
        assertThat(waitFor(By.id("confirm-tone")).getText()).contains("Check the tone before you send");
        assertThat(browser.findElements(By.cssSelector("#tone-preview .tone-warning"))).hasSize(2);
        WebElement sendAnyway = browser.findElement(By.cssSelector("main form button[type=submit]"));
        assertThat(sendAnyway.getText()).isEqualTo("Send it anyway");
        screenshot("tone-warnings-before-sending");
        sendAnyway.click();

        waitForText(By.id("notice"), "The contact is logged, with 2 tone warnings recorded.");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(audit(candidate)).singleElement()
                .satisfies(entry -> assertThat(entry.toneWarnings()).hasSize(2)));
    }

    @Test
    void recordsAnOfferADeclineDoNotContactAndAnAddressedWeaknessThroughThePages() {
        UUID candidate = UUID.randomUUID();
        CandidateId id = CandidateId.of(candidate);
        String offered = api.accepted("/api/v1/candidates/" + candidate + "/applications",
                "{\"employerName\": \"Umbrella\", \"roleTitle\": \"Data Engineer\"}").get("applicationId").asString();
        String declined = trackRejectedApplication(candidate, "Soylent", "Analyst");
        api.accepted("/api/v1/candidates/" + candidate + "/practice-sessions", """
                {"heldOn": "%s", "type": "MOCK_INTERVIEW", "minutes": 45,
                 "weaknesses": ["communication.active-listening"]}""".formatted(ago(1, 0).toString().substring(0, 10)));
        await().atMost(PATIENCE).until(() -> queries.query(new FindApplications(organization(), id),
                ApplicationList.class).join().items().size() == 2
                && queries.query(new FindEmployerRelationships(organization(), id), EmployerRelationshipList.class)
                .join().items().size() == 2
                && !queries.query(new FindWeaknessTrends(organization(), id), WeaknessTrends.class).join().items()
                .isEmpty());
        String dashboard = "/candidates/" + candidate;
        open(dashboard);
        assertThat(browser.findElements(By.cssSelector("#applications-table a[href$='/offer']")))
                .as("an offer only for the open application").singleElement()
                .satisfies(link -> assertThat(link.getAttribute("href")).contains(offered));
        assertThat(browser.findElements(By.cssSelector("#applications-table a[href$='/feedback-declined']")))
                .as("a decline only after the rejection").singleElement()
                .satisfies(link -> assertThat(link.getAttribute("href")).contains(declined));

        // the offer: a missing time is said next to its field, then the offer is on the timeline
        browser.findElement(By.cssSelector("#applications-table a[href$='/offer']")).click();
        waitForText(By.tagName("h1"), "Record the offer");
        script("arguments[0].value = ''", browser.findElement(By.id("receivedAt")));
        submit(By.id("offer-form"));
        assertThat(waitFor(By.id("receivedAt-error")).getText()).contains("must not be null");
        screenshot("offer-form-errors");
        script("arguments[0].value = arguments[1]", browser.findElement(By.id("receivedAt")), localTime(ago(0, 3)));
        browser.findElement(By.id("note")).sendKeys("Starting in March");
        screenshot("offer-form");
        submit(By.id("offer-form"));
        waitForText(By.id("notice"), "Congratulations: the offer is recorded.");
        waitForText(By.id("timeline-items"), "Received an offer: Starting in March");
        // the domain's rule, in its own words, for a second offer
        open(dashboard + "/applications/" + offered + "/offer");
        submit(By.id("offer-form"));
        assertThat(waitFor(By.id("error-summary")).getText())
                .contains("An offer is already recorded for this application.");
        screenshot("offer-refused");

        open(dashboard);
        browser.findElement(By.cssSelector("#applications-table a[href$='/feedback-declined']")).click();
        waitForText(By.tagName("h1"), "The employer declined to give feedback");
        browser.findElement(By.id("note")).sendKeys("They never give individual feedback");
        screenshot("feedback-declined-form");
        submit(By.id("feedback-declined-form"));
        waitForText(By.id("notice"), "The employer's decline is recorded");
        waitForText(By.id("timeline-items"),
                "The employer declined to give feedback: They never give individual feedback");

        // do-not-contact on the employer relationships panel: set, shown, lifted
        employerAction("Soylent").click();
        waitForText(By.tagName("h1"), "Mark Soylent do-not-contact");
        browser.findElement(By.id("reason")).sendKeys("They asked not to be contacted");
        screenshot("do-not-contact-form");
        submit(By.id("do-not-contact-form"));
        waitForText(By.id("notice"), "Soylent is marked do-not-contact");
        waitForText(By.id("timeline-items"), "Marked the employer do-not-contact: They asked not to be contacted");
        await().atMost(PATIENCE).until(() -> doNotContact(id, "Soylent"));
        browser.navigate().refresh();
        WebElement soylent = waitFor(By.xpath("//table[@id='employers-table']//tr[th='Soylent']"));
        assertThat(soylent.getText()).contains("Do not contact").contains("Lift the mark");
        assertThat(soylent.findElements(By.cssSelector("a[href*='employer-contacts']"))).as("no contact offered")
                .isEmpty();
        employerAction("Soylent").click();
        waitForText(By.tagName("h1"), "Contact Soylent again");
        screenshot("do-not-contact-lift-form");
        submit(By.id("do-not-contact-form"));
        waitForText(By.id("notice"), "Soylent may be contacted again.");
        waitForText(By.id("timeline-items"), "The employer may be contacted again");
        await().atMost(PATIENCE).until(() -> !doNotContact(id, "Soylent"));

        // a weakness marked addressed on the weakness trends panel
        open(dashboard);
        WebElement mark = waitFor(By.cssSelector(
                "#weakness-actions li[data-key='communication.active-listening'] a"));
        assertThat(mark.getText()).contains("Mark addressed");
        mark.click();
        waitForText(By.tagName("h1"), "Mark a weakness addressed");
        assertThat(browser.findElement(By.cssSelector(".weakness-name")).getText())
                .contains("Communication › Active listening").contains("improving");
        browser.findElement(By.id("note")).sendKeys("Mock interviews helped");
        screenshot("weakness-addressed-form");
        submit(By.id("weakness-addressed-form"));
        waitForText(By.id("notice"), "Communication › Active listening is marked addressed.");
        waitForText(By.id("timeline-items"),
                "Marked communication.active-listening as addressed: Mock interviews helped");
        await().atMost(PATIENCE).until(() -> queries.query(new FindWeaknessTrends(organization(), id),
                WeaknessTrends.class).join().items().getFirst().status() == WeaknessStatus.ADDRESSED);
        browser.navigate().refresh();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("weakness-table")))
                .getAttribute("textContent")).contains("Addressed");
        assertThat(browser.findElements(By.id("weakness-actions"))).as("nothing left to mark").isEmpty();
        screenshot("dashboard-after-offer-decline-and-marks");
    }

    private WebElement employerAction(String employer) {
        return waitFor(By.xpath("//table[@id='employers-table']//tr[th='" + employer
                + "']//a[contains(@class, 'do-not-contact')]"));
    }

    private boolean doNotContact(CandidateId candidate, String employer) {
        return queries.query(new FindEmployerRelationships(organization(), candidate), EmployerRelationshipList.class)
                .join().items().stream().anyMatch(entry -> entry.employerName().equals(employer)
                        && entry.doNotContact());
    }

    /** As {@code <input type="datetime-local">} takes it: UTC, to the minute. */
    private static String localTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private java.util.List<ContactAuditEntry> audit(UUID candidate) {
        return queries.query(new FindContactAudit(organization(), new ContactAuditCriteria(null, null, null, null,
                CandidateId.of(candidate)), 0, 50), ContactAuditPage.class).join().items();
    }

    private String trackRejectedApplication(UUID candidate, String employer, String role) {
        JsonNode tracked = api.accepted("/api/v1/candidates/" + candidate + "/applications",
                "{\"employerName\": \"%s\", \"roleTitle\": \"%s\"}".formatted(employer, role));
        String application = tracked.get("applicationId").asString();
        api.accepted("/api/v1/applications/" + application + "/rejection",
                "{\"receivedAt\": \"%s\", \"stageReached\": \"TECHNICAL\", \"channel\": \"EMAIL\"}"
                        .formatted(ago(3, 0)));
        return application;
    }

    private void check(String css) {
        WebElement box = browser.findElement(By.cssSelector(css));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private Instant ago(int days, int hours) {
        return now.minus(Duration.ofDays(days)).minus(Duration.ofHours(hours));
    }
}
