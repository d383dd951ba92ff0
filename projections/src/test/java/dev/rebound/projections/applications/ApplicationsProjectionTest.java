package dev.rebound.projections.applications;

import dev.rebound.projections.ReadModelDatabase;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.FeedbackStatus;
import dev.rebound.api.application.Verdict;
import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.applications.query.ApplicationList;
import dev.rebound.api.applications.query.ApplicationPage;
import dev.rebound.api.applications.query.ApplicationStatus;
import dev.rebound.api.applications.query.ApplicationSummary;
import dev.rebound.api.applications.query.CandidateSummary;
import dev.rebound.api.applications.query.FindApplicationPage;
import dev.rebound.api.applications.query.FindApplications;
import dev.rebound.api.applications.query.FindCandidates;
import dev.rebound.api.applications.query.ReceivedPoint;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import dev.rebound.projections.CandidateEvents;
import dev.rebound.projections.EventFeed;
import dev.rebound.api.organization.event.PersonalDataErased;
import dev.rebound.api.privacy.PersonalData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The applications read model on a real PostgreSQL, fed with hand-built events. */
class ApplicationsProjectionTest {

    private static final OrganizationId ORG = OrganizationId.random();
    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    /** Not the default of 24 h, to show that the due time on the event is the one used. */
    private static final Duration COOLING_OFF = Duration.ofHours(36);

    private final CandidateEvents events = new CandidateEvents(ORG, CANDIDATE);
    private ApplicationsProjection projection;
    private EventFeed feed;

    @BeforeEach
    void freshReadModel() {
        projection = new ApplicationsProjection(ReadModelDatabase.fresh("applications"));
        feed = new EventFeed(projection);
    }

    private static Instant day(int days, int hours) {
        return T0.plus(Duration.ofDays(days)).plus(Duration.ofHours(hours));
    }

    private List<ApplicationSummary> read() {
        return projection.handle(new FindApplications(ORG, CANDIDATE)).items();
    }

    /** The event as the domain records it when the candidate gave the day they applied. */
    private static ApplicationTracked appliedOn(ApplicationTracked event, Instant day) {
        return new ApplicationTracked(event.applicationId(), event.organizationId(), event.candidateId(),
                event.employerId(), event.employerName(), event.roleTitle(), LocalDate.ofInstant(day, ZoneOffset.UTC),
                event.source(), event.jobUrl());
    }

    @Test
    void listsEveryApplicationNewestFirstWithWhereItStands() {
        ApplicationId rejected = ApplicationId.random();
        ApplicationId declined = ApplicationId.random();
        ApplicationId offered = ApplicationId.random();
        feed.deliver(
                events.tracked(rejected, "Acme Analytics", "Data Analyst"),
                events.tracked(declined, "Globex", "Analytics Engineer"),
                events.tracked(offered, "Initech", "BI Developer"),
                events.interview(rejected, Stage.ONSITE, day(1, 0)),
                events.rejected(rejected, day(2, 0), Stage.ONSITE),
                events.requested(rejected, 1, day(2, 5)),
                events.requested(rejected, 2, day(9, 5)),
                events.rejected(declined, day(3, 0), Stage.TECHNICAL),
                events.requested(declined, 1, day(3, 2)),
                events.declined(declined, day(4, 0)),
                events.offer(offered, day(5, 0)));

        assertThat(read())
                .extracting(ApplicationSummary::employerName, ApplicationSummary::roleTitle,
                        ApplicationSummary::rejectedAt, ApplicationSummary::feedbackRequests,
                        ApplicationSummary::feedbackDeclined, ApplicationSummary::offerReceivedAt)
                .containsExactlyInAnyOrder(
                        tuple("Acme Analytics", "Data Analyst", day(2, 0), 2, false, null),
                        tuple("Globex", "Analytics Engineer", day(3, 0), 1, true, null),
                        tuple("Initech", "BI Developer", null, 0, false, day(5, 0)));
        assertThat(read()).extracting(ApplicationSummary::employerId)
                .contains(events.employer("Acme Analytics"), events.employer("Globex"));
    }

    @Test
    void keepsEachReceivedPointWithItsIdCoolingOffEndAndVerdict() {
        ApplicationId application = ApplicationId.random();
        FeedbackPointId first = FeedbackPointId.random();
        FeedbackPointId second = FeedbackPointId.random();
        FeedbackPointId later = FeedbackPointId.random();
        feed.deliver(
                events.tracked(application, "Acme Analytics", "Data Analyst"),
                events.rejected(application, day(1, 0), Stage.ONSITE),
                events.received(application, day(3, 0), day(3, 0).plus(COOLING_OFF), first, second),
                events.evaluated(application, day(5, 0), first),
                events.received(application, day(6, 0), later),
                // the domain's reminder gives the exact end of the second feedback's cooling-off period
                events.evaluationDue(application, day(6, 0), day(7, 1)));

        assertThat(read().getFirst().points())
                .extracting(ReceivedPoint::pointId, ReceivedPoint::text, ReceivedPoint::receivedAt,
                        ReceivedPoint::evaluationDueAt, ReceivedPoint::verdict)
                .containsExactly(
                        tuple(first, "Point " + first, day(3, 0), day(3, 0).plus(COOLING_OFF), Verdict.ACCEPTED),
                        tuple(second, "Point " + second, day(3, 0), day(3, 0).plus(COOLING_OFF), null),
                        tuple(later, "Point " + later, day(6, 0), day(7, 1), null));
    }

