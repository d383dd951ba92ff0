package dev.rebound.domain.application;

import dev.rebound.api.application.FeedbackGiver;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.FeedbackReceipt;
import dev.rebound.api.application.FeedbackRequestReceipt;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.application.Verdict;
import dev.rebound.api.application.command.EvaluateFeedback;
import dev.rebound.api.application.command.RecordFeedback;
import dev.rebound.api.application.command.RecordFeedbackDeclined;
import dev.rebound.api.application.event.FeedbackDeclined;
import dev.rebound.api.application.event.FeedbackEvaluated;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.application.event.FeedbackRequested;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.common.Stage;
import dev.rebound.api.common.ToneIssue;
import dev.rebound.api.common.ToneWarning;
import dev.rebound.domain.policy.ToneCheck;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
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
import static dev.rebound.domain.application.ApplicationFixtures.POINT_2;
import static dev.rebound.domain.application.ApplicationFixtures.REJECTED_AT;
import static dev.rebound.domain.application.ApplicationFixtures.feedbackReceived;
import static dev.rebound.domain.application.ApplicationFixtures.recordFeedback;
import static dev.rebound.domain.application.ApplicationFixtures.rejected;
import static dev.rebound.domain.application.ApplicationFixtures.request;
import static dev.rebound.domain.application.ApplicationFixtures.requested;
import static dev.rebound.domain.application.ApplicationFixtures.tracked;
import static org.assertj.core.api.Assertions.assertThat;

/** The feedback cycle after a rejection: request, answer or decline, evaluation after the cooling-off period. */
class FeedbackCycleTest {

    private static final String WEAK_AREAS = "What were my weak areas in the interview process?";

    private final ApplicationFixtures fixtures = new ApplicationFixtures();
    private final AggregateTestFixture<Application> fixture = fixtures.fixture;

    private static FeedbackRequested requestedWith(int number, Instant sentAt, boolean withinDay,
                                                   List<RequestedQuestion> questions) {
        return new FeedbackRequested(APPLICATION, ORG, CANDIDATE, EMPLOYER, sentAt, Channel.EMAIL, "Dana Recruiter",
                questions, number, REJECTED_AT, withinDay, List.of(), sentAt.plus(Duration.ofDays(14)),
                number == 1 ? sentAt.plus(Duration.ofDays(7)) : null);
    }

    private static RejectionReceived rejectedAt(Instant at) {
        return new RejectionReceived(APPLICATION, ORG, CANDIDATE, EMPLOYER, at, Stage.FINAL, Channel.PHONE, null,
                at.plus(Duration.ofHours(24)));
    }

    private static EvaluateFeedback evaluate(Instant at, boolean early, PointEvaluation... points) {
        return new EvaluateFeedback(APPLICATION, ORG, at, List.of(points), "Prefers larger teams", early);
    }

    private static PointEvaluation accepted(FeedbackPointId point, String... weaknesses) {
        return new PointEvaluation(point, Verdict.ACCEPTED, 4, 5, List.of(weaknesses));
    }

    // --- requesting feedback

    @Test
    void canRequestFeedbackAfterRejection() {
        Instant sentAt = REJECTED_AT.plus(Duration.ofHours(1));
        fixtures.given(tracked(), rejected())
                .when(request(sentAt))
                .expectSuccessfulHandlerExecution()
                .expectEvents(requestedWith(1, sentAt, true,
                        List.of(new RequestedQuestion("weak-areas", WEAK_AREAS))))
                .expectResultMessagePayload(new FeedbackRequestReceipt(1, true, List.of()));
    }

    @Test
    void canRequestFeedbackInOwnWordsAlongsideCatalogueQuestions() {
        Instant sentAt = REJECTED_AT.plus(Duration.ofMinutes(30));
        fixtures.given(tracked(), rejected())
                .when(request(sentAt, RequestedQuestion.fromCatalogue("improve"),
                        RequestedQuestion.ownWords("  Which project would you have liked to hear more about? ")))
                .expectEvents(requestedWith(1, sentAt, true, List.of(
                        new RequestedQuestion("improve", "How could I improve my application or my interviews?"),
                        new RequestedQuestion(null, "Which project would you have liked to hear more about?"))));
    }

