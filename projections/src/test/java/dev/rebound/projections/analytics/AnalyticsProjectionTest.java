package dev.rebound.projections.analytics;

import dev.rebound.projections.ReadModelDatabase;
import dev.rebound.api.analytics.query.FindOrganizationAnalytics;
import dev.rebound.api.analytics.query.OrganizationAnalytics;
import dev.rebound.api.application.FeedbackGiver;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.application.Verdict;
import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.FeedbackEvaluated;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.application.event.FeedbackRequested;
import dev.rebound.api.application.event.InterviewRecorded;
import dev.rebound.api.application.event.OfferReceived;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.catalogue.Competency;
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
import dev.rebound.api.improvement.event.WeaknessMarkedAddressed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Organization analytics on a real PostgreSQL, fed with hand-built histories whose figures are known exactly. */
class AnalyticsProjectionTest {

    private static final OrganizationId ORG = OrganizationId.random();
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private AnalyticsProjection projection;
    private JdbcClient jdbc;

    /** The events of a test, in the order they were stored, each with its id and the time it was recorded. */
    private final List<Recorded> history = new ArrayList<>();
    private final Map<ApplicationId, ApplicationTracked> applications = new HashMap<>();

    private record Recorded(Object event, String eventId, Instant recordedAt) {
    }

    @BeforeEach
    void freshReadModel() {
        jdbc = ReadModelDatabase.fresh("analytics");
        projection = new AnalyticsProjection(jdbc);
    }

    // --- figures -------------------------------------------------------------------------------------------------

    @Test
    void withoutACandidateThereIsNoCohortToDescribe() {
        assertThat(analytics()).isEqualTo(OrganizationAnalytics.withheld(1));
    }

    @Test
    void withoutRejectionsOrFeedbackEveryOtherCountIsZeroAndEveryRateIsNull() {
        track(CandidateId.random(), "Acme");
        deliverAll();

        OrganizationAnalytics figures = analytics();

        assertThat(figures.suppressed()).isFalse();
        assertThat(figures.feedbackRequestedWithin24hRate()).isNull();
        assertThat(figures.feedbackResponseRate()).isNull();
        assertThat(figures.medianHoursToFeedback()).isNull();
        assertThat(figures.improvementRate()).isNull();
        assertThat(figures.offers()).isZero();
        assertThat(figures.rejections()).isZero();
        assertThat(figures.applications()).isOne();
        assertThat(figures.candidates()).isOne();
        assertThat(figures.weaknessByCompetency()).containsExactly(entry("career-development", 0L),
                entry("communication", 0L), entry("critical-thinking", 0L), entry("equity-inclusion", 0L),
                entry("leadership", 0L), entry("professionalism", 0L), entry("teamwork", 0L),
                entry("technology", 0L));
        assertThat(figures.furthestStages()).containsExactly(entry("OTHER", 0L), entry("SCREENING", 0L),
                entry("TECHNICAL", 0L), entry("ONSITE", 0L), entry("PANEL", 0L), entry("FINAL", 0L));
    }

    @Test
    void aFirstRequestExactly24HoursAfterTheRejectionIsStillWithinTheDay() {
        CandidateId candidate = CandidateId.random();
        ApplicationId exactly = track(candidate, "Acme");
        reject(exactly, T0, Stage.ONSITE);
        request(exactly, T0.plus(Duration.ofHours(24)));
        request(exactly, T0.plus(Duration.ofHours(72)));
        ApplicationId oneSecondLate = track(candidate, "Globex");
        reject(oneSecondLate, T0, Stage.ONSITE);
        request(oneSecondLate, T0.plus(Duration.ofHours(24)).plusSeconds(1));
        ApplicationId soon = track(candidate, "Initech");
        reject(soon, T0, Stage.FINAL);
        request(soon, T0.plus(Duration.ofMinutes(30)));
        ApplicationId neverAsked = track(candidate, "Hooli");
        reject(neverAsked, T0, Stage.SCREENING);
        track(candidate, "Not rejected yet");
        deliverAll();

        OrganizationAnalytics figures = analytics();

        assertThat(figures.rejections()).isEqualTo(4);
        assertThat(figures.feedbackRequestedWithin24hRate()).isEqualTo(0.5);
    }