    @Test
    void erasureScrubsFeedbackTextsAndOnlyThoseOfTheErasedCandidate() {
        ApplicationId application = ApplicationId.random();
        FeedbackPointId point = FeedbackPointId.random();
        CandidateEvents other = new CandidateEvents(ORG, CandidateId.random());
        ApplicationId theirs = ApplicationId.random();
        FeedbackPointId theirPoint = FeedbackPointId.random();
        feed.deliver(
                events.tracked(application, "Acme Analytics", "Data Analyst"),
                events.rejected(application, day(1, 0), Stage.ONSITE),
                events.received(application, day(3, 0), point),
                other.tracked(theirs, "Globex", "Analytics Engineer"),
                other.rejected(theirs, day(1, 0), Stage.ONSITE),
                other.received(theirs, day(3, 0), theirPoint),
                new PersonalDataErased(CANDIDATE, ORG, day(4, 0)));

        assertThat(read().getFirst().points()).extracting(ReceivedPoint::text).containsExactly(PersonalData.ERASED);
        assertThat(read().getFirst().employerName()).isEqualTo("Acme Analytics");
        assertThat(projection.handle(new FindApplications(ORG, other.candidate())).items().getFirst().points())
                .extracting(ReceivedPoint::text).containsExactly("Point " + theirPoint);
    }

    @Test
    void listsTheOrganizationsCandidatesMostRecentlyActiveFirst() {
        CandidateId other = CandidateId.random();
        CandidateEvents others = new CandidateEvents(ORG, other);
        CandidateEvents elsewhere = new CandidateEvents(OrganizationId.random(), CandidateId.random());
        ApplicationId mine = ApplicationId.random();
        ApplicationId theirs = ApplicationId.random();
        ApplicationId offered = ApplicationId.random();
        feed.deliver(
                appliedOn(events.tracked(mine, "Acme Analytics", "Data Analyst"), day(0, 0)),
                events.rejected(mine, day(2, 0), Stage.ONSITE),
                appliedOn(others.tracked(theirs, "Globex", "Analytics Engineer"), day(1, 0)),
                others.rejected(theirs, day(8, 0), Stage.FINAL),
                appliedOn(others.tracked(offered, "Initech", "BI Developer"), day(1, 0)),
                others.offer(offered, day(9, 0)),
                elsewhere.tracked(ApplicationId.random(), "Hooli", "Data Scientist"));

        assertThat(projection.handle(new FindCandidates(ORG)).items())
                .extracting(CandidateSummary::candidateId, CandidateSummary::applications,
                        CandidateSummary::rejections, CandidateSummary::offers, CandidateSummary::lastActivityAt)
                .containsExactly(
                        tuple(other, 2, 1, 1, day(9, 0)),
                        tuple(CANDIDATE, 1, 1, 0, day(2, 0)));
    }

    @Test
    void anApplicationTrackedWithoutADateWasActiveWhenItWasRecorded() {
        ApplicationId application = ApplicationId.random();
        feed.deliver(events.tracked(application, "Acme Analytics", "Data Analyst"),
                events.rejected(application, day(2, 0), Stage.ONSITE));

        assertThat(projection.handle(new FindCandidates(ORG)).items()).extracting(CandidateSummary::lastActivityAt)
                .containsExactly(EventFeed.RECORDED_AT);
    }

    @Test
    void anotherOrganizationSeesNoneOfIt() {
        feed.deliver(events.tracked(ApplicationId.random(), "Acme Analytics", "Data Analyst"));

        assertThat(projection.handle(new FindApplications(OrganizationId.random(), CANDIDATE)).items()).isEmpty();
        assertThat(projection.handle(new FindCandidates(OrganizationId.random())).items()).isEmpty();
    }

    @Test
    void anEventDeliveredTwiceOrReplayedChangesNothing() {
        ApplicationId application = ApplicationId.random();
        FeedbackPointId point = FeedbackPointId.random();
        Object[] history = {
                events.tracked(application, "Acme Analytics", "Data Analyst"),
                events.rejected(application, day(1, 0), Stage.ONSITE),
                events.requested(application, 1, day(1, 2)),
                events.received(application, day(3, 0), point),
                events.evaluated(application, day(5, 0), point)};
        feed.deliver(history);
        ApplicationList before = projection.handle(new FindApplications(ORG, CANDIDATE));

        feed.redeliverAll();
        assertThat(projection.handle(new FindApplications(ORG, CANDIDATE))).isEqualTo(before);

        feed.reset();
        assertThat(read()).isEmpty();
        feed.replay(history);
        assertThat(projection.handle(new FindApplications(ORG, CANDIDATE))).isEqualTo(before);
    }

