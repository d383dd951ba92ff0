package dev.rebound.projections.timeline;

import dev.rebound.projections.ReadModelDatabase;
import dev.rebound.api.application.FeedbackGiver;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.application.Verdict;
import dev.rebound.api.application.event.FeedbackEvaluated;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.application.event.FeedbackResponseTimedOut;
import dev.rebound.api.application.event.FeedbackRequestDue;
import dev.rebound.api.application.event.EvaluationDue;
import dev.rebound.api.application.event.FeedbackRequested;
import dev.rebound.api.application.event.InterviewRecorded;
import dev.rebound.api.application.event.OfferReceived;
import dev.rebound.api.common.ContactId;
import dev.rebound.api.common.PracticeSessionId;
import dev.rebound.api.employer.ContactDirection;
import dev.rebound.api.employer.ContactPurpose;
import dev.rebound.api.employer.event.EmployerContacted;
import dev.rebound.api.improvement.ImprovementPlanId;
import dev.rebound.api.improvement.PracticeType;
import dev.rebound.api.improvement.event.PracticeSessionLogged;
import dev.rebound.api.organization.event.PersonalDataErased;
import dev.rebound.api.privacy.Redaction;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import static org.axonframework.eventhandling.ReplayStatus.REGULAR;

import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import dev.rebound.api.timeline.query.FindTimeline;
import dev.rebound.api.timeline.query.TimelineEntry;
import dev.rebound.api.timeline.query.TimelinePage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The timeline read model on a real PostgreSQL, fed with hand-built events. */
class TimelineProjectionTest {

    private static final OrganizationId ORG = OrganizationId.random();
    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private final SimpleQueryUpdateEmitter updates = SimpleQueryUpdateEmitter.builder().build();
    private TimelineProjection projection;
    private JdbcClient jdbc;

    @BeforeEach
    void freshReadModel() {
        jdbc = ReadModelDatabase.fresh("timeline");
        projection = new TimelineProjection(jdbc, updates);
    }

    private ApplicationTracked tracked(ApplicationId application, String employer, LocalDate appliedOn) {
        return tracked(ORG, application, employer, appliedOn);
    }

    private ApplicationTracked tracked(OrganizationId org, ApplicationId application, String employer,
                                       LocalDate appliedOn) {
        return new ApplicationTracked(application, org, CANDIDATE, EmployerId.forCandidate(CANDIDATE, employer),
                employer, "Data Analyst", appliedOn, "referral", null);
    }

    private RejectionReceived rejected(ApplicationId application, String employer, Instant receivedAt) {
        return new RejectionReceived(application, ORG, CANDIDATE, EmployerId.forCandidate(CANDIDATE, employer),
                receivedAt, Stage.ONSITE, Channel.EMAIL, "went with an internal candidate",
                receivedAt.plus(Duration.ofHours(24)));
    }

    private TimelinePage read(FindTimeline query) {
        return projection.handle(query);
    }

    private FindTimeline all() {
        return new FindTimeline(ORG, CANDIDATE, null, null, null, null, null, 0, 50);
    }

