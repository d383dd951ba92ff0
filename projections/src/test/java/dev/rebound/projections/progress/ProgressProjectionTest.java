package dev.rebound.projections.progress;

import dev.rebound.projections.ReadModelDatabase;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.application.event.InterviewRecorded;
import dev.rebound.api.application.event.OfferReceived;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.PracticeSessionId;
import dev.rebound.api.common.Stage;
import dev.rebound.api.improvement.ImprovementPlanId;
import dev.rebound.api.improvement.PracticeType;
import dev.rebound.api.improvement.event.PracticeSessionLogged;
import dev.rebound.api.progress.query.FindProgress;
import dev.rebound.api.progress.query.MonthlyProgress;
import dev.rebound.api.progress.query.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The progress read model on a real PostgreSQL, fed with hand-built events. */
class ProgressProjectionTest {

    private static final OrganizationId ORG = OrganizationId.random();
    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final Instant RECORDED_AT = Instant.parse("2026-02-03T10:00:00Z");

    private ProgressProjection projection;
    private JdbcClient jdbc;
    private final List<Recorded> history = new ArrayList<>();

    @BeforeEach
    void freshReadModel() {
        jdbc = ReadModelDatabase.fresh("progress");
        projection = new ProgressProjection(jdbc);
    }

    /** An event as the event store hands it over: with its id and when it was recorded. */
    private record Recorded(Object event, String eventId, Instant recordedAt) {
    }

    private void record(Object event) {
        Recorded recorded = new Recorded(event, "event-" + (history.size() + 1), RECORDED_AT);
        history.add(recorded);
        apply(recorded);
    }

    private void apply(Recorded recorded) {
        switch (recorded.event()) {
            case ApplicationTracked tracked -> projection.on(tracked, recorded.eventId(), recorded.recordedAt());
            case InterviewRecorded interview -> projection.on(interview, recorded.eventId());
            case RejectionReceived rejection -> projection.on(rejection, recorded.eventId());
            case OfferReceived offer -> projection.on(offer, recorded.eventId());
            case PracticeSessionLogged practice -> projection.on(practice, recorded.eventId());
            case FeedbackReceived feedback -> projection.on(feedback);
            default -> throw new IllegalArgumentException("Not an event of this read model: " + recorded.event());
        }
    }

    private ApplicationId track(String employer, String appliedOn) {
        return track(ORG, employer, appliedOn);
    }

    private ApplicationId track(OrganizationId org, String employer, String appliedOn) {
        ApplicationId application = ApplicationId.random();
        record(new ApplicationTracked(application, org, CANDIDATE, employer(employer), employer, "Data Analyst",
                appliedOn == null ? null : LocalDate.parse(appliedOn), null, null));
        return application;
    }

    private void interview(ApplicationId application, Stage stage, String heldOn) {
        record(new InterviewRecorded(application, ORG, CANDIDATE, employer("any"), stage, LocalDate.parse(heldOn),
                List.of(), null));
    }

    private void reject(ApplicationId application, Stage stage, String receivedAt) {
        reject(ORG, application, stage, receivedAt);
    }

    private void reject(OrganizationId org, ApplicationId application, Stage stage, String receivedAt) {
        record(new RejectionReceived(application, org, CANDIDATE, employer("any"), Instant.parse(receivedAt), stage,
                Channel.EMAIL, null, Instant.parse(receivedAt).plus(Duration.ofHours(24))));
    }

    private void feedback(ApplicationId application, String receivedAt) {
        record(new FeedbackReceived(application, ORG, CANDIDATE, employer("any"), Instant.parse(receivedAt),
                List.of(new FeedbackPoint(FeedbackPointId.random(), "Shallow on statistics")), null,
                Specificity.SPECIFIC, Instant.parse(receivedAt).plus(Duration.ofHours(24))));
    }

    private void offer(ApplicationId application, String receivedAt) {
        record(new OfferReceived(application, ORG, CANDIDATE, employer("any"), Instant.parse(receivedAt), null));
    }

    private void practise(String heldOn, int minutes) {
        practise(ORG, heldOn, minutes);
    }

    private void practise(OrganizationId org, String heldOn, int minutes) {
        record(new PracticeSessionLogged(ImprovementPlanId.forCandidate(CANDIDATE), org, CANDIDATE,
                PracticeSessionId.random(), LocalDate.parse(heldOn), PracticeType.READING, minutes, List.of(), null,
                null));
    }

    private static EmployerId employer(String name) {
        return EmployerId.forCandidate(CANDIDATE, name);
    }

    private List<MonthlyProgress> months() {
        return projection.handle(new FindProgress(ORG, CANDIDATE)).items();
    }

    private static MonthlyProgress month(String month, int applications, Stage furthestStage, int rejections,
                                         int offers, Double feedbackRate, int practiceMinutes) {
        return new MonthlyProgress(YearMonth.parse(month), applications, furthestStage, rejections, offers,
                feedbackRate, practiceMinutes);
    }