    @Test
    void responseRateIsApplicationsAnsweredOverApplicationsAsked() {
        CandidateId candidate = CandidateId.random();
        ApplicationId twiceAskedOnceAnswered = rejectedApplication(candidate, "Acme");
        request(twiceAskedOnceAnswered, hours(1));
        request(twiceAskedOnceAnswered, hours(50));
        feedback(twiceAskedOnceAnswered, hours(60), 1);
        ApplicationId answeredTwice = rejectedApplication(candidate, "Globex");
        request(answeredTwice, hours(2));
        feedback(answeredTwice, hours(5), 1);
        feedback(answeredTwice, hours(9), 2);
        ApplicationId answered = rejectedApplication(candidate, "Initech");
        request(answered, hours(3));
        feedback(answered, hours(4), 1);
        ApplicationId unanswered = rejectedApplication(candidate, "Hooli");
        request(unanswered, hours(3));
        ApplicationId answeredUnasked = rejectedApplication(candidate, "Umbrella");
        feedback(answeredUnasked, hours(1), 1);
        deliverAll();

        assertThat(analytics().feedbackResponseRate()).isEqualTo(0.75);
    }

    @Test
    void medianHoursToFeedbackOfAnOddCountIsTheMiddleValueFromFirstRequestToFirstFeedback() {
        CandidateId candidate = CandidateId.random();
        ApplicationId ninetyMinutes = rejectedApplication(candidate, "Acme");
        request(ninetyMinutes, hours(1));
        feedback(ninetyMinutes, hours(1).plus(Duration.ofMinutes(90)), 1);
        ApplicationId tenHours = rejectedApplication(candidate, "Globex");
        request(tenHours, hours(2));
        request(tenHours, hours(8));
        feedback(tenHours, hours(12), 1);
        feedback(tenHours, hours(20), 1);
        ApplicationId thirtyHours = rejectedApplication(candidate, "Initech");
        request(thirtyHours, hours(0));
        feedback(thirtyHours, hours(30), 1);
        ApplicationId unanswered = rejectedApplication(candidate, "Hooli");
        request(unanswered, hours(0));
        deliverAll();

        assertThat(analytics().medianHoursToFeedback()).isEqualTo(10.0);
    }

    @Test
    void medianHoursToFeedbackOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        CandidateId candidate = CandidateId.random();
        int[] waits = {100, 3, 8, 2};
        for (int wait : waits) {
            ApplicationId application = rejectedApplication(candidate, "Employer " + wait);
            request(application, hours(1));
            feedback(application, hours(1 + wait), 1);
        }
        deliverAll();

        OrganizationAnalytics figures = analytics();