    @Test
    void showsEveryEventNewestFirstWithEmployerAndSummary() {
        ApplicationId acme = ApplicationId.random();
        projection.on(tracked(acme, "Acme Analytics", LocalDate.parse("2026-02-01")), "e1", T0, REGULAR);
        projection.on(rejected(acme, "Acme Analytics", T0.minusSeconds(3600)), "e2", T0.plusSeconds(60), REGULAR);

        TimelinePage page = read(all());

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(TimelineEntry::type)
                .containsExactly("RejectionReceived", "ApplicationTracked");
        TimelineEntry rejection = page.items().getFirst();
        assertThat(rejection.occurredAt()).isEqualTo(T0.minusSeconds(3600));
        assertThat(rejection.recordedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(rejection.employerName()).isEqualTo("Acme Analytics");
        assertThat(rejection.employerId()).isEqualTo(EmployerId.forCandidate(CANDIDATE, "acme analytics"));
        assertThat(rejection.applicationId()).isEqualTo(acme);
        assertThat(rejection.summary())
                .isEqualTo("Rejected after the onsite stage (email): went with an internal candidate");
        assertThat(page.items().get(1).occurredAt()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(page.items().get(1).summary()).isEqualTo("Applied for Data Analyst at Acme Analytics (source: referral)");
    }

    @Test
    void erasureScrubsEverySummaryToWhatAReplayOfTheErasedEventsBuilds() {
        ApplicationId acme = ApplicationId.random();
        EmployerId employer = EmployerId.forCandidate(CANDIDATE, "Acme");
        List<dev.rebound.api.common.CandidateEvent> history = List.of(
                tracked(acme, "Acme", LocalDate.parse("2026-02-01")),
                new InterviewRecorded(acme, ORG, CANDIDATE, employer, Stage.ONSITE, LocalDate.parse("2026-02-10"),
                        List.of("Grace Hopper", "Alan Turing"), null),
                rejected(acme, "Acme", T0),
                new FeedbackReceived(acme, ORG, CANDIDATE, employer, T0.plusSeconds(60),
                        List.of(new FeedbackPoint(FeedbackPointId.random(), "too quiet")),
                        new FeedbackGiver("Grace Hopper", "hiring manager"), Specificity.SPECIFIC,
                        T0.plusSeconds(60).plus(Duration.ofHours(24))),
                new OfferReceived(acme, ORG, CANDIDATE, employer, T0.plusSeconds(120), "a note only I should read"));
        PersonalDataErased erased = new PersonalDataErased(CANDIDATE, ORG, T0.plusSeconds(600));
        for (int i = 0; i < history.size(); i++) {
            feed(history.get(i), "e" + i);
        }

        feed(erased, "erased");

        TimelinePage scrubbed = read(all());
        assertThat(scrubbed.items()).extracting(TimelineEntry::summary)
                .noneMatch(summary -> summary.contains("Grace") || summary.contains("Turing")
                        || summary.contains("internal candidate") || summary.contains("hiring manager")
                        || summary.contains("should read"))
                .contains("Had a onsite interview with [erased], [erased]", "Erased the personal data");

        jdbc = ReadModelDatabase.fresh("timeline");
        projection = new TimelineProjection(jdbc, updates);
        for (int i = 0; i < history.size(); i++) {
            feed(Redaction.redact(history.get(i)), "e" + i);
        }
        feed(erased, "erased");
        assertThat(read(all())).isEqualTo(scrubbed);
    }

    private void feed(dev.rebound.api.common.CandidateEvent event, String eventId) {
        switch (event) {
            case ApplicationTracked e -> projection.on(e, eventId, T0, REGULAR);
            case InterviewRecorded e -> projection.on(e, eventId, T0, REGULAR);
            case RejectionReceived e -> projection.on(e, eventId, T0, REGULAR);
            case FeedbackReceived e -> projection.on(e, eventId, T0, REGULAR);
            case OfferReceived e -> projection.on(e, eventId, T0, REGULAR);
            case PersonalDataErased e -> projection.on(e, eventId, T0, REGULAR);
            default -> throw new IllegalArgumentException(event.toString());
        }
    }

    @Test
    void applicationWithoutDateOccursWhenItWasRecorded() {
        ApplicationId acme = ApplicationId.random();
        projection.on(tracked(acme, "Acme", null), "e1", T0, REGULAR);

        assertThat(read(all()).items().getFirst().occurredAt()).isEqualTo(T0);
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        ApplicationId acme = ApplicationId.random();
        ApplicationTracked tracked = tracked(acme, "Acme", LocalDate.parse("2026-02-01"));
        RejectionReceived rejected = rejected(acme, "Acme", T0);
        projection.on(tracked, "e1", T0, REGULAR);
        projection.on(rejected, "e2", T0, REGULAR);
        TimelinePage once = read(all());

        projection.on(tracked, "e1", T0, REGULAR);
        projection.on(rejected, "e2", T0, REGULAR);

        assertThat(read(all())).isEqualTo(once);
        assertThat(jdbc.sql("SELECT count(*) FROM timeline_employer").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void filtersByEmployerTypeAndOccurredAtPeriod() {
        ApplicationId acme = ApplicationId.random();
        ApplicationId globex = ApplicationId.random();
        projection.on(tracked(acme, "Acme", LocalDate.parse("2026-01-10")), "e1", T0, REGULAR);
        projection.on(tracked(globex, "Globex", LocalDate.parse("2026-01-20")), "e2", T0, REGULAR);
        projection.on(rejected(acme, "Acme", Instant.parse("2026-02-05T12:00:00Z")), "e3", T0, REGULAR);
        projection.on(rejected(globex, "Globex", Instant.parse("2026-02-25T12:00:00Z")), "e4", T0, REGULAR);

        EmployerId acmeId = EmployerId.forCandidate(CANDIDATE, "Acme");
        assertThat(read(new FindTimeline(ORG, CANDIDATE, acmeId, null, null, null, null, 0, 50)).items())
                .extracting(TimelineEntry::applicationId).containsOnly(acme).hasSize(2);
        assertThat(read(new FindTimeline(ORG, CANDIDATE, null, "RejectionReceived", null, null, null, 0, 50))
                .items()).extracting(TimelineEntry::applicationId).containsExactly(globex, acme);
        assertThat(read(new FindTimeline(ORG, CANDIDATE, null, null, Instant.parse("2026-01-20T00:00:00Z"),
                Instant.parse("2026-02-05T12:00:00Z"), null, 0, 50)).items())
                .extracting(TimelineEntry::type).containsExactly("RejectionReceived", "ApplicationTracked");
    }

    @Test
    void asOfLeavesOutWhatWasRecordedLater() {
        ApplicationId acme = ApplicationId.random();
        projection.on(tracked(acme, "Acme", LocalDate.parse("2026-02-01")), "e1", T0, REGULAR);
        projection.on(rejected(acme, "Acme", T0), "e2", T0.plusSeconds(86_400), REGULAR);

        assertThat(read(new FindTimeline(ORG, CANDIDATE, null, null, null, null, T0.plusSeconds(3600), 0, 50))
                .items()).extracting(TimelineEntry::type).containsExactly("ApplicationTracked");
        assertThat(read(new FindTimeline(ORG, CANDIDATE, null, null, null, null, T0.plusSeconds(86_400), 0, 50))
                .total()).isEqualTo(2);
    }

    @Test
    void paginatesNewestFirstWithTheTotal() {
        for (int day = 1; day <= 5; day++) {
            projection.on(tracked(ApplicationId.random(), "Employer " + day, LocalDate.of(2026, 2, day)),
                    "e" + day, T0, REGULAR);
        }

        TimelinePage second = read(new FindTimeline(ORG, CANDIDATE, null, null, null, null, null, 1, 2));

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.items()).extracting(TimelineEntry::employerName).containsExactly("Employer 3", "Employer 2");
    }

    @Test
    void neverShowsAnotherOrganizationsEntriesEvenForTheSameCandidateId() {
        OrganizationId other = OrganizationId.random();
        projection.on(tracked(other, ApplicationId.random(), "Foreign Corp", LocalDate.parse("2026-02-01")), "e1", T0, REGULAR);
        projection.on(tracked(ApplicationId.random(), "Acme", LocalDate.parse("2026-02-02")), "e2", T0, REGULAR);

        assertThat(read(all()).items()).extracting(TimelineEntry::employerName).containsExactly("Acme");
    }

    @Test
    void resetEmptiesTheReadModel() {
        projection.on(tracked(ApplicationId.random(), "Acme", LocalDate.parse("2026-02-01")), "e1", T0, REGULAR);

        projection.reset();

        assertThat(read(all()).total()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM timeline_employer").query(Long.class).single()).isZero();
    }

    @Test
    void showsEveryKindOfFactOfTheFeedbackCycleWithItsOccurredAtTime() {
        ApplicationId acme = ApplicationId.random();
        EmployerId acmeId = EmployerId.forCandidate(CANDIDATE, "Acme");
        FeedbackPointId point = FeedbackPointId.random();
        projection.on(tracked(acme, "Acme", LocalDate.parse("2026-02-01")), "e1", T0, REGULAR);
        projection.on(new InterviewRecorded(acme, ORG, CANDIDATE, acmeId, Stage.TECHNICAL,
                LocalDate.parse("2026-02-10"), List.of("Dana", "Lee"), null), "e2", T0, REGULAR);
        projection.on(rejected(acme, "Acme", Instant.parse("2026-02-20T10:00:00Z")), "e3", T0, REGULAR);
        projection.on(new FeedbackRequested(acme, ORG, CANDIDATE, acmeId, Instant.parse("2026-02-20T15:00:00Z"),
                Channel.EMAIL, "Dana", List.of(RequestedQuestion.fromCatalogue("weak-areas")), 1,
                Instant.parse("2026-02-20T10:00:00Z"), true, List.of(), Instant.parse("2026-03-06T15:00:00Z"),
                Instant.parse("2026-02-27T15:00:00Z")), "e4", T0, REGULAR);
        projection.on(new FeedbackReceived(acme, ORG, CANDIDATE, acmeId, Instant.parse("2026-02-22T09:00:00Z"),
                List.of(new FeedbackPoint(point, "Interrupted")), new FeedbackGiver("Dana", "hiring manager"),
                Specificity.SPECIFIC, Instant.parse("2026-02-23T09:00:00Z")), "e5", T0, REGULAR);
        projection.on(new FeedbackEvaluated(acme, ORG, CANDIDATE, acmeId, Instant.parse("2026-02-24T09:00:00Z"),
                List.of(new PointEvaluation(point, Verdict.ACCEPTED, 4, 4, List.of("communication.active-listening"))),
                null, false), "e6", T0, REGULAR);
        projection.on(new EmployerContacted(acmeId, ORG, CANDIDATE, ContactId.random(),
                Instant.parse("2026-02-24T10:00:00Z"), ContactDirection.OUTBOUND, Channel.EMAIL,
                ContactPurpose.THANK_YOU, "Dana", "Thank you", List.of()), "e7", T0, REGULAR);
        projection.on(new PracticeSessionLogged(ImprovementPlanId.forCandidate(CANDIDATE), ORG, CANDIDATE,
                PracticeSessionId.random(), LocalDate.parse("2026-02-25"), PracticeType.MOCK_INTERVIEW, 45,
                List.of("communication.active-listening"), 4, null), "e8", T0, REGULAR);
        projection.on(new OfferReceived(ApplicationId.random(), ORG, CANDIDATE, acmeId,
                Instant.parse("2026-03-01T08:00:00Z"), "Start in April"), "e9", T0, REGULAR);

        List<TimelineEntry> items = read(all()).items();

        assertThat(items).extracting(TimelineEntry::type).containsExactly("OfferReceived", "PracticeSessionLogged",
                "EmployerContacted", "FeedbackEvaluated", "FeedbackReceived", "FeedbackRequested",
                "RejectionReceived", "InterviewRecorded", "ApplicationTracked");
        assertThat(items).extracting(TimelineEntry::summary).containsExactly(
                "Received an offer: Start in April",
                "Practised: mock interview, 45 min on communication.active-listening",
                "Contacted the employer (thank you, email)",
                "Evaluated feedback: 1 accepted, 0 partly, 0 rejected",
                "Received feedback from the hiring manager: 1 point (specific)",
                "Asked for feedback by email with 1 question",
                "Rejected after the onsite stage (email): went with an internal candidate",
                "Had a technical interview with Dana, Lee",
                "Applied for Data Analyst at Acme (source: referral)");
        assertThat(items.get(2).employerName()).isEqualTo("Acme");
        assertThat(items.get(2).applicationId()).isNull();
        assertThat(items.get(1).employerId()).isNull();
        assertThat(items.get(1).occurredAt()).isEqualTo(Instant.parse("2026-02-25T00:00:00Z"));
    }

    @Test
    void remindersAreEntriesDatedWhenTheyWereDueAndRecordedWhenTheyFired() {
        ApplicationId acme = ApplicationId.random();
        ApplicationId globex = ApplicationId.random();
        EmployerId acmeId = EmployerId.forCandidate(CANDIDATE, "Acme");
        EmployerId globexId = EmployerId.forCandidate(CANDIDATE, "Globex");
        Instant rejectedAt = Instant.parse("2026-02-02T10:00:00Z");
        Instant requestedAt = Instant.parse("2026-02-04T10:00:00Z");
        Instant receivedAt = Instant.parse("2026-02-06T10:00:00Z");
        projection.on(tracked(acme, "Acme", LocalDate.parse("2026-01-10")), "e1", T0, REGULAR);
        projection.on(tracked(globex, "Globex", LocalDate.parse("2026-01-12")), "e2", T0, REGULAR);
        // the rejection was recorded late, so its reminder fired at once, long after it was due
        projection.on(new FeedbackRequestDue(acme, ORG, CANDIDATE, acmeId, rejectedAt, rejectedAt.plus(
                Duration.ofHours(24))), "e3", T0, REGULAR);
        projection.on(new FeedbackResponseTimedOut(globex, ORG, CANDIDATE, globexId, 2, requestedAt,
                requestedAt.plus(Duration.ofDays(14))), "e4", requestedAt.plus(Duration.ofDays(14)).plusSeconds(3),
                REGULAR);
        projection.on(new EvaluationDue(acme, ORG, CANDIDATE, acmeId, receivedAt, receivedAt.plus(
                Duration.ofHours(36))), "e5", receivedAt.plus(Duration.ofHours(36)).plusSeconds(1), REGULAR);

        List<TimelineEntry> reminders = read(all()).items().subList(0, 3);

        assertThat(reminders).extracting(TimelineEntry::type, TimelineEntry::occurredAt, TimelineEntry::recordedAt,
                        TimelineEntry::employerName, TimelineEntry::applicationId, TimelineEntry::summary)
                .containsExactly(
                        tuple("FeedbackResponseTimedOut", Instant.parse("2026-02-18T10:00:00Z"),
                                Instant.parse("2026-02-18T10:00:03Z"), "Globex", globex,
                                "No answer to the follow-up within 14 days"),
                        tuple("EvaluationDue", Instant.parse("2026-02-07T22:00:00Z"),
                                Instant.parse("2026-02-07T22:00:01Z"), "Acme", acme,
                                "Time to evaluate the feedback: it has rested for 36 hours"),
                        tuple("FeedbackRequestDue", Instant.parse("2026-02-03T10:00:00Z"), T0, "Acme", acme,
                                "Time to ask for feedback: the rejection came 24 hours ago"));
        assertThat(read(new FindTimeline(ORG, CANDIDATE, null, "FeedbackResponseTimedOut", null, null, null, 0, 50))
                .total()).isEqualTo(1);
    }

    @Test
    void anUnansweredFirstRequestReadsAsTheFeedbackRequestAndARepeatedReminderChangesNothing() {
        ApplicationId acme = ApplicationId.random();
        EmployerId acmeId = EmployerId.forCandidate(CANDIDATE, "Acme");
        FeedbackResponseTimedOut timedOut = new FeedbackResponseTimedOut(acme, ORG, CANDIDATE, acmeId, 1, T0,
                T0.plus(Duration.ofDays(30)));
        EvaluationDue due = new EvaluationDue(acme, ORG, CANDIDATE, acmeId, T0, T0.plus(Duration.ofHours(24)));
        FeedbackRequestDue requestDue = new FeedbackRequestDue(acme, ORG, CANDIDATE, acmeId, T0,
                T0.plus(Duration.ofHours(24)));
        projection.on(tracked(acme, "Acme", LocalDate.parse("2026-02-01")), "e1", T0, REGULAR);
        projection.on(timedOut, "e2", T0, REGULAR);
        projection.on(due, "e3", T0, REGULAR);
        projection.on(requestDue, "e4", T0, REGULAR);
        TimelinePage once = read(all());

        projection.on(timedOut, "e2", T0, REGULAR);
        projection.on(due, "e3", T0, REGULAR);
        projection.on(requestDue, "e4", T0, REGULAR);

        assertThat(read(all())).isEqualTo(once);
        assertThat(once.items()).extracting(TimelineEntry::summary)
                .contains("No answer to the feedback request within 30 days");
    }

    @Test
    void newEntryIsPushedToLiveSubscribersOfThatTimelineOnly() {
        List<Object> mine = subscribe(all());
        List<Object> rejectionsOnly = subscribe(new FindTimeline(ORG, CANDIDATE, null, "RejectionReceived", null,
                null, null, 0, 50));
        List<Object> someoneElse = subscribe(new FindTimeline(ORG, CandidateId.random(), null, null, null, null,
                null, 0, 50));
        ApplicationId acme = ApplicationId.random();

        projection.on(tracked(acme, "Acme", LocalDate.parse("2026-02-01")), "e1", T0, REGULAR);

        assertThat(mine).singleElement().isInstanceOf(TimelineEntry.class)
                .extracting(entry -> ((TimelineEntry) entry).type()).isEqualTo("ApplicationTracked");
        assertThat(rejectionsOnly).isEmpty();
        assertThat(someoneElse).isEmpty();
    }

    @Test
    void replayedEventsAreNotPushedAgain() {
        List<Object> mine = subscribe(all());

        projection.on(tracked(ApplicationId.random(), "Acme", LocalDate.parse("2026-02-01")), "e1", T0,
                ReplayStatus.REPLAY);

        assertThat(mine).isEmpty();
        assertThat(read(all()).total()).isEqualTo(1);
    }

    private List<Object> subscribe(FindTimeline query) {
        List<Object> received = new CopyOnWriteArrayList<>();
        updates.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(query,
                        ResponseTypes.instanceOf(TimelinePage.class), ResponseTypes.instanceOf(TimelineEntry.class)),
                        16)
                .getUpdates().subscribe(update -> received.add(update.getPayload()));
        return received;
    }
}
