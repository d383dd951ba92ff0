package dev.rebound.domain.application;

import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.Verdict;
import dev.rebound.api.application.command.EvaluateFeedback;
import dev.rebound.api.application.command.RecordFeedbackDeclined;
import dev.rebound.api.application.event.EvaluationDue;
import dev.rebound.api.application.event.FeedbackRequestDue;
import dev.rebound.api.application.event.FeedbackResponseTimedOut;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.rebound.domain.application.ApplicationFixtures.APPLICATION;
import static dev.rebound.domain.application.ApplicationFixtures.CANDIDATE;
import static dev.rebound.domain.application.ApplicationFixtures.EMPLOYER;
import static dev.rebound.domain.application.ApplicationFixtures.NOW;
import static dev.rebound.domain.application.ApplicationFixtures.ORG;
import static dev.rebound.domain.application.ApplicationFixtures.POINT_1;
import static dev.rebound.domain.application.ApplicationFixtures.REJECTED_AT;
import static dev.rebound.domain.application.ApplicationFixtures.recordFeedback;
import static dev.rebound.domain.application.ApplicationFixtures.reject;
import static dev.rebound.domain.application.ApplicationFixtures.request;
import static dev.rebound.domain.application.ApplicationFixtures.tracked;
import static dev.rebound.domain.application.Deadlines.EVALUATION_DUE;
import static dev.rebound.domain.application.Deadlines.FEEDBACK_REQUEST_DUE;
import static dev.rebound.domain.application.Deadlines.FEEDBACK_RESPONSE_TIMEOUT;

/** The reminders of the feedback cycle: each fires once, and only while its step is still open. */
class ApplicationDeadlinesTest {

    private static final Instant REQUEST_DUE_AT = REJECTED_AT.plus(Duration.ofHours(24));

    private final ApplicationFixtures fixtures = new ApplicationFixtures();

    @Test
    void rejectionSchedulesTheFeedbackRequestReminderADayLater() {
        fixtures.given(tracked())
                .when(reject(REJECTED_AT))
                .expectScheduledDeadline(REQUEST_DUE_AT,
                        new Deadlines.RequestWindow(REJECTED_AT, REQUEST_DUE_AT));
    }

    @Test
    void feedbackRequestBecomesDueWhenADayPassesWithoutOne() {
        fixtures.given(tracked())
                .andGivenCommands(reject(REJECTED_AT))
                .whenThenTimeElapses(Duration.ofHours(23))
                .expectDeadlinesMet(new Deadlines.RequestWindow(REJECTED_AT, REQUEST_DUE_AT))
                .expectEvents(new FeedbackRequestDue(APPLICATION, ORG, CANDIDATE, EMPLOYER, REJECTED_AT,
                        REQUEST_DUE_AT));
    }

    @Test
    void rejectionRecordedDaysLateMakesTheRequestDueAtOnce() {
        Instant longAgo = NOW.minus(Duration.ofDays(5));
        fixtures.given(tracked())
                .andGivenCommands(reject(longAgo))
                .whenThenTimeElapses(Duration.ZERO)
                .expectEvents(new FeedbackRequestDue(APPLICATION, ORG, CANDIDATE, EMPLOYER, longAgo,
                        longAgo.plus(Duration.ofHours(24))));
    }

    @Test
    void noFeedbackRequestReminderOnceFeedbackWasRequested() {
        fixtures.given(tracked())
                .andGivenCommands(reject(REJECTED_AT), request(NOW))
                .whenThenTimeElapses(Duration.ofHours(23))
                .expectNoEvents();
    }

    @Test
    void noFeedbackRequestReminderAfterTheEmployerDeclined() {
        fixtures.given(tracked())
                .andGivenCommands(reject(REJECTED_AT), new RecordFeedbackDeclined(APPLICATION, ORG, NOW, null))
                .whenThenTimeElapses(Duration.ofHours(23))
                .expectNoEvents();
    }

