package dev.rebound.projections.timeline;

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
import dev.rebound.testsupport.TestDatabase;
import dev.rebound.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The timeline read model on a real PostgreSQL, fed with hand-built events. */
class TimelineProjectionTest {

    private static final OrganizationId ORG = OrganizationId.random();
    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private TimelineProjection projection;
    private JdbcClient jdbc;

    @BeforeEach
    void freshReadModel() {
        TestDatabase database = TestPostgres.freshDatabase("timeline");
        Flyway.configure().dataSource(database.dataSource())
                .locations("classpath:db/migration/projections").load().migrate();
        jdbc = JdbcClient.create(database.dataSource());
        projection = new TimelineProjection(jdbc);
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
                receivedAt, Stage.ONSITE, Channel.EMAIL, "went with an internal candidate");
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
        projection.on(tracked(acme, "Acme Analytics", LocalDate.parse("2026-02-01")), "e1", T0);
        projection.on(rejected(acme, "Acme Analytics", T0.minusSeconds(3600)), "e2", T0.plusSeconds(60));

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
    void applicationWithoutDateOccursWhenItWasRecorded() {
        ApplicationId acme = ApplicationId.random();
        projection.on(tracked(acme, "Acme", null), "e1", T0);

        assertThat(read(all()).items().getFirst().occurredAt()).isEqualTo(T0);
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        ApplicationId acme = ApplicationId.random();
        ApplicationTracked tracked = tracked(acme, "Acme", LocalDate.parse("2026-02-01"));
        RejectionReceived rejected = rejected(acme, "Acme", T0);
        projection.on(tracked, "e1", T0);
        projection.on(rejected, "e2", T0);
        TimelinePage once = read(all());

        projection.on(tracked, "e1", T0);
        projection.on(rejected, "e2", T0);

        assertThat(read(all())).isEqualTo(once);
        assertThat(jdbc.sql("SELECT count(*) FROM timeline_application").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void filtersByEmployerTypeAndOccurredAtPeriod() {
        ApplicationId acme = ApplicationId.random();
        ApplicationId globex = ApplicationId.random();
        projection.on(tracked(acme, "Acme", LocalDate.parse("2026-01-10")), "e1", T0);
        projection.on(tracked(globex, "Globex", LocalDate.parse("2026-01-20")), "e2", T0);
        projection.on(rejected(acme, "Acme", Instant.parse("2026-02-05T12:00:00Z")), "e3", T0);
        projection.on(rejected(globex, "Globex", Instant.parse("2026-02-25T12:00:00Z")), "e4", T0);

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
        projection.on(tracked(acme, "Acme", LocalDate.parse("2026-02-01")), "e1", T0);
        projection.on(rejected(acme, "Acme", T0), "e2", T0.plusSeconds(86_400));

        assertThat(read(new FindTimeline(ORG, CANDIDATE, null, null, null, null, T0.plusSeconds(3600), 0, 50))
                .items()).extracting(TimelineEntry::type).containsExactly("ApplicationTracked");
        assertThat(read(new FindTimeline(ORG, CANDIDATE, null, null, null, null, T0.plusSeconds(86_400), 0, 50))
                .total()).isEqualTo(2);
    }

    @Test
    void paginatesNewestFirstWithTheTotal() {
        for (int day = 1; day <= 5; day++) {
            projection.on(tracked(ApplicationId.random(), "Employer " + day, LocalDate.of(2026, 2, day)),
                    "e" + day, T0);
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
        projection.on(tracked(other, ApplicationId.random(), "Foreign Corp", LocalDate.parse("2026-02-01")), "e1", T0);
        projection.on(tracked(ApplicationId.random(), "Acme", LocalDate.parse("2026-02-02")), "e2", T0);

        assertThat(read(all()).items()).extracting(TimelineEntry::employerName).containsExactly("Acme");
    }

    @Test
    void resetEmptiesTheReadModel() {
        projection.on(tracked(ApplicationId.random(), "Acme", LocalDate.parse("2026-02-01")), "e1", T0);

        projection.reset();

        assertThat(read(all()).total()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM timeline_application").query(Long.class).single()).isZero();
    }

    @Test
    void refusesAnEventForAnApplicationItHasNotSeenTracked() {
        ApplicationId unknown = ApplicationId.random();
        String eventId = UUID.randomUUID().toString();

        assertThatThrownBy(() -> projection.on(rejected(unknown, "Acme", T0), eventId, T0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(unknown.toString());
    }
}
