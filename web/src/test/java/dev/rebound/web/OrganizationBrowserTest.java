package dev.rebound.web;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.IssuedToken;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.AssignCoach;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.command.IssueToken;
import dev.rebound.api.organization.command.SetCoachAccess;
import org.axonframework.commandhandling.gateway.CommandGateway;

import dev.rebound.api.applications.query.CandidateList;
import dev.rebound.api.applications.query.CandidateSummary;
import dev.rebound.api.applications.query.FindCandidates;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.contactaudit.query.ContactAuditCriteria;
import dev.rebound.api.contactaudit.query.ContactAuditPage;
import dev.rebound.api.contactaudit.query.FindContactAudit;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The organization's pages in a real browser: the coach's list of candidates (where a coach lands after signing in),
 * the employer-contact audit and its CSV download (with the session's sign-in, not a bearer token), the cohort
 * analytics (withheld below the minimum cohort), and an org admin adding a candidate.
 */
class OrganizationBrowserTest extends BrowserTest {

    @Autowired
    QueryGateway queries;

    @Autowired
    CommandGateway commands;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void signedIn() {
        signIn();
    }

    @Test
    void coachViewListsTheCandidatesAndOpensTheirDashboards() {
        UUID dana = UUID.randomUUID();
        UUID sam = UUID.randomUUID();
        track(dana, "Acme Analytics", "Data Analyst");
        String samsApplication = track(sam, "Globex", "Analytics Engineer");
        api.accepted("/api/v1/applications/" + samsApplication + "/rejection",
                rejection(now.minus(Duration.ofDays(1))));
        await().atMost(PATIENCE).until(() -> candidates().containsAll(List.of(dana, sam))
                && summary(sam).rejections() == 1);

        open("/coach");
        assertThat(waitFor(By.id("coach-scope")).getText())
                .contains("every candidate is listed")
                .contains("assigned to them who granted access");
        WebElement samsRow = browser.findElement(By.cssSelector("tr[data-candidate='" + sam + "']"));
        assertThat(samsRow.findElements(By.tagName("td"))).extracting(WebElement::getText)
                .startsWith("1", "1", "0");
        assertThat(browser.findElement(By.cssSelector("tr[data-candidate='" + dana + "']"))).isNotNull();
        screenshot("coach-view");

        samsRow.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlToBe(url("/candidates/" + sam)));
        assertThat(browser.findElement(By.id("employers-table")).getText()).contains("Globex");
    }

    @Test
    void aCoachSignedInWithTheirTokenSeesOnlyTheAssignedCandidatesWhoConsented() {
        OrganizationId org = OrganizationId.random();
        commands.sendAndWait(new CreateOrganization(org, "Coaching Co-op"));
        MemberId coach = MemberId.random();
        String coachToken = memberToken(org, coach, Role.COACH, null);
        CandidateId consenting = CandidateId.random();
        CandidateId private_ = CandidateId.random();
        for (CandidateId candidate : List.of(consenting, private_)) {
            String token = memberToken(org, MemberId.random(), Role.CANDIDATE, candidate);
            new ApiClient(port, token).accepted("/api/v1/candidates/" + candidate + "/applications",
                    "{\"employerName\": \"Initech\", \"roleTitle\": \"Analyst\"}");
            commands.sendAndWait(new AssignCoach(candidate, org, coach));
        }
        commands.sendAndWait(new SetCoachAccess(consenting, org, true));
        await().atMost(PATIENCE).until(() -> queries.query(new FindCandidates(org), CandidateList.class).join()
                .items().size() == 2);

        browser.manage().deleteAllCookies();
        open("/sign-in");
        browser.findElement(By.id("token")).sendKeys(coachToken);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/coach")));

        assertThat(waitFor(By.id("coach-scope")).getText()).contains("assigned to you who granted you access");
        assertThat(browser.findElements(By.cssSelector("nav[aria-label=Main] a")))
                .as("a coach is offered only the coach view").extracting(WebElement::getText)
                .containsExactly("Coach view");
        assertThat(browser.findElements(By.cssSelector("tr[data-candidate]")))
                .extracting(row -> row.getAttribute("data-candidate")).containsExactly(consenting.toString());
        screenshot("coach-view-as-coach");
        browser.manage().deleteAllCookies();
    }

    @Test
    void anOrgAdminAddsACandidateSeesTheirTokenOnceAndOpensTheirDashboard() {
        OrganizationId org = OrganizationId.random();
        commands.sendAndWait(new CreateOrganization(org, "Harbour Careers"));
        String adminToken = memberToken(org, MemberId.random(), Role.ORG_ADMIN, null);
        browser.manage().deleteAllCookies();
        open("/sign-in");
        browser.findElement(By.id("token")).sendKeys(adminToken);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/candidates")));

        browser.findElement(By.id("new-candidate")).click();
        waitForText(By.tagName("h1"), "Add a candidate");
        browser.findElement(By.id("email")).sendKeys("not an address");
        submit(By.id("add-candidate-form"));
        assertThat(waitFor(By.id("displayName-error")).getText()).contains("must not be blank");
        assertThat(browser.findElement(By.id("email-error")).getText()).contains("well-formed email address");
        screenshot("add-candidate-errors");

        browser.findElement(By.id("displayName")).sendKeys("Grace Hopper");
        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys("grace@harbour.example");
        screenshot("add-candidate-form");
        submit(By.id("add-candidate-form"));
        WebElement added = waitFor(By.id("candidate-added"));
        assertThat(added.getText()).contains("Grace Hopper is a candidate now").contains("shown this once");
        String token = browser.findElement(By.id("new-token")).getAttribute("value");
        String candidate = browser.findElement(By.id("new-candidate-id")).getText();
        assertThat(new ApiClient(port, token).get("/api/v1/candidates/" + candidate + "/timeline").statusCode())
                .as("the token is the new candidate's").isEqualTo(200);
        screenshot("add-candidate-token-shown-once");

        browser.findElement(By.id("new-candidate-dashboard")).click();
        wait.until(ExpectedConditions.urlToBe(url("/candidates/" + candidate)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        browser.manage().deleteAllCookies();
    }

    private String memberToken(OrganizationId org, MemberId member, Role role, CandidateId candidate) {
        commands.sendAndWait(new AddMember(org, member, role, role + " " + member, member + "@example.org",
                candidate));
        return commands.<IssuedToken>sendAndWait(new IssueToken(org, member, "browser test")).token();
    }

    @Test
    void auditShowsEveryContactAndDownloadsThemAsCsv() throws IOException {
        UUID candidate = UUID.randomUUID();
        JsonNode tracked = api.accepted("/api/v1/candidates/" + candidate + "/applications",
                "{\"employerName\": \"Hooli\", \"roleTitle\": \"Data Scientist\"}");
        String application = tracked.get("applicationId").asString();
        api.accepted("/api/v1/applications/" + application + "/rejection", rejection(now.minus(Duration.ofDays(2))));
        api.accepted("/api/v1/applications/" + application + "/feedback-requests", """
                {"sentAt": "%s", "channel": "EMAIL", "contactName": "Dana", "questions": ["weak-areas"]}"""
                .formatted(now.minus(Duration.ofDays(1))));
        api.accepted("/api/v1/candidates/" + candidate + "/employer-contacts", """
                {"employerId": "%s", "contactedAt": "%s", "direction": "OUTBOUND", "channel": "EMAIL",
                 "purpose": "FEEDBACK_FOLLOW_UP", "message": "Your interviewer was rude, and it was unfair."}"""
                .formatted(tracked.get("employerId").asString(), now.minus(Duration.ofHours(2))));
        await().atMost(PATIENCE).until(() -> queries.query(new FindContactAudit(organization(),
                new ContactAuditCriteria(null, null, null, null, CandidateId.of(candidate)), 0, 10),
                ContactAuditPage.class).join().total() == 2);

        open("/organization/audit");
        browser.findElement(By.id("candidate")).sendKeys(candidate.toString());
        submit(By.cssSelector("form.filters"));
        wait.until(ExpectedConditions.urlContains("candidate=" + candidate));
        wait.until(ExpectedConditions.textToBe(By.id("audit-total"), "2"));
        assertThat(browser.findElements(By.cssSelector("#audit-table tbody tr"))).extracting(WebElement::getText)
                .satisfiesExactly(
                        contact -> assertThat(contact).contains("Hooli", "Feedback follow up", "Blaming"),
                        request -> assertThat(request).contains("Hooli", "Feedback request", "Dana"));
        screenshot("contact-audit");

        browser.findElement(By.id("csv-download")).click();
        Path csv = new FluentWait<>(downloads).withTimeout(PATIENCE).pollingEvery(Duration.ofMillis(100))
                .until(directory -> downloaded(directory).orElse(null));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("contactId,kind,occurredAt,recordedAt,candidateId,employerId");
        String content = String.join("\n", lines);
        assertThat(content).contains("EMPLOYER_CONTACT", "FEEDBACK_REQUEST", "Hooli", candidate.toString())
                .contains("BLAMING: \"\"Your interviewer was\"\"")
                .doesNotContain("Acme Analytics");
    }

    @Test
    void analyticsShowsTheCohortFiguresWithCharts() {
        // an organization of its own with five candidates, the minimum cohort of the shared application
        OrganizationId org = OrganizationId.random();
        commands.sendAndWait(new CreateOrganization(org, "Figures Co-op"));
        String adminToken = memberToken(org, MemberId.random(), Role.ORG_ADMIN, null);
        ApiClient admin = new ApiClient(port, adminToken);
        for (int number = 1; number <= 5; number++) {
            CandidateId candidate = CandidateId.random();
            memberToken(org, MemberId.random(), Role.CANDIDATE, candidate);
            String application = admin.accepted("/api/v1/candidates/" + candidate + "/applications",
                    "{\"employerName\": \"Initech\", \"roleTitle\": \"BI Developer\"}").get("applicationId").asString();
            admin.accepted("/api/v1/applications/" + application + "/rejection",
                    rejection(now.minus(Duration.ofDays(1))));
        }
        await().atMost(PATIENCE).until(() -> {
            JsonNode figures = ApiClient.json(admin.get("/api/v1/organizations/" + org + "/analytics"));
            return !figures.get("suppressed").asBoolean() && figures.get("rejections").asLong() == 5;
        });

        signInWith(adminToken, "/candidates");
        open("/organization/analytics");
        assertThat(waitFor(By.id("figures")).getText()).contains("Feedback asked within 24 h", "Rejections");
        assertThat(browser.findElements(By.id("analytics-suppressed"))).isEmpty();
        wait.until(ExpectedConditions.attributeToBe(By.id("competency-chart"), "data-drawn", "true"));
        wait.until(ExpectedConditions.attributeToBe(By.id("stages-chart"), "data-drawn", "true"));
        screenshot("organization-analytics");
        browser.manage().deleteAllCookies();
    }

    @Test
    void analyticsOfFewerCandidatesThanTheMinimumShowTheReasonInsteadOfFigures() {
        OrganizationId org = OrganizationId.random();
        commands.sendAndWait(new CreateOrganization(org, "Tiny Co-op"));
        String analystToken = memberToken(org, MemberId.random(), Role.ANALYST, null);
        CandidateId candidate = CandidateId.random();
        String candidateToken = memberToken(org, MemberId.random(), Role.CANDIDATE, candidate);
        new ApiClient(port, candidateToken).accepted("/api/v1/candidates/" + candidate + "/applications",
                "{\"employerName\": \"Initech\", \"roleTitle\": \"Analyst\"}");

        signInWith(analystToken, "/organization/analytics");
        assertThat(waitFor(By.id("analytics-suppressed")).getText())
                .isEqualTo("Fewer than 5 candidates: figures are withheld so that no one can be singled out.");
        assertThat(browser.findElement(By.id("minimum-cohort")).getText()).isEqualTo("5");
        assertThat(browser.findElements(By.id("figures"))).as("no figures").isEmpty();
        assertThat(browser.findElements(By.tagName("canvas"))).as("no charts").isEmpty();
        screenshot("organization-analytics-withheld");
        browser.manage().deleteAllCookies();
    }

    /** Signs this browser in afresh with a member's token and waits for the page a member of that role lands on. */
    private void signInWith(String token, String landing) {
        browser.manage().deleteAllCookies();
        open("/sign-in");
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url(landing)));
    }

    private String track(UUID candidate, String employer, String role) {
        return api.accepted("/api/v1/candidates/" + candidate + "/applications",
                "{\"employerName\": \"%s\", \"roleTitle\": \"%s\"}".formatted(employer, role))
                .get("applicationId").asString();
    }

    private CandidateSummary summary(UUID candidate) {
        return queries.query(new FindCandidates(organization()), CandidateList.class).join().items().stream()
                .filter(summary -> summary.candidateId().value().equals(candidate)).findFirst().orElseThrow();
    }

    private List<UUID> candidates() {
        return queries.query(new FindCandidates(organization()), CandidateList.class).join().items().stream()
                .map(CandidateSummary::candidateId).map(CandidateId::value).toList();
    }

    private static String rejection(Instant at) {
        return "{\"receivedAt\": \"%s\", \"stageReached\": \"ONSITE\", \"channel\": \"EMAIL\"}".formatted(at);
    }

    /** A finished download: Chromium writes {@code .crdownload} until the file is complete. */
    private static Optional<Path> downloaded(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".csv")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