    @Test
    void feedbackRequestSchedulesTheResponseTimeout() {
        fixtures.given(tracked())
                .andGivenCommands(reject(REJECTED_AT))
                .when(request(NOW))
                .expectScheduledDeadlineWithName(NOW.plus(Duration.ofDays(14)), FEEDBACK_RESPONSE_TIMEOUT);
    }

    @Test
    void feedbackRequestTimesOutAfterFourteenDaysWithoutAnswer() {
        fixtures.given(tracked())
                .andGivenCommands(reject(REJECTED_AT), request(NOW))
                .whenThenTimeElapses(Duration.ofDays(14))
                .expectEvents(new FeedbackResponseTimedOut(APPLICATION, ORG, CANDIDATE, EMPLOYER, 1, NOW,
                        NOW.plus(Duration.ofDays(14))));
    }

    @Test
    void responseTimeoutIsConfigurable() {
        ApplicationFixtures patient = new ApplicationFixtures(
                new FeedbackCycleSettings(Duration.ofDays(30), Duration.ofHours(24)));
        patient.given(tracked())
                .andGivenCommands(reject(REJECTED_AT), request(NOW))
                .whenThenTimeElapses(Duration.ofDays(29))
                .expectNoEvents();
    }

    @Test
    void noTimeoutWhenFeedbackArrivesOnlyTheEvaluationReminder() {
        fixtures.given(tracked())
                .andGivenCommands(reject(REJECTED_AT), request(REJECTED_AT.plusSeconds(60)),
                        recordFeedback(NOW, new FeedbackPoint(POINT_1, "Too junior")))
                .whenThenTimeElapses(Duration.ofDays(14))
                .expectEvents(new EvaluationDue(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW,
                        NOW.plus(Duration.ofHours(24))));
    }

    @Test
    void aFollowUpRestartsTheWaitAndOnlyItsTimeoutCounts() {
        Instant first = REJECTED_AT.plusSeconds(60);
        fixtures.given(tracked())
                .andGivenCommands(reject(REJECTED_AT), request(first), request(NOW))
                .whenThenTimeElapses(Duration.ofDays(14))
                .expectEvents(new FeedbackResponseTimedOut(APPLICATION, ORG, CANDIDATE, EMPLOYER, 2, NOW,
                        NOW.plus(Duration.ofDays(14))));
    }

    @Test
    void receivedFeedbackSchedulesItsEvaluationAfterTheCoolingOffPeriod() {
        fixtures.given(tracked())
                .andGivenCommands(reject(REJECTED_AT))
                .when(recordFeedback(NOW, new FeedbackPoint(POINT_1, "Too junior")))
                .expectScheduledDeadlineWithName(NOW.plus(Duration.ofHours(24)), EVALUATION_DUE);
    }

    @Test
    void evaluationBecomesDueWhenTheCoolingOffPeriodEnds() {
        fixtures.given(tracked())
                .andGivenCommands(reject(REJECTED_AT), recordFeedback(NOW, new FeedbackPoint(POINT_1, "Too junior")))
                .whenThenTimeElapses(Duration.ofHours(24))
                .expectEvents(new EvaluationDue(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW,
                        NOW.plus(Duration.ofHours(24))));
    }

    @Test
    void noEvaluationReminderWhenEverythingWasEvaluatedEarly() {
        fixtures.given(tracked())
                .andGivenCommands(reject(REJECTED_AT), recordFeedback(NOW, new FeedbackPoint(POINT_1, "Too junior")),
                        new EvaluateFeedback(APPLICATION, ORG, NOW, List.of(new PointEvaluation(POINT_1,
                                Verdict.REJECTED, 1, 2, List.of())), null, true))
                .whenThenTimeElapses(Duration.ofHours(24))
                .expectNoEvents();
    }

    @Test
    void eachReminderIsScheduledByName() {
        fixtures.given(tracked())
                .when(reject(REJECTED_AT))
                .expectScheduledDeadlineWithName(REQUEST_DUE_AT, FEEDBACK_REQUEST_DUE);
    }
}