    /** Four applications over three months, each figure in the month its occurred-at time falls in (UTC). */
    private void aCandidatesFirstMonths() {
        ApplicationId acme = track("Acme", "2026-01-20");
        ApplicationId globex = track("Globex", null);              // recorded 2026-02-03
        ApplicationId initech = track("Initech", "2026-02-28");
        ApplicationId hooli = track("Hooli", "2026-01-31");
        interview(acme, Stage.SCREENING, "2026-01-25");
        interview(acme, Stage.TECHNICAL, "2026-02-02");
        interview(hooli, Stage.PANEL, "2026-02-10");
        interview(globex, Stage.ONSITE, "2026-02-15");
        interview(initech, Stage.OTHER, "2026-03-01");
        reject(acme, Stage.TECHNICAL, "2026-02-28T23:30:00Z");
        reject(globex, Stage.ONSITE, "2026-03-01T00:30:00Z");
        reject(initech, Stage.SCREENING, "2026-03-05T12:00:00Z");
        feedback(acme, "2026-03-10T09:00:00Z");
        feedback(acme, "2026-03-12T09:00:00Z");
        feedback(initech, "2026-04-02T09:00:00Z");
        offer(hooli, "2026-03-20T16:00:00Z");
        practise("2026-01-10", 30);
        practise("2026-03-03", 45);
        practise("2026-03-28", 20);
        practise("2026-05-02", 15);
    }

    @Test
    void summarisesEachMonthInWhichAnythingHappenedNewestFirst() {
        aCandidatesFirstMonths();

        assertThat(months()).containsExactly(
                month("2026-05", 0, null, 0, 0, null, 15),
                month("2026-03", 0, Stage.ONSITE, 2, 1, 0.5, 65),
                month("2026-02", 2, Stage.PANEL, 1, 0, 1.0, 0),
                month("2026-01", 2, Stage.SCREENING, 0, 0, null, 30));
    }

    @Test
    void anApplicationWithoutADateCountsInTheMonthItWasRecorded() {
        track("Globex", null);

        assertThat(months()).containsExactly(month("2026-02", 1, null, 0, 0, null, 0));
    }

    @Test
    void furthestStageFollowsTheStageOrderNotTheAlphabet() {
        ApplicationId acme = track("Acme", "2025-12-01");
        ApplicationId globex = track("Globex", "2025-12-02");
        interview(acme, Stage.OTHER, "2026-01-05");
        interview(acme, Stage.FINAL, "2026-01-06");
        interview(globex, Stage.SCREENING, "2026-01-07");
        interview(globex, Stage.OTHER, "2026-02-07");
        interview(globex, Stage.ONSITE, "2026-03-07");
        reject(globex, Stage.PANEL, "2026-03-08T10:00:00Z");

        assertThat(months()).extracting(MonthlyProgress::month, MonthlyProgress::furthestStage).containsExactly(
                tuple(YearMonth.parse("2026-03"), Stage.PANEL),
                tuple(YearMonth.parse("2026-02"), Stage.OTHER),
                tuple(YearMonth.parse("2026-01"), Stage.FINAL),
                tuple(YearMonth.parse("2025-12"), null));
    }

    @Test
    void feedbackRateIsTheShareOfTheMonthsRejectedApplicationsThatReceivedFeedback() {
        List<ApplicationId> applications = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            applications.add(track("Employer " + i, "2026-01-0" + (i + 1)));
            reject(applications.get(i), Stage.SCREENING, "2026-02-1" + i + "T10:00:00Z");
        }
        feedback(applications.get(2), "2026-02-20T10:00:00Z");

        assertThat(months().getFirst().feedbackRate()).isEqualTo(1.0 / 3);

        feedback(applications.get(0), "2026-06-20T10:00:00Z");

        assertThat(months().getFirst().feedbackRate()).as("feedback months later still counts")
                .isEqualTo(2.0 / 3);
        assertThat(months()).extracting(MonthlyProgress::month)
                .as("receiving feedback alone makes no month appear")
                .containsExactly(YearMonth.parse("2026-02"), YearMonth.parse("2026-01"));
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        aCandidatesFirstMonths();
        Progress once = projection.handle(new FindProgress(ORG, CANDIDATE));
        long facts = count("progress_fact");
        long feedback = count("progress_feedback_received");

        List.copyOf(history).forEach(this::apply);

        assertThat(projection.handle(new FindProgress(ORG, CANDIDATE))).isEqualTo(once);
        assertThat(count("progress_fact")).isEqualTo(facts).isEqualTo(17);
        assertThat(count("progress_feedback_received")).isEqualTo(feedback).isEqualTo(2);
    }

    @Test
    void neverShowsOrCountsAnotherOrganizationsEventsEvenForTheSameCandidateId() {
        OrganizationId other = OrganizationId.random();
        ApplicationId foreign = track(other, "Foreign Corp", "2026-01-05");
        reject(other, foreign, Stage.FINAL, "2026-01-20T10:00:00Z");
        practise(other, "2026-01-21", 90);
        track("Acme", "2026-01-06");

        assertThat(projection.handle(new FindProgress(OrganizationId.random(), CANDIDATE)).items()).isEmpty();
        assertThat(months()).containsExactly(month("2026-01", 1, null, 0, 0, null, 0));
    }

    @Test
    void resetEmptiesTheReadModel() {
        aCandidatesFirstMonths();

        projection.reset();

        assertThat(months()).isEmpty();
        assertThat(count("progress_fact")).isZero();
        assertThat(count("progress_feedback_received")).isZero();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