        assertThat(figures.medianHoursToFeedback()).isEqualTo(5.5);
        assertThat(figures.feedbackResponseRate()).isEqualTo(1.0);
    }

    @Test
    void feedbackThatCameBeforeAnyRequestIsNoAnswerToItAndNeverMakesTheTimeNegative() {
        CandidateId candidate = CandidateId.random();
        ApplicationId toldThenAsked = rejectedApplication(candidate, "Acme");
        feedback(toldThenAsked, hours(0), 1);
        request(toldThenAsked, hours(10));
        feedback(toldThenAsked, hours(14), 1);
        ApplicationId onlyToldBefore = rejectedApplication(candidate, "Globex");
        feedback(onlyToldBefore, hours(0), 1);
        request(onlyToldBefore, hours(10));
        deliverAll();

        OrganizationAnalytics figures = analytics();

        assertThat(figures.medianHoursToFeedback()).isEqualTo(4.0);
        assertThat(figures.feedbackResponseRate()).isEqualTo(1.0);
    }

    @Test
    void weaknessesCountPerCompetencyOnceForEveryTagOfAnAcceptedOrPartlyAcceptedPoint() {
        CandidateId candidate = CandidateId.random();
        ApplicationId acme = rejectedApplication(candidate, "Acme");
        evaluate(acme, hours(30),
                point(Verdict.ACCEPTED, "communication.active-listening", "teamwork.collaboration"),
                point(Verdict.PARTLY, "communication.clarity"),
                point(Verdict.REJECTED, "communication.confidence", "leadership.ownership"),
                point(Verdict.ACCEPTED));
        ApplicationId globex = rejectedApplication(CandidateId.random(), "Globex");
        evaluate(globex, hours(40),
                point(Verdict.ACCEPTED, "technology.technical-depth"),
                point(Verdict.PARTLY, "technology.tools", "professionalism.preparation"),
                point(Verdict.ACCEPTED, "career-development.questions-asked"));
        deliverAll();

        assertThat(analytics().weaknessByCompetency()).containsExactly(entry("career-development", 1L),
                entry("communication", 2L), entry("critical-thinking", 0L), entry("equity-inclusion", 0L),
                entry("leadership", 0L), entry("professionalism", 1L), entry("teamwork", 1L),
                entry("technology", 2L));
    }

    @Test
    void aSkillAreaAnOrganizationAddedCountsUnderTheCompetencyOfItsKey() {
        assertThat(AnalyticsProjection.competencyOf("communication.storytelling")).contains(Competency.COMMUNICATION);
        assertThat(AnalyticsProjection.competencyOf("technology.tools")).contains(Competency.TECHNOLOGY);
        assertThat(AnalyticsProjection.competencyOf("juggling.clubs")).isEmpty();
        assertThat(AnalyticsProjection.competencyOf("communication")).isEmpty();
    }

    @Test
    void improvementRateIsTheShareOfMentionedWeaknessesThatAreImprovingOrAddressed() {
        CandidateId first = CandidateId.random();
        ApplicationId acme = rejectedApplication(first, "Acme");
        evaluate(acme, at(10), point(Verdict.ACCEPTED, "communication.active-listening"),
                point(Verdict.ACCEPTED, "technology.technical-depth"));
        practise(first, date(12), "communication.active-listening", "teamwork.conflict");

        CandidateId second = CandidateId.random();
        ApplicationId globex = rejectedApplication(second, "Globex");
        evaluate(globex, at(5), point(Verdict.PARTLY, "communication.active-listening"),
                point(Verdict.ACCEPTED, "professionalism.preparation"),
                point(Verdict.REJECTED, "communication.clarity"));
        markAddressed(second, "communication.active-listening", at(6));
        for (int day = 7; day <= 9; day++) {
            evaluate(rejectedApplication(second, "Employer " + day), at(day), point(Verdict.REJECTED));
        }
        deliverAll();

        // first: listening IMPROVING (practised since), technical depth OPEN; second: listening ADDRESSED (marked),
        // preparation ADDRESSED (three later evaluations without it); clarity was rejected, conflict only practised
        assertThat(analytics().improvementRate()).isEqualTo(0.75);
    }

    @Test
    void furthestStageIsTheHighestOfTheInterviewsAndTheRejection() {
        CandidateId candidate = CandidateId.random();
        ApplicationId technical = track(candidate, "Acme");
        interview(technical, Stage.SCREENING);
        interview(technical, Stage.TECHNICAL);
        reject(technical, hours(0), Stage.TECHNICAL);
        ApplicationId onsiteRejectedAsScreening = track(candidate, "Globex");
        interview(onsiteRejectedAsScreening, Stage.ONSITE);
        reject(onsiteRejectedAsScreening, hours(0), Stage.SCREENING);
        ApplicationId rejectedAtFinal = track(candidate, "Initech");
        interview(rejectedAtFinal, Stage.OTHER);
        reject(rejectedAtFinal, hours(0), Stage.FINAL);
        ApplicationId otherOnly = track(candidate, "Hooli");
        reject(otherOnly, hours(0), Stage.OTHER);
        ApplicationId panelThenOffer = track(candidate, "Umbrella");
        interview(panelThenOffer, Stage.PANEL);
        offer(panelThenOffer, hours(5));
        ApplicationId secondTechnical = track(candidate, "Wayne");
        interview(secondTechnical, Stage.TECHNICAL);
        track(candidate, "Nothing yet");
        deliverAll();

        assertThat(analytics().furthestStages()).containsExactly(entry("OTHER", 1L), entry("SCREENING", 0L),
                entry("TECHNICAL", 2L), entry("ONSITE", 1L), entry("PANEL", 1L), entry("FINAL", 1L));
    }

    @Test
    void countsOffersRejectionsApplicationsAndCandidates() {
        CandidateId first = CandidateId.random();
        CandidateId second = CandidateId.random();
        offer(track(first, "Acme"), hours(1));
        offer(track(second, "Globex"), hours(2));
        rejectedApplication(second, "Initech");
        track(second, "Hooli");
        deliverAll();

        OrganizationAnalytics figures = analytics();

        assertThat(figures.offers()).isEqualTo(2);
        assertThat(figures.rejections()).isEqualTo(1);
        assertThat(figures.applications()).isEqualTo(4);
        assertThat(figures.candidates()).isEqualTo(2);
    }

    @Test
    void aWholeCohortGivesExactlyItsFigures() {
        cohort();
        deliverAll();

        assertThat(analytics()).isEqualTo(cohortFigures());
    }

    // --- no group smaller than the minimum cohort -------------------------------------------------------------------

    @Test
    void aCohortOfFourWithAMinimumOfFiveIsWithheldWholly() {
        for (int number = 1; number <= 4; number++) {
            CandidateId candidate = CandidateId.random();
            ApplicationId application = rejectedApplication(candidate, "Employer " + number);
            request(application, hours(2));
            feedback(application, hours(5), 1);
            evaluate(application, hours(30), point(Verdict.ACCEPTED, "communication.clarity"));
        }
        deliverAll();

        OrganizationAnalytics figures = analytics(5);

        assertThat(figures).isEqualTo(new OrganizationAnalytics(null, null, null, null, null, null, null, null, null,
                null, true, "Fewer than 5 candidates: figures are withheld so that no one can be singled out."));
        assertThat(analytics(4).suppressed()).as("the same cohort at a minimum of 4").isFalse();
    }

    @Test
    void aCohortOfExactlyTheMinimumIsDescribed() {
        for (int number = 1; number <= 5; number++) {
            track(CandidateId.random(), "Employer " + number);
        }
        deliverAll();

        OrganizationAnalytics figures = analytics(5);

        assertThat(figures.suppressed()).isFalse();
        assertThat(figures.suppressedReason()).isNull();
        assertThat(figures.candidates()).isEqualTo(5);
        assertThat(figures.applications()).isEqualTo(5);
        assertThat(figures.weaknessByCompetency().values()).containsOnly(0L);
    }

    @Test
    void aCompetencyMentionedForFewerCandidatesThanTheMinimumIsWithheldAlone() {
        for (int number = 1; number <= 5; number++) {
            CandidateId candidate = CandidateId.random();
            ApplicationId application = rejectedApplication(candidate, "Employer " + number);
            if (number == 1) {
                evaluate(application, hours(30), point(Verdict.ACCEPTED, "communication.clarity",
                        "technology.tools"), point(Verdict.PARTLY, "communication.active-listening"));
            } else {
                evaluate(application, hours(30), point(Verdict.ACCEPTED, "communication.clarity"),
                        point(Verdict.REJECTED, "leadership.ownership"));
            }
        }
        ApplicationId twoMore = rejectedApplication(CandidateId.random(), "Employer 6");
        evaluate(twoMore, hours(30), point(Verdict.ACCEPTED, "teamwork.collaboration"));
        deliverAll();

        OrganizationAnalytics figures = analytics(5);

        // communication: five candidates, six mentions; technology and teamwork: one candidate each; leadership
        // was rejected, so no one was mentioned in it
        assertThat(figures.suppressed()).isFalse();
        assertThat(figures.weaknessByCompetency()).containsExactly(entry("career-development", 0L),
                entry("communication", 6L), entry("critical-thinking", 0L), entry("equity-inclusion", 0L),
                entry("leadership", 0L), entry("professionalism", 0L), entry("teamwork", null),
                entry("technology", null));
        assertThat(figures.improvementRate()).as("six candidates have a mention").isNotNull();
        assertThat(analytics(1).weaknessByCompetency()).contains(entry("technology", 1L), entry("teamwork", 1L));
    }

    @Test
    void theImprovementRateOfFewerMentionedCandidatesThanTheMinimumIsWithheld() {
        for (int number = 1; number <= 5; number++) {
            ApplicationId application = rejectedApplication(CandidateId.random(), "Employer " + number);
            if (number <= 4) {
                evaluate(application, hours(30), point(Verdict.ACCEPTED, "communication.clarity"));
            }
        }
        deliverAll();

        OrganizationAnalytics figures = analytics(5);

        assertThat(figures.suppressed()).isFalse();
        assertThat(figures.candidates()).isEqualTo(5);
        assertThat(figures.improvementRate()).isNull();
        assertThat(figures.weaknessByCompetency()).containsEntry("communication", null);
        assertThat(figures.feedbackRequestedWithin24hRate()).as("defined over rejections, not a group")
                .isEqualTo(0.0);
        assertThat(analytics(4).improvementRate()).isEqualTo(0.0);
    }

    // --- replay, order, tenants, reset ---------------------------------------------------------------------------

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        cohort();
        history.forEach(recorded -> {
            deliver(recorded);
            deliver(recorded);
        });
        OrganizationAnalytics twiceEach = analytics();

        history.forEach(this::deliver);

        assertThat(twiceEach).isEqualTo(cohortFigures());
        assertThat(analytics()).isEqualTo(cohortFigures());
    }

    @Test
    void theFiguresDoNotDependOnTheOrderEventsArriveIn() {
        cohort();
        List<Recorded> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, new Random(20261122));

        shuffled.forEach(this::deliver);

        assertThat(analytics()).isEqualTo(cohortFigures());
    }

    @Test
    void anotherOrganizationsEventsNeverCount() {
        OrganizationId other = OrganizationId.random();
        cohort();
        deliverAll();

        OrganizationAnalytics foreign = projection.handle(new FindOrganizationAnalytics(other, 1));

        assertThat(foreign).as("no candidate of its own, so nothing to describe")
                .isEqualTo(OrganizationAnalytics.withheld(1));
        assertThat(analytics()).isEqualTo(cohortFigures());
    }

    @Test
    void resetEmptiesTheReadModel() {
        cohort();
        deliverAll();

        projection.reset();

        assertThat(analytics()).isEqualTo(OrganizationAnalytics.withheld(1));
        for (String table : List.of("analytics_application", "analytics_interview", "analytics_rejection",
                "analytics_feedback_request", "analytics_feedback_receipt", "analytics_offer", "analytics_evaluation",
                "analytics_point_weakness", "analytics_practice", "analytics_weakness_marked_addressed")) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()).as(table).isZero();
        }
    }

    // --- a cohort of two candidates, used where the whole picture matters ----------------------------------------

    /**
     * Two candidates, five applications. Rejections: acme (first request after exactly 24 h), globex (after 30 h),
     * initech (never asked) → within 24 h: 1 of 3. Asked: acme, globex; answered: acme (after 20 h) → 1 of 2, median
     * 20 h. Mentions: listening and clarity (practised since → improving), technical depth (open) → 2 of 3; the
     * rejected conflict point is no mention. Furthest stages: acme onsite (its rejection), globex screening, initech
     * final, hooli panel (then an offer), umbrella none.
     */
    private void cohort() {
        CandidateId first = CandidateId.random();
        CandidateId second = CandidateId.random();
        ApplicationId acme = track(first, "Acme");
        interview(acme, Stage.TECHNICAL);
        reject(acme, at(1), Stage.ONSITE);
        request(acme, at(2));
        List<FeedbackPointId> points = feedback(acme, at(2).plus(Duration.ofHours(20)), 3);
        evaluate(acme, at(4), new PointEvaluation(points.get(0), Verdict.ACCEPTED, 4, 5,
                        List.of("communication.active-listening", "technology.technical-depth")),
                new PointEvaluation(points.get(1), Verdict.PARTLY, 3, 3, List.of("communication.clarity")),
                new PointEvaluation(points.get(2), Verdict.REJECTED, 1, 2, List.of("teamwork.conflict")));
        practise(first, date(5), "communication.active-listening", "communication.clarity");
        ApplicationId globex = track(first, "Globex");
        interview(globex, Stage.SCREENING);
        reject(globex, at(3), Stage.SCREENING);
        request(globex, at(3).plus(Duration.ofHours(30)));
        ApplicationId initech = track(second, "Initech");
        interview(initech, Stage.FINAL);
        reject(initech, at(6), Stage.FINAL);
        ApplicationId hooli = track(second, "Hooli");
        interview(hooli, Stage.PANEL);
        offer(hooli, at(8));
        track(second, "Umbrella");
    }

    private static OrganizationAnalytics cohortFigures() {
        return new OrganizationAnalytics(1.0 / 3, 0.5, 20.0,
                competencies(Map.of("communication", 2L, "technology", 1L)), 2.0 / 3, 1L, 3L, 5L, 2L,
                stages(Map.of("ONSITE", 1L, "SCREENING", 1L, "FINAL", 1L, "PANEL", 1L)), false, null);
    }

    private static Map<String, Long> competencies(Map<String, Long> counts) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (Competency competency : Competency.values()) {
            all.put(competency.key(), counts.getOrDefault(competency.key(), 0L));
        }
        return all;
    }

    private static Map<String, Long> stages(Map<String, Long> counts) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (String stage : List.of("OTHER", "SCREENING", "TECHNICAL", "ONSITE", "PANEL", "FINAL")) {
            all.put(stage, counts.getOrDefault(stage, 0L));
        }
        return all;
    }

    // --- building histories ----------------------------------------------------------------------------------------

    /** The figures with no group withheld (minimum 1): the tests of the arithmetic. */
    private OrganizationAnalytics analytics() {
        return analytics(1);
    }

    private OrganizationAnalytics analytics(int minimumCohort) {
        return projection.handle(new FindOrganizationAnalytics(ORG, minimumCohort));
    }

    private static Instant hours(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private static Instant at(int day) {
        return T0.plus(Duration.ofDays(day));
    }

    private static LocalDate date(int day) {
        return LocalDate.ofInstant(at(day), ZoneOffset.UTC);
    }

    private void record(Object event) {
        Instant recordedAt = history.isEmpty() ? T0 : history.getLast().recordedAt().plusSeconds(1);
        history.add(new Recorded(event, UUID.randomUUID().toString(), recordedAt));
    }

    private ApplicationId track(CandidateId candidate, String employer) {
        ApplicationId application = ApplicationId.random();
        ApplicationTracked tracked = new ApplicationTracked(application, ORG, candidate,
                EmployerId.forCandidate(candidate, employer), employer, "Data Analyst", null, null, null);
        applications.put(application, tracked);
        record(tracked);
        return application;
    }

    private ApplicationId rejectedApplication(CandidateId candidate, String employer) {
        ApplicationId application = track(candidate, employer);
        reject(application, hours(0), Stage.ONSITE);
        return application;
    }

    private void interview(ApplicationId application, Stage stage) {
        ApplicationTracked tracked = applications.get(application);
        record(new InterviewRecorded(application, ORG, tracked.candidateId(), tracked.employerId(), stage,
                date(0), List.of("Dana"), null));
    }

    private void reject(ApplicationId application, Instant receivedAt, Stage stage) {
        ApplicationTracked tracked = applications.get(application);
        record(new RejectionReceived(application, ORG, tracked.candidateId(), tracked.employerId(), receivedAt, stage,
                Channel.EMAIL, "Went with someone else", receivedAt.plus(Duration.ofHours(24))));
    }

    private void request(ApplicationId application, Instant sentAt) {
        ApplicationTracked tracked = applications.get(application);
        int number = (int) history.stream().filter(recorded -> recorded.event() instanceof FeedbackRequested asked
                && asked.applicationId().equals(application)).count() + 1;
        record(new FeedbackRequested(application, ORG, tracked.candidateId(), tracked.employerId(), sentAt,
                Channel.EMAIL, "Dana", List.of(new RequestedQuestion("weak-areas", "What were my weak areas?")),
                number, T0, false, List.of(), sentAt.plus(Duration.ofDays(14)),
                number == 1 ? sentAt.plus(Duration.ofDays(7)) : null));
    }

    private List<FeedbackPointId> feedback(ApplicationId application, Instant receivedAt, int points) {
        ApplicationTracked tracked = applications.get(application);
        List<FeedbackPoint> statements = IntStream.range(0, points)
                .mapToObj(number -> new FeedbackPoint(FeedbackPointId.random(), "Point " + number)).toList();
        record(new FeedbackReceived(application, ORG, tracked.candidateId(), tracked.employerId(), receivedAt,
                statements, new FeedbackGiver("Dana", "Hiring manager"), Specificity.SPECIFIC,
                receivedAt.plus(Duration.ofHours(24))));
        return statements.stream().map(FeedbackPoint::pointId).toList();
    }

    private static PointEvaluation point(Verdict verdict, String... weaknesses) {
        return new PointEvaluation(FeedbackPointId.random(), verdict, 4, 4, List.of(weaknesses));
    }

    private void evaluate(ApplicationId application, Instant evaluatedAt, PointEvaluation... points) {
        ApplicationTracked tracked = applications.get(application);
        record(new FeedbackEvaluated(application, ORG, tracked.candidateId(), tracked.employerId(), evaluatedAt,
                List.of(points), "Prefers smaller teams", false));
    }

    private void practise(CandidateId candidate, LocalDate heldOn, String... weaknesses) {
        record(new PracticeSessionLogged(ImprovementPlanId.forCandidate(candidate), ORG, candidate,
                PracticeSessionId.random(), heldOn, PracticeType.MOCK_INTERVIEW, 45, List.of(weaknesses), 3,
                "Let them finish"));
    }

    private void markAddressed(CandidateId candidate, String weakness, Instant recordedAt) {
        history.add(new Recorded(new WeaknessMarkedAddressed(ImprovementPlanId.forCandidate(candidate), ORG,
                candidate, weakness, "Coach agrees"), UUID.randomUUID().toString(), recordedAt));
    }

    private void offer(ApplicationId application, Instant receivedAt) {
        ApplicationTracked tracked = applications.get(application);
        record(new OfferReceived(application, ORG, tracked.candidateId(), tracked.employerId(), receivedAt,
                "Start in May"));
    }

    private void deliverAll() {
        history.forEach(this::deliver);
    }

    /** What the processor does: the event, with its id and recorded time, to the handler of its type. */
    private void deliver(Recorded recorded) {
        switch (recorded.event()) {
            case ApplicationTracked event -> projection.on(event);
            case InterviewRecorded event -> projection.on(event, recorded.eventId());
            case RejectionReceived event -> projection.on(event);
            case FeedbackRequested event -> projection.on(event, recorded.eventId());
            case FeedbackReceived event -> projection.on(event, recorded.eventId());
            case FeedbackEvaluated event -> projection.on(event, recorded.eventId());
            case OfferReceived event -> projection.on(event, recorded.eventId());
            case PracticeSessionLogged event -> projection.on(event, recorded.eventId());
            case WeaknessMarkedAddressed event -> projection.on(event, recorded.eventId(), recorded.recordedAt());
            default -> throw new IllegalArgumentException("No handler for " + recorded.event());
        }
    }
}