    @Test
    void harshQuestionInOwnWordsIsRecordedWithItsToneWarning() {
        String question = "Why didn't I get the job when I clearly had the skills?";
        List<ToneWarning> warnings = ToneCheck.standard().check(question);
        assertThat(warnings).extracting(ToneWarning::issue).contains(ToneIssue.DEMANDING_JUSTIFICATION);
        Instant sentAt = REJECTED_AT.plusSeconds(60);
        fixtures.given(tracked(), rejected())
                .when(request(sentAt, RequestedQuestion.ownWords(question)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new FeedbackRequested(APPLICATION, ORG, CANDIDATE, EMPLOYER, sentAt, Channel.EMAIL,
                        "Dana Recruiter", List.of(RequestedQuestion.ownWords(question)), 1, REJECTED_AT, true,
                        warnings, sentAt.plus(Duration.ofDays(14)), sentAt.plus(Duration.ofDays(7))))
                .expectResultMessagePayload(new FeedbackRequestReceipt(1, true, warnings));
    }

    @Test
    void flaggedCatalogueQuestionIsRecordedWithAToneWarning() {
        List<ToneWarning> warnings = ToneCheck.standard().check("Why didn't I get the job?");
        assertThat(warnings).isNotEmpty();
        fixtures.given(tracked(), rejected())
                .when(request(REJECTED_AT.plusSeconds(60), RequestedQuestion.fromCatalogue("why-not-hired")))
                .expectResultMessagePayload(new FeedbackRequestReceipt(1, true, warnings));
    }

    @Test
    void requestMoreThanADayAfterRejectionIsRecordedAsLate() {
        Instant rejectedAt = NOW.minus(Duration.ofDays(3));
        fixtures.given(tracked(), rejectedAt(rejectedAt))
                .when(request(rejectedAt.plus(Duration.ofHours(24)).plusSeconds(1)))
                .expectResultMessagePayload(new FeedbackRequestReceipt(1, false, List.of()));
    }

    @Test
    void requestExactlyADayAfterRejectionIsInTime() {
        Instant rejectedAt = NOW.minus(Duration.ofDays(3));
        fixtures.given(tracked(), rejectedAt(rejectedAt))
                .when(request(rejectedAt.plus(Duration.ofHours(24))))
                .expectResultMessagePayload(new FeedbackRequestReceipt(1, true, List.of()));
    }

    @Test
    void cannotRequestFeedbackBeforeRejection() {
        fixtures.given(tracked())
                .when(request(NOW))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Feedback can be requested only after a rejection; record the rejection first.")
                .expectNoEvents();
    }

    @Test
    void cannotRequestFeedbackSentBeforeTheRejectionArrived() {
        fixtures.given(tracked(), rejected())
                .when(request(REJECTED_AT.minusSeconds(60)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canSendOneFollowUpRequest() {
        Instant followUp = NOW;
        fixtures.given(tracked(), rejected(), requested(1, REJECTED_AT.plusSeconds(600)))
                .when(request(followUp))
                .expectEvents(requestedWith(2, followUp, true,
                        List.of(new RequestedQuestion("weak-areas", WEAK_AREAS))));
    }

    @Test
    void cannotRequestFeedbackAThirdTime() {
        fixtures.given(tracked(), rejected(), requested(1, REJECTED_AT), requested(2, NOW))
                .when(request(NOW))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Feedback was already requested twice for this application "
                        + "(a request and one follow-up); don't push further.")
                .expectNoEvents();
    }

    @Test
    void cannotRequestFeedbackAfterTheEmployerDeclined() {
        fixtures.given(tracked(), rejected(), requested(1, REJECTED_AT),
                        new FeedbackDeclined(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW, "We don't give feedback"))
                .when(request(NOW))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The employer declined to give feedback for this application; "
                        + "respect that and ask no more.")
                .expectNoEvents();
    }

    @Test
    void cannotRequestFeedbackFromADoNotContactEmployer() {
        fixtures.relationships.doNotContact.add(EMPLOYER);
        fixtures.given(tracked(), rejected())
                .when(request(NOW))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("This employer is marked do-not-contact; "
                        + "lift the mark first if contact is welcome again.")
                .expectNoEvents();
    }

    @Test
    void cannotRequestFeedbackWithAQuestionMissingFromTheCatalogue() {
        fixtures.given(tracked(), rejected())
                .when(request(NOW, RequestedQuestion.fromCatalogue("what-is-your-salary")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotRequestFeedbackWithoutQuestions() {
        fixtures.given(tracked(), rejected())
                .when(request(NOW, new RequestedQuestion[0]))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("questions needs at least one entry.");
    }

    @Test
    void cannotRequestFeedbackSentInTheFuture() {
        fixtures.given(tracked(), rejected())
                .when(request(NOW.plusSeconds(1)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotRequestFeedbackOnAnotherOrganizationsApplication() {
        fixtures.given(tracked(), rejected())
                .when(new dev.rebound.api.application.command.RequestFeedback(APPLICATION, OrganizationId.random(),
                        NOW, Channel.EMAIL, null, List.of(RequestedQuestion.fromCatalogue("improve"))))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    // --- receiving feedback or a decline

    @Test
    void canRecordFeedbackAfterRejection() {
        fixtures.given(tracked(), rejected(), requested(1, REJECTED_AT))
                .when(recordFeedback(NOW, new FeedbackPoint(POINT_1, " Interrupted the panel several times "),
                        new FeedbackPoint(POINT_2, "Strong SQL, shallow statistics")))
                .expectEvents(feedbackReceived(NOW));
    }

    @Test
    void canRecordFeedbackTheEmployerVolunteeredWithoutARequest() {
        fixtures.given(tracked(), rejected())
                .when(recordFeedback(REJECTED_AT, new FeedbackPoint(POINT_1, "Too junior for this team")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRecordFeedbackBeforeRejection() {
        fixtures.given(tracked())
                .when(recordFeedback(NOW, new FeedbackPoint(POINT_1, "Too junior")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotRecordFeedbackWithoutPoints() {
        fixtures.given(tracked(), rejected())
                .when(new RecordFeedback(APPLICATION, ORG, NOW, List.of(), new FeedbackGiver(null, null),
                        Specificity.VAGUE))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("points needs at least one entry.");
    }

    @Test
    void cannotRecordFeedbackWithTheSamePointIdTwice() {
        fixtures.given(tracked(), rejected())
                .when(recordFeedback(NOW, new FeedbackPoint(POINT_1, "a"), new FeedbackPoint(POINT_1, "b")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotRecordFeedbackWithABlankPoint() {
        fixtures.given(tracked(), rejected())
                .when(recordFeedback(NOW, new FeedbackPoint(POINT_1, "  ")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canRecordThatTheEmployerDeclined() {
        fixtures.given(tracked(), rejected(), requested(1, REJECTED_AT))
                .when(new RecordFeedbackDeclined(APPLICATION, ORG, NOW, "Company policy"))
                .expectEvents(new FeedbackDeclined(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW, "Company policy"));
    }

    @Test
    void cannotRecordADeclineTwice() {
        fixtures.given(tracked(), rejected(),
                        new FeedbackDeclined(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW, null))
                .when(new RecordFeedbackDeclined(APPLICATION, ORG, NOW, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotRecordADeclineAfterFeedbackArrived() {
        fixtures.given(tracked(), rejected(), feedbackReceived(NOW.minusSeconds(60)))
                .when(new RecordFeedbackDeclined(APPLICATION, ORG, NOW, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotRecordADeclineBeforeRejection() {
        fixtures.given(tracked())
                .when(new RecordFeedbackDeclined(APPLICATION, ORG, NOW, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    // --- evaluating feedback

    @Test
    void canEvaluateFeedbackAfterTheCoolingOffPeriod() {
        Instant receivedAt = NOW.minus(Duration.ofHours(24));
        PointEvaluation interrupting = accepted(POINT_1, "communication.active-listening");
        PointEvaluation statistics = new PointEvaluation(POINT_2, Verdict.PARTLY, null, 3,
                List.of("technology.technical-depth"));
        fixtures.given(tracked(), rejected(), feedbackReceived(receivedAt))
                .when(evaluate(NOW, false, interrupting, statistics))
                .expectEvents(new FeedbackEvaluated(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW,
                        List.of(interrupting, statistics), "Prefers larger teams", false));
    }

    @Test
    void canEvaluateFeedbackEarlyWhenMarkedEarly() {
        fixtures.given(tracked(), rejected(), feedbackReceived(NOW.minus(Duration.ofHours(2))))
                .when(evaluate(NOW, true, accepted(POINT_1)))
                .expectEvents(new FeedbackEvaluated(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW,
                        List.of(accepted(POINT_1)), "Prefers larger teams", true));
    }

    @Test
    void evaluationMarkedEarlyAfterTheCoolingOffPeriodIsRecordedAsOnTime() {
        fixtures.given(tracked(), rejected(), feedbackReceived(NOW.minus(Duration.ofDays(2))))
                .when(evaluate(NOW, true, accepted(POINT_1)))
                .expectEvents(new FeedbackEvaluated(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW,
                        List.of(accepted(POINT_1)), "Prefers larger teams", false));
    }

    @Test
    void cannotEvaluateFeedbackWithinTheCoolingOffPeriodUnlessMarkedEarly() {
        Instant receivedAt = NOW.minus(Duration.ofHours(23));
        fixtures.given(tracked(), rejected(), feedbackReceived(receivedAt))
                .when(evaluate(NOW, false, accepted(POINT_1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("This feedback arrived at 2026-03-04T11:00:00Z; its cooling-off period ends "
                        + "at 2026-03-05T11:00:00Z. Let it rest until then, or mark the evaluation as early.")
                .expectNoEvents();
    }

    @Test
    void coolingOffPeriodIsConfigurable() {
        ApplicationFixtures quick = new ApplicationFixtures(
                new FeedbackCycleSettings(Duration.ofDays(14), Duration.ofHours(1)));
        quick.given(tracked(), rejected())
                .andGivenCommands(recordFeedback(NOW.minus(Duration.ofHours(2)),
                        new FeedbackPoint(POINT_1, "Too junior")))
                .when(evaluate(NOW, false, accepted(POINT_1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aChangedCoolingOffSettingDoesNotMoveTheDueTimeOfFeedbackRecordedBefore() {
        ApplicationFixtures quick = new ApplicationFixtures(
                new FeedbackCycleSettings(Duration.ofDays(14), Duration.ofHours(1)));
        Instant receivedAt = NOW.minus(Duration.ofHours(2));
        quick.given(tracked(), rejected(), feedbackReceived(receivedAt, receivedAt.plus(Duration.ofHours(24))))
                .when(evaluate(NOW, false, accepted(POINT_1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("This feedback arrived at 2026-03-05T08:00:00Z; its cooling-off period ends "
                        + "at 2026-03-06T08:00:00Z. Let it rest until then, or mark the evaluation as early.")
                .expectNoEvents();
    }

    @Test
    void receivedFeedbackCarriesTheEndOfItsCoolingOffPeriodFromTheSetting() {
        ApplicationFixtures patient = new ApplicationFixtures(
                new FeedbackCycleSettings(Duration.ofDays(14), Duration.ofHours(48)));
        FeedbackPoint point = new FeedbackPoint(POINT_1, "Too junior");
        patient.given(tracked(), rejected())
                .when(recordFeedback(NOW, point))
                .expectEvents(new FeedbackReceived(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW, List.of(point),
                        new FeedbackGiver("Dana", "Hiring manager"), Specificity.SPECIFIC,
                        NOW.plus(Duration.ofHours(48))))
                .expectResultMessagePayload(new FeedbackReceipt(List.of(POINT_1), NOW.plus(Duration.ofHours(48))));
    }

    @Test
    void theFollowUpIsTheLastRequestSoItCarriesNoFollowUpDue() {
        Instant first = REJECTED_AT.plusSeconds(60);
        ApplicationFixtures patient = new ApplicationFixtures(
                new FeedbackCycleSettings(Duration.ofDays(30), Duration.ofHours(24)));
        patient.given(tracked(), rejected(), requestedWith(1, first, true, List.of()))
                .when(request(NOW))
                .expectEvents(new FeedbackRequested(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW, Channel.EMAIL,
                        "Dana Recruiter", List.of(new RequestedQuestion("weak-areas", WEAK_AREAS)), 2, REJECTED_AT,
                        true, List.of(), NOW.plus(Duration.ofDays(30)), null));
    }

    @Test
    void cannotEvaluateFeedbackBeforeItWasReceived() {
        fixtures.given(tracked(), rejected(), requested(1, REJECTED_AT))
                .when(evaluate(NOW, true, accepted(POINT_1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Feedback can be evaluated only after it was received; "
                        + "record the feedback first.")
                .expectNoEvents();
    }

    @Test
    void cannotEvaluateAPointThatIsNotPartOfTheFeedback() {
        fixtures.given(tracked(), rejected(), feedbackReceived(NOW.minus(Duration.ofDays(2))))
                .when(evaluate(NOW, false, accepted(FeedbackPointId.random())))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotEvaluateWithAWeaknessMissingFromTheTaxonomy() {
        fixtures.given(tracked(), rejected(), feedbackReceived(NOW.minus(Duration.ofDays(2))))
                .when(evaluate(NOW, false, accepted(POINT_1, "communication.mumbling")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("'communication.mumbling' is not in the weakness taxonomy; "
                        + "use a key from GET /api/v1/catalogue/weaknesses.")
                .expectNoEvents();
    }

    @Test
    void cannotEvaluateTheSamePointTwice() {
        fixtures.given(tracked(), rejected(), feedbackReceived(NOW.minus(Duration.ofDays(3))),
                        new FeedbackEvaluated(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW.minus(Duration.ofDays(1)),
                                List.of(accepted(POINT_1)), null, false))
                .when(evaluate(NOW, false, accepted(POINT_1)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canEvaluateTheRemainingPointsLater() {
        fixtures.given(tracked(), rejected(), feedbackReceived(NOW.minus(Duration.ofDays(3))),
                        new FeedbackEvaluated(APPLICATION, ORG, CANDIDATE, EMPLOYER, NOW.minus(Duration.ofDays(1)),
                                List.of(accepted(POINT_1)), null, false))
                .when(evaluate(NOW, false, accepted(POINT_2)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotEvaluateWithScoresOutsideOneToFive() {
        fixtures.given(tracked(), rejected(), feedbackReceived(NOW.minus(Duration.ofDays(2))))
                .when(evaluate(NOW, false, new PointEvaluation(POINT_1, Verdict.ACCEPTED, 6, 3, List.of())))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("points[].ringsTrue must be between 1 and 5, not 6.");
    }

    @Test
    void cannotEvaluateAPointWithoutVerdict() {
        fixtures.given(tracked(), rejected(), feedbackReceived(NOW.minus(Duration.ofDays(2))))
                .when(evaluate(NOW, false, new PointEvaluation(POINT_1, null, 3, 3, List.of())))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotEvaluateInTheFuture() {
        fixtures.given(tracked(), rejected(), feedbackReceived(NOW.minus(Duration.ofDays(2))))
                .when(evaluate(NOW.plusSeconds(5), false, accepted(POINT_1)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotEvaluateBeforeTheFeedbackArrived() {
        fixtures.given(tracked(), rejected(), feedbackReceived(NOW))
                .when(evaluate(NOW.minusSeconds(60), true, accepted(POINT_1)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
