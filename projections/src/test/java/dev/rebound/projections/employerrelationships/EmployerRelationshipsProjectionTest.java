package dev.rebound.projections.employerrelationships;

import dev.rebound.projections.ReadModelDatabase;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.FeedbackStatus;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import dev.rebound.api.employerrelationships.query.EmployerRelationshipEntry;
import dev.rebound.api.employerrelationships.query.EmployerRelationshipList;
import dev.rebound.api.employerrelationships.query.FindEmployerRelationships;
import dev.rebound.projections.CandidateEvents;
import dev.rebound.projections.EventFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.rebound.api.employer.ContactDirection.INBOUND;
import static dev.rebound.api.employer.ContactDirection.OUTBOUND;
import static dev.rebound.api.employer.ContactPurpose.FEEDBACK_FOLLOW_UP;
import static dev.rebound.api.employer.ContactPurpose.KEEP_IN_TOUCH;
import static dev.rebound.api.employer.ContactPurpose.THANK_YOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The employer-relationships read model on a real PostgreSQL, fed with hand-built events. */
class EmployerRelationshipsProjectionTest {

    private static final OrganizationId ORG = OrganizationId.random();
    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private final CandidateEvents events = new CandidateEvents(ORG, CANDIDATE);
    private EmployerRelationshipsProjection projection;
    private EventFeed feed;
    private JdbcClient jdbc;

    @BeforeEach
    void freshReadModel() {
        jdbc = ReadModelDatabase.fresh("employer_relationships");
        projection = new EmployerRelationshipsProjection(jdbc);
        feed = new EventFeed(projection);
    }

    private static Instant day(int days, int hours) {
        return T0.plus(Duration.ofDays(days)).plus(Duration.ofHours(hours));
    }

    private EmployerRelationshipList read() {
        return projection.handle(new FindEmployerRelationships(ORG, CANDIDATE));
    }

    private Map<String, EmployerRelationshipEntry> byName() {
        return read().items().stream()
                .collect(Collectors.toMap(EmployerRelationshipEntry::employerName, Function.identity()));
    }

    /** Two applications at Acme, one at Globex: every figure of both relationships. */
    private void twoEmployersWithTheirHistory() {
        ApplicationId analyst = ApplicationId.random();
        ApplicationId senior = ApplicationId.random();
        ApplicationId engineer = ApplicationId.random();
        feed.deliver(
                events.tracked(analyst, "Acme Analytics", "Data Analyst"),
                events.started("Acme Analytics"),
                events.interview(analyst, Stage.SCREENING, day(1, 0)),
                events.interview(analyst, Stage.ONSITE, day(3, 0)),
                events.rejected(analyst, day(5, 9), Stage.TECHNICAL),
                events.requested(analyst, 1, day(5, 15)),
                events.contacted("Acme Analytics", day(5, 16), OUTBOUND, THANK_YOU),
                events.received(analyst, day(7, 10), FeedbackPointId.random()),
                events.tracked(senior, "Acme Analytics", "Senior Analyst"),
                events.interview(senior, Stage.SCREENING, day(9, 0)),
                events.rejected(senior, day(10, 9), Stage.SCREENING),
                events.requested(senior, 1, day(10, 12)),
                events.started("Globex"),
                events.tracked(engineer, "Globex", "Analytics Engineer"),
                events.contacted("Globex", day(2, 0), INBOUND, KEEP_IN_TOUCH));
    }

    @Test
    void showsEveryFigureOfEachEmployer() {
        twoEmployersWithTheirHistory();

        assertThat(read().items()).containsExactly(
                new EmployerRelationshipEntry(events.employer("Acme Analytics"), "Acme Analytics", 2, Stage.ONSITE,
                        FeedbackStatus.REQUESTED, day(10, 12), true, day(17, 12), false, 3),
                new EmployerRelationshipEntry(events.employer("Globex"), "Globex", 1, null, FeedbackStatus.NONE,
                        day(2, 0), false, null, false, 1));
    }

