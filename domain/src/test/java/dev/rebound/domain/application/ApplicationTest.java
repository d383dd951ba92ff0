package dev.rebound.domain.application;

import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.common.Stage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

class ApplicationTest {

    private static final Instant NOW = Instant.parse("2026-03-05T10:00:00Z");
    private static final OrganizationId ORG = OrganizationId.random();
    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final ApplicationId APPLICATION = ApplicationId.random();
    private static final EmployerId EMPLOYER = EmployerId.forCandidate(CANDIDATE, "Acme Analytics");

    private AggregateTestFixture<Application> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Application.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static TrackApplication track(String employerName, String roleTitle, LocalDate appliedOn) {
        return new TrackApplication(APPLICATION, ORG, CANDIDATE, EMPLOYER, employerName, roleTitle, appliedOn,
                "referral", "https://jobs.example/42");
    }

    private static ApplicationTracked tracked() {
        return new ApplicationTracked(APPLICATION, ORG, CANDIDATE, EMPLOYER, "Acme Analytics", "Data Analyst",
                LocalDate.parse("2026-02-01"), "referral", "https://jobs.example/42");
    }

    private static RecordRejection reject(Instant receivedAt) {
        return new RecordRejection(APPLICATION, ORG, receivedAt, Stage.ONSITE, Channel.EMAIL, "went with another");
    }

    @Test
    void canTrackApplication() {
        fixture.givenNoPriorActivity()
                .when(track("Acme Analytics", "Data Analyst", LocalDate.parse("2026-02-01")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(tracked());
    }

    @Test
    void trackingTrimsTextAndDropsBlankOptionalFields() {
        fixture.givenNoPriorActivity()
                .when(new TrackApplication(APPLICATION, ORG, CANDIDATE, EMPLOYER, "  Acme Analytics ", " Data Analyst",
                        null, "  ", ""))
                .expectEvents(new ApplicationTracked(APPLICATION, ORG, CANDIDATE, EMPLOYER, "Acme Analytics",
                        "Data Analyst", null, null, null));
    }

    @Test
    void cannotTrackApplicationWithoutEmployerName() {
        fixture.givenNoPriorActivity()
                .when(track(" ", "Data Analyst", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("employerName is required and may not be blank.")
                .expectNoEvents();
    }

    @Test
    void cannotTrackApplicationWithoutRoleTitle() {
        fixture.givenNoPriorActivity()
                .when(track("Acme", null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotTrackApplicationWithoutCandidate() {
        fixture.givenNoPriorActivity()
                .when(new TrackApplication(APPLICATION, ORG, null, EMPLOYER, "Acme", "Analyst", null, null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("candidateId is required.");
    }

    @Test
    void cannotTrackApplicationMadeInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(track("Acme", "Analyst", LocalDate.parse("2026-03-07")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canTrackApplicationMadeTodayInAnyTimeZone() {
        // 10:00 UTC on 5 March is already 6 March in Kiribati (UTC+14)
        fixture.givenNoPriorActivity()
                .when(track("Acme", "Analyst", LocalDate.parse("2026-03-06")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void canRecordRejection() {
        Instant receivedAt = NOW.minus(Duration.ofDays(3));
        fixture.given(tracked())
                .when(reject(receivedAt))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RejectionReceived(APPLICATION, ORG, CANDIDATE, EMPLOYER, receivedAt, Stage.ONSITE,
                        Channel.EMAIL, "went with another"));
    }

    @Test
    void canRecordRejectionWithoutReason() {
        fixture.given(tracked())
                .when(new RecordRejection(APPLICATION, ORG, NOW, Stage.SCREENING, Channel.NONE, " "))
                .expectEvents(new RejectionReceived(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW, Stage.SCREENING,
                        Channel.NONE, null));
    }

    @Test
    void cannotRecordRejectionTwice() {
        fixture.given(tracked(), new RejectionReceived(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW, Stage.ONSITE,
                        Channel.EMAIL, null))
                .when(reject(NOW))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotRecordRejectionReceivedInTheFuture() {
        fixture.given(tracked())
                .when(reject(NOW.plusSeconds(60)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("receivedAt (2026-03-05T10:01:00Z) lies in the future; "
                        + "give the time it actually happened.");
    }

    @Test
    void cannotRecordRejectionWithoutStageReached() {
        fixture.given(tracked())
                .when(new RecordRejection(APPLICATION, ORG, NOW, null, Channel.EMAIL, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotRecordRejectionOnAnotherOrganizationsApplication() {
        fixture.given(tracked())
                .when(new RecordRejection(APPLICATION, OrganizationId.random(), NOW, Stage.ONSITE, Channel.EMAIL, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
