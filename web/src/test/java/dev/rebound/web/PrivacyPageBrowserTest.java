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
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A candidate's privacy page in a real browser: signed in with their own token, the candidate sees their coach's read
 * of their dashboard and every token issued for them (when, by whom, last used, revoked), is refused the erasure
 * until they type ERASE, and then finds the reason of a rejection recorded
 * before read as "[erased]" on their timeline.
 */
class PrivacyPageBrowserTest extends BrowserTest {

    private static final String REASON = "They chose Grace Hopper, an internal candidate";

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Test
    void aCandidateSeesWhoLookedAtTheirDataAndErasesIt() {
        OrganizationId org = OrganizationId.random();
        commands.sendAndWait(new CreateOrganization(org, "Privacy Co-op"));
        CandidateId candidate = CandidateId.random();
        MemberId coach = MemberId.random();
        MemberId candidateMember = MemberId.random();
        String candidateToken = memberToken(org, candidateMember, Role.CANDIDATE, candidate);
        String coachToken = memberToken(org, coach, Role.COACH, null);
        commands.sendAndWait(new AssignCoach(candidate, org, coach));
        commands.sendAndWait(new SetCoachAccess(candidate, org, true));
        ApiClient own = new ApiClient(port, candidateToken);
        String laptop = own.accepted("/api/v1/organizations/" + org + "/members/" + candidateMember + "/tokens",
                "{\"name\": \"new laptop\"}").get("tokenId").asString();
        String application = own.accepted("/api/v1/candidates/" + candidate + "/applications",
                "{\"employerName\": \"Initech\", \"roleTitle\": \"Analyst\"}").get("applicationId").asString();
        own.accepted("/api/v1/applications/" + application + "/rejection", """
                {"receivedAt": "%s", "stageReached": "ONSITE", "channel": "EMAIL", "reasonGiven": "%s"}"""
                .formatted(Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), REASON));
        String dashboard = "/candidates/" + candidate;
        await().atMost(PATIENCE).until(() -> own.get("/api/v1" + dashboard + "/timeline").body().contains(REASON));
        // the coach lands on their list, which records a read of the candidate only once it lists her
        // (asked as the candidate, whose own reads leave no trace: the list comes from the same read model)
        await().atMost(PATIENCE).until(() -> own.get("/api/v1/candidates/" + candidate + "/applications").body()
                .contains(application));
        assertThat(UiSession.signedIn(port, coachToken).get(dashboard).statusCode()).as("the coach reads")
                .isEqualTo(200);

        signInWith(candidateToken);
        wait.until(ExpectedConditions.urlToBe(url(dashboard)));
        waitFor(By.id("privacy-link")).click();
        wait.until(ExpectedConditions.urlToBe(url(dashboard + "/privacy")));
        assertThat(browser.findElement(By.id("access-log-title")).getText()).isEqualTo("Who looked at my data");
        // newest first: the coach's read of the dashboard, after the coach's list they landed on
        assertThat(browser.findElements(By.cssSelector("#access-log-table tbody tr")))
                .extracting(WebElement::getText).as("the coach's reads, and nobody else's").satisfiesExactly(
                        dashboardRead -> assertThat(dashboardRead).contains("Coach", "GET /candidates/{candidateId}")
                                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC"),
                        coachList -> assertThat(coachList).contains("Coach", "GET /coach"));
        // every token issued for her, newest first: the one she issued herself, and the system's first one
        assertThat(browser.findElement(By.id("tokens-title")).getText()).isEqualTo("Tokens that sign in as me");
        assertThat(browser.findElements(By.cssSelector("#tokens-table tbody tr"))).satisfiesExactly(
                herOwn -> {
                    assertThat(herOwn.getAttribute("data-token-id")).isEqualTo(laptop);
                    assertThat(herOwn.getText()).contains("new laptop", "Candidate", candidateMember.value().toString(),
                            "never", "active");
                },
                first -> assertThat(first.getText()).contains("privacy browser test", "not recorded", "active")
                        .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC"));
        assertThat(browser.findElement(By.id("tokens")).getText()).doesNotContain("rbt_");
        assertThat(browser.findElement(By.id("erase-warning")).getText()).contains("cannot be undone");

        browser.findElement(By.id("confirmation")).sendKeys("erase");
        submit(By.id("erase-form"));
        assertThat(waitFor(By.id("confirmation-error")).getText()).contains("Type ERASE");
        assertThat(browser.findElement(By.id("confirmation")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(own.get("/api/v1" + dashboard + "/timeline").body()).as("nothing erased").contains(REASON);

        WebElement confirmation = browser.findElement(By.id("confirmation"));
        confirmation.clear();
        confirmation.sendKeys("ERASE");
        submit(By.id("erase-form"));
        wait.until(ExpectedConditions.urlToBe(url(dashboard + "/privacy")));
        assertThat(waitFor(By.id("notice")).getText()).contains("Your personal data is erased");
        assertThat(browser.findElement(By.cssSelector("#tokens-table tbody tr")).getText())
                .as("token names are personal data too").contains("[erased]").doesNotContain("new laptop");
        screenshot("privacy-erased");

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            open(dashboard);
            assertThat(browser.findElement(By.id("timeline-items")).getText())
                    .contains("Rejected after the onsite stage (email): [erased]").doesNotContain(REASON);
        });
        browser.manage().deleteAllCookies();
    }

    private void signInWith(String token) {
        open("/sign-in");
        browser.manage().deleteAllCookies();
        open("/sign-in");
        browser.findElement(By.id("token")).sendKeys(token);
        submit(By.cssSelector("main form"));
    }

    private String memberToken(OrganizationId org, MemberId member, Role role, CandidateId candidate) {
        commands.sendAndWait(new AddMember(org, member, role, role + " " + member, member + "@example.org",
                candidate));
        return commands.<IssuedToken>sendAndWait(new IssueToken(org, member, "privacy browser test")).token();
    }
}