    @Test
    void feedbackStatusOfAnApplicationFollowsItsPrecedence() {
        ApplicationId tracked = ApplicationId.random();
        ApplicationId rejected = ApplicationId.random();
        ApplicationId requested = ApplicationId.random();
        ApplicationId timedOut = ApplicationId.random();
        ApplicationId followedUpAfterTimeout = ApplicationId.random();
        ApplicationId followUpTimedOut = ApplicationId.random();
        ApplicationId declined = ApplicationId.random();
        ApplicationId received = ApplicationId.random();
        ApplicationId evaluated = ApplicationId.random();
        FeedbackPointId point = FeedbackPointId.random();
        feed.deliver(
                events.tracked(tracked, "Tracked", "Analyst"),
                events.tracked(rejected, "Rejected", "Analyst"),
                events.rejected(rejected, day(1, 0), Stage.SCREENING),
                events.tracked(requested, "Requested", "Analyst"),
                events.rejected(requested, day(1, 0), Stage.SCREENING),
                events.requested(requested, 1, day(1, 2)),
                events.tracked(timedOut, "Timed Out", "Analyst"),
                events.rejected(timedOut, day(1, 0), Stage.SCREENING),
                events.requested(timedOut, 1, day(1, 2)),
                events.timedOut(timedOut, 1, day(1, 2), day(15, 2)),
                events.tracked(followedUpAfterTimeout, "Followed Up", "Analyst"),
                events.rejected(followedUpAfterTimeout, day(1, 0), Stage.SCREENING),
                events.requested(followedUpAfterTimeout, 1, day(1, 2)),
                events.timedOut(followedUpAfterTimeout, 1, day(1, 2), day(15, 2)),
                events.requested(followedUpAfterTimeout, 2, day(16, 0)),
                events.tracked(followUpTimedOut, "Follow-up Timed Out", "Analyst"),
                events.rejected(followUpTimedOut, day(1, 0), Stage.SCREENING),
                events.requested(followUpTimedOut, 1, day(1, 2)),
                events.requested(followUpTimedOut, 2, day(8, 2)),
                events.timedOut(followUpTimedOut, 1, day(1, 2), day(15, 2)),
                events.timedOut(followUpTimedOut, 2, day(8, 2), day(22, 2)),
                events.tracked(declined, "Declined", "Analyst"),
                events.rejected(declined, day(1, 0), Stage.SCREENING),
                events.requested(declined, 1, day(1, 2)),
                events.timedOut(declined, 1, day(1, 2), day(15, 2)),
                events.declined(declined, day(16, 0)),
                events.tracked(received, "Received", "Analyst"),
                events.rejected(received, day(1, 0), Stage.SCREENING),
                events.requested(received, 1, day(1, 2)),
                events.timedOut(received, 1, day(1, 2), day(15, 2)),
                events.received(received, day(16, 0), FeedbackPointId.random()),
                events.tracked(evaluated, "Evaluated", "Analyst"),
                events.rejected(evaluated, day(1, 0), Stage.SCREENING),
                events.requested(evaluated, 1, day(1, 2)),
                events.received(evaluated, day(2, 0), point),
                events.evaluated(evaluated, day(4, 0), point));

        assertThat(byName()).extractingFromEntries(entry -> entry.getKey() + "=" + entry.getValue().feedbackStatus())
                .containsExactlyInAnyOrder(
                        "Tracked=NONE",
                        "Rejected=NONE",
                        "Requested=REQUESTED",
                        "Timed Out=TIMED_OUT",
                        "Followed Up=REQUESTED",
                        "Follow-up Timed Out=TIMED_OUT",
                        "Declined=DECLINED",
                        "Received=RECEIVED",
                        "Evaluated=EVALUATED");
    }

    @Test
    void feedbackStatusOfAnEmployerIsThatOfItsApplicationTrackedLast() {
        ApplicationId first = ApplicationId.random();
        ApplicationId second = ApplicationId.random();
        FeedbackPointId point = FeedbackPointId.random();
        feed.deliver(
                events.tracked(first, "Acme", "Data Analyst"),
                events.rejected(first, day(1, 0), Stage.ONSITE),
                events.requested(first, 1, day(1, 2)),
                events.received(first, day(2, 0), point));
        assertThat(read().items().getFirst().feedbackStatus()).isEqualTo(FeedbackStatus.RECEIVED);

        feed.deliver(events.tracked(second, "Acme", "Senior Analyst"));
        assertThat(read().items().getFirst().feedbackStatus()).isEqualTo(FeedbackStatus.NONE);

        // later events of the older application do not make it the latest
        feed.deliver(events.evaluated(first, day(4, 0), point));
        assertThat(read().items().getFirst().feedbackStatus()).isEqualTo(FeedbackStatus.NONE);
        feed.deliver(events.rejected(second, day(5, 0), Stage.SCREENING), events.requested(second, 1, day(5, 1)));
        assertThat(read().items().getFirst().feedbackStatus()).isEqualTo(FeedbackStatus.REQUESTED);
    }

