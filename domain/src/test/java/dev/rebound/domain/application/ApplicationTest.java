package dev.rebound.domain.application;

import dev.rebound.api.application.Reflection;
import dev.rebound.api.application.command.RecordInterview;
import dev.rebound.api.application.command.RecordOffer;
import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.InterviewRecorded;
import dev.rebound.api.application.event.OfferReceived;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.common.Stage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.rebound.domain.application.ApplicationFixtures.APPLICATION;
import static dev.rebound.domain.application.ApplicationFixtures.CANDIDATE;
import static dev.rebound.domain.application.ApplicationFixtures.EMPLOYER;
import static dev.rebound.domain.application.ApplicationFixtures.NOW;
import static dev.rebound.domain.application.ApplicationFixtures.ORG;
import static dev.rebound.domain.application.ApplicationFixtures.reject;
import static dev.rebound.domain.application.ApplicationFixtures.track;
import static dev.rebound.domain.application.ApplicationFixtures.tracked;
import static org.assertj.core.api.Assertions.assertThat;

/** Tracking an application, its interviews, and how it ends: rejection or offer. */
class ApplicationTest {

    private final ApplicationFixtures fixtures = new ApplicationFixtures();
    private final AggregateTestFixture<Application> fixture = fixtures.fixture;

    @Test
    void canTrackApplication() {
        fixture.givenNoPriorActivity()
                .when(track("Acme Analytics", "Data Analyst", LocalDate.parse("2026-02-01")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(tracked());
        assertThat(fixtures.relationships.noted).as("the employer relationship is started or continued")
                .containsExactly(track("Acme Analytics", "Data Analyst", LocalDate.parse("2026-02-01")));
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
                        Channel.EMAIL, "went with another", receivedAt.plus(Duration.ofHours(24))));
    }

    @Test
    void canRecordRejectionWithoutReason() {
        fixture.given(tracked())
                .when(new RecordRejection(APPLICATION, ORG, NOW, Stage.SCREENING, Channel.NONE, " "))
                .expectEvents(new RejectionReceived(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW, Stage.SCREENING,
                        Channel.NONE, null, NOW.plus(Duration.ofHours(24))));
    }

    @Test
    void cannotRecordRejectionTwice() {
        fixture.given(tracked(), new RejectionReceived(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW, Stage.ONSITE,
                        Channel.EMAIL, null, NOW.plus(Duration.ofHours(24))))
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

    @Test
    void canRecordInterviewWithReflection() {
        Reflection reflection = new Reflection(true, false, null, "Froze on the statistics question");
        fixture.given(tracked())
                .when(new RecordInterview(APPLICATION, ORG, Stage.TECHNICAL, LocalDate.parse("2026-02-20"),
                        List.of("Dana", " ", "Lee"), reflection))
                .expectEvents(new InterviewRecorded(APPLICATION, ORG, CANDIDATE, EMPLOYER, Stage.TECHNICAL,
                        LocalDate.parse("2026-02-20"), List.of("Dana", "Lee"), reflection));
    }

    @Test
    void cannotRecordInterviewHeldInTheFuture() {
        fixture.given(tracked())
                .when(new RecordInterview(APPLICATION, ORG, Stage.FINAL, LocalDate.parse("2026-03-09"), null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotRecordInterviewWithoutStage() {
        fixture.given(tracked())
                .when(new RecordInterview(APPLICATION, ORG, null, LocalDate.parse("2026-02-20"), null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("stage is required.");
    }

    @Test
    void cannotRecordInterviewOnAnotherOrganizationsApplication() {
        fixture.given(tracked())
                .when(new RecordInterview(APPLICATION, OrganizationId.random(), Stage.FINAL,
                        LocalDate.parse("2026-02-20"), null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void canRecordOffer() {
        fixture.given(tracked())
                .when(new RecordOffer(APPLICATION, ORG, NOW, " Start in April "))
                .expectEvents(new OfferReceived(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW, "Start in April"));
    }

    @Test
    void canRecordOfferAfterRejectionWhenTheChosenCandidateWithdrew() {
        fixture.given(tracked(), ApplicationFixtures.rejected())
                .when(new RecordOffer(APPLICATION, ORG, NOW, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRecordOfferTwice() {
        fixture.given(tracked(), new OfferReceived(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW, null))
                .when(new RecordOffer(APPLICATION, ORG, NOW, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("An offer is already recorded for this application.");
    }

    @Test
    void cannotRecordOfferReceivedInTheFuture() {
        fixture.given(tracked())
                .when(new RecordOffer(APPLICATION, ORG, NOW.plusSeconds(1), null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