    @Test
    void anEventAboutAnUnknownApplicationFailsLoudly() {
        ApplicationId unknown = ApplicationId.random();
        events.tracked(unknown, "Acme Analytics", "Data Analyst");

        assertThatThrownBy(() -> feed.deliver(events.rejected(unknown, day(1, 0), Stage.ONSITE)))
                .hasMessageContaining("has not seen tracked");
    }

    @Test
    void eachApplicationSaysHowFarItGotWhetherItIsOpenAndItsFeedbackStatus() {
        ApplicationId open = ApplicationId.random();
        ApplicationId silent = ApplicationId.random();
        ApplicationId evaluated = ApplicationId.random();
        ApplicationId offered = ApplicationId.random();
        ApplicationId withdrawn = ApplicationId.random();
        FeedbackPointId point = FeedbackPointId.random();
        feed.deliver(
                events.tracked(open, "Acme Analytics", "Data Analyst"),
                events.interview(open, Stage.TECHNICAL, day(1, 0)),
                events.interview(open, Stage.SCREENING, day(2, 0)),
                events.tracked(silent, "Globex", "Analytics Engineer"),
                events.rejected(silent, day(2, 0), Stage.SCREENING),
                events.requested(silent, 1, day(2, 5)),
                events.timedOut(silent, 1, day(2, 5), day(16, 5)),
                events.tracked(evaluated, "Initech", "BI Developer"),
                events.interview(evaluated, Stage.FINAL, day(1, 0)),
                events.rejected(evaluated, day(3, 0), Stage.ONSITE),
                events.requested(evaluated, 1, day(3, 1)),
                events.received(evaluated, day(4, 0), point),
                events.evaluated(evaluated, day(6, 0), point),
                events.tracked(offered, "Hooli", "Data Scientist"),
                events.offer(offered, day(5, 0)),
                events.tracked(withdrawn, "Umbrella", "Analyst"),
                events.offer(withdrawn, day(5, 0)),
                events.rejected(withdrawn, day(7, 0), Stage.FINAL));

        assertThat(read())
                .extracting(ApplicationSummary::employerName, ApplicationSummary::furthestStage,
                        ApplicationSummary::status, ApplicationSummary::feedbackStatus)
                .containsExactlyInAnyOrder(
                        tuple("Acme Analytics", Stage.TECHNICAL, ApplicationStatus.ACTIVE, FeedbackStatus.NONE),
                        tuple("Globex", Stage.SCREENING, ApplicationStatus.REJECTED, FeedbackStatus.TIMED_OUT),
                        tuple("Initech", Stage.FINAL, ApplicationStatus.REJECTED, FeedbackStatus.EVALUATED),
                        tuple("Hooli", null, ApplicationStatus.OFFER, FeedbackStatus.NONE),
                        tuple("Umbrella", Stage.FINAL, ApplicationStatus.REJECTED, FeedbackStatus.NONE));
    }

    @Test
    void keepsTheSourceTheCandidateGave() {
        ApplicationId referred = ApplicationId.random();
        ApplicationTracked tracked = events.tracked(referred, "Acme Analytics", "Data Analyst");
        feed.deliver(new ApplicationTracked(tracked.applicationId(), tracked.organizationId(), tracked.candidateId(),
                tracked.employerId(), tracked.employerName(), tracked.roleTitle(), tracked.appliedOn(), "job board",
                tracked.jobUrl()),
                events.tracked(ApplicationId.random(), "Globex", "Analyst"));

        assertThat(read()).extracting(ApplicationSummary::source).containsExactlyInAnyOrder("job board", "referral");
    }

    @Test
    void aPageHoldsItsShareOfTheNewestFirstListAndCountsThemAll() {
        List<ApplicationId> applications = List.of(ApplicationId.random(), ApplicationId.random(),
                ApplicationId.random(), ApplicationId.random(), ApplicationId.random());
        FeedbackPointId point = FeedbackPointId.random();
        for (int i = 0; i < applications.size(); i++) {
            feed.deliver(events.tracked(applications.get(i), "Employer " + i, "Analyst"));
        }
        feed.deliver(events.rejected(applications.get(2), day(1, 0), Stage.ONSITE),
                events.received(applications.get(2), day(2, 0), point),
                new CandidateEvents(ORG, CandidateId.random()).tracked(ApplicationId.random(), "Other", "Analyst"));
        List<ApplicationId> newestFirst = read().stream().map(ApplicationSummary::applicationId).toList();

        ApplicationPage second = projection.handle(new FindApplicationPage(ORG, CANDIDATE, 1, 2));
        ApplicationPage beyond = projection.handle(new FindApplicationPage(ORG, CANDIDATE, 3, 2));

        assertThat(second.items()).extracting(ApplicationSummary::applicationId)
                .containsExactlyElementsOf(newestFirst.subList(2, 4));
        assertThat(second.items()).isEqualTo(read().subList(2, 4));
        assertThat(List.of(second.page(), second.size(), second.total())).containsExactly(1, 2, 5L);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
        assertThat(projection.handle(new FindApplicationPage(OrganizationId.random(), CANDIDATE, 0, 50)).total())
                .isZero();
    }
}