    @Test
    void furthestStageIsTheHighestOfAllInterviewsAndRejectionsByStageOrder() {
        ApplicationId first = ApplicationId.random();
        ApplicationId second = ApplicationId.random();
        ApplicationId other = ApplicationId.random();
        feed.deliver(
                events.tracked(first, "Acme", "Data Analyst"),
                events.tracked(other, "Initech", "BI Developer"),
                events.interview(other, Stage.OTHER, day(1, 0)));
        assertThat(byName().get("Acme").furthestStage()).isNull();
        assertThat(byName().get("Initech").furthestStage()).isEqualTo(Stage.OTHER);

        feed.deliver(
                events.interview(first, Stage.TECHNICAL, day(2, 0)),
                events.interview(first, Stage.SCREENING, day(1, 0)),
                events.interview(other, Stage.SCREENING, day(2, 0)));
        assertThat(byName().get("Acme").furthestStage()).isEqualTo(Stage.TECHNICAL);
        assertThat(byName().get("Initech").furthestStage()).isEqualTo(Stage.SCREENING);

        feed.deliver(events.rejected(first, day(4, 0), Stage.PANEL));
        assertThat(byName().get("Acme").furthestStage()).isEqualTo(Stage.PANEL);

        feed.deliver(
                events.tracked(second, "Acme", "Senior Analyst"),
                events.interview(second, Stage.ONSITE, day(6, 0)),
                events.rejected(second, day(7, 0), Stage.ONSITE));
        assertThat(byName().get("Acme").furthestStage()).isEqualTo(Stage.PANEL);

        feed.deliver(events.interview(second, Stage.FINAL, day(6, 2)));
        assertThat(byName().get("Acme").furthestStage()).isEqualTo(Stage.FINAL);
        assertThat(byName().get("Acme").applications()).isEqualTo(2);
    }

    @Test
    void contactsAreEveryFeedbackRequestAndEveryLoggedContactAndTheLastIsTheLatestOccurredAt() {
        ApplicationId application = ApplicationId.random();
        feed.deliver(
                events.tracked(application, "Acme", "Data Analyst"),
                events.started("Acme"));
        assertThat(read().items().getFirst().contacts()).isZero();
        assertThat(read().items().getFirst().lastContactAt()).isNull();

        feed.deliver(
                events.rejected(application, day(1, 0), Stage.ONSITE),
                events.requested(application, 1, day(1, 3)),
                events.contacted("Acme", day(9, 0), INBOUND, FEEDBACK_FOLLOW_UP),
                events.requested(application, 2, day(8, 0)),
                // recorded last, but it happened first
                events.contacted("Acme", day(0, 5), OUTBOUND, KEEP_IN_TOUCH));

        EmployerRelationshipEntry acme = read().items().getFirst();
        assertThat(acme.contacts()).isEqualTo(4);
        assertThat(acme.lastContactAt()).isEqualTo(day(9, 0));
    }

    @Test
    void thankYouSentNeedsAnOutboundThankYou() {
        feed.deliver(
                events.started("Acme"),
                events.contacted("Acme", day(1, 0), INBOUND, THANK_YOU),
                events.contacted("Acme", day(2, 0), OUTBOUND, KEEP_IN_TOUCH));
        assertThat(read().items().getFirst().thankYouSent()).isFalse();

        feed.deliver(events.contacted("Acme", day(3, 0), OUTBOUND, THANK_YOU));
        assertThat(read().items().getFirst().thankYouSent()).isTrue();
        assertThat(read().items().getFirst().contacts()).isEqualTo(3);
    }

    @Test
    void nextFollowUpIsDueAWeekAfterTheEarliestUnansweredFirstRequest() {
        ApplicationId first = ApplicationId.random();
        ApplicationId second = ApplicationId.random();
        ApplicationId third = ApplicationId.random();
        feed.deliver(
                events.tracked(first, "Acme", "Data Analyst"),
                events.tracked(second, "Acme", "Senior Analyst"),
                events.tracked(third, "Acme", "Lead Analyst"),
                events.rejected(first, day(1, 0), Stage.ONSITE),
                events.rejected(second, day(2, 0), Stage.ONSITE),
                events.rejected(third, day(3, 0), Stage.ONSITE),
                events.requested(second, 1, day(2, 5)),
                events.requested(first, 1, day(1, 5)),
                events.requested(third, 1, day(3, 5)));
        assertThat(read().items().getFirst().nextFollowUpDue()).isEqualTo(day(8, 5));

        feed.deliver(events.requested(first, 2, day(8, 6)));
        assertThat(read().items().getFirst().nextFollowUpDue()).isEqualTo(day(9, 5));

        feed.deliver(events.received(second, day(4, 0), FeedbackPointId.random()));
        assertThat(read().items().getFirst().nextFollowUpDue()).isEqualTo(day(10, 5));

        feed.deliver(events.declined(third, day(5, 0)));
        assertThat(read().items().getFirst().nextFollowUpDue()).isNull();
    }

    @Test
    void nextFollowUpIsTheTimeTheRequestCarriesAndARepeatedFirstRequestDoesNotReopenIt() {
        ApplicationId application = ApplicationId.random();
        feed.deliver(
                events.tracked(application, "Acme", "Data Analyst"),
                events.rejected(application, day(1, 0), Stage.ONSITE),
                events.requested(application, 1, day(1, 5), day(12, 0)));
        assertThat(read().items().getFirst().nextFollowUpDue()).isEqualTo(day(12, 0));

        feed.deliver(events.requested(application, 2, day(9, 0)),
                events.requested(application, 1, day(1, 5), day(12, 0)));
        assertThat(read().items().getFirst().nextFollowUpDue()).isNull();
    }

    @Test
    void doNotContactIsShownAndHidesTheFollowUpUntilLifted() {
        ApplicationId application = ApplicationId.random();
        feed.deliver(
                events.tracked(application, "Acme", "Data Analyst"),
                events.started("Acme"),
                events.rejected(application, day(1, 0), Stage.ONSITE),
                events.requested(application, 1, day(1, 5)));
        assertThat(read().items().getFirst().doNotContact()).isFalse();

        feed.deliver(events.doNotContact("Acme"));
        assertThat(read().items().getFirst().doNotContact()).isTrue();
        assertThat(read().items().getFirst().nextFollowUpDue()).isNull();

        feed.deliver(events.contactAllowed("Acme"));
        assertThat(read().items().getFirst().doNotContact()).isFalse();
        assertThat(read().items().getFirst().nextFollowUpDue()).isEqualTo(day(8, 5));
    }

    @Test
    void sortsByLastContactNewestFirstThenByNameWithNeverContactedLast() {
        feed.deliver(
                events.started("Zeta"),
                events.started("beta"),
                events.started("Alpha"),
                events.started("Initech"),
                events.started("Globex"),
                events.contacted("Initech", day(1, 0), OUTBOUND, THANK_YOU),
                events.contacted("Globex", day(3, 0), INBOUND, KEEP_IN_TOUCH));

        assertThat(read().items()).extracting(EmployerRelationshipEntry::employerName)
                .containsExactly("Globex", "Initech", "Alpha", "beta", "Zeta");
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        twoEmployersWithTheirHistory();
        ApplicationId timedOut = ApplicationId.random();
        FeedbackPointId point = FeedbackPointId.random();
        feed.deliver(
                events.tracked(timedOut, "Initech", "BI Developer"),
                events.rejected(timedOut, day(1, 0), Stage.FINAL),
                events.requested(timedOut, 1, day(1, 1)),
                events.timedOut(timedOut, 1, day(1, 1), day(15, 1)),
                events.doNotContact("Initech"),
                events.contactAllowed("Initech"),
                events.doNotContact("Initech"),
                events.received(timedOut, day(16, 0), point),
                events.evaluated(timedOut, day(18, 0), point));
        EmployerRelationshipList once = read();

        feed.redeliverAll();

        assertThat(read()).isEqualTo(once);
        assertThat(once.items()).hasSize(3);
        assertThat(jdbc.sql("SELECT count(*) FROM employer_rel_application").query(Long.class).single())
                .isEqualTo(4);
    }

    @Test
    void neverShowsAnotherOrganizationsRowsEvenForTheSameCandidateId() {
        CandidateEvents foreign = new CandidateEvents(OrganizationId.random(), CANDIDATE);
        ApplicationId foreignApplication = ApplicationId.random();
        feed.deliver(
                foreign.started("Foreign Corp"),
                foreign.tracked(foreignApplication, "Foreign Corp", "Spy"),
                foreign.contacted("Foreign Corp", day(1, 0), OUTBOUND, THANK_YOU),
                foreign.rejected(foreignApplication, day(2, 0), Stage.FINAL),
                foreign.requested(foreignApplication, 1, day(2, 1)),
                events.started("Acme"));

        assertThat(read().items()).extracting(EmployerRelationshipEntry::employerName).containsExactly("Acme");
        assertThat(read().items().getFirst().contacts()).isZero();
        assertThat(projection.handle(new FindEmployerRelationships(ORG, CandidateId.random())).items()).isEmpty();
    }

    @Test
    void resetEmptiesTheReadModel() {
        twoEmployersWithTheirHistory();

        feed.reset();

        assertThat(read().items()).isEmpty();
        for (String table : new String[]{"employer_rel_employer", "employer_rel_application", "employer_rel_contact"}) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()).as(table).isZero();
        }
    }

    @Test
    void refusesAnEventForAnApplicationItHasNotSeenTracked() {
        ApplicationId unknown = ApplicationId.random();
        events.tracked(unknown, "Acme", "Data Analyst"); // built, never delivered

        assertThatThrownBy(() -> feed.deliver(events.rejected(unknown, T0, Stage.ONSITE)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(unknown.toString());
    }
}
