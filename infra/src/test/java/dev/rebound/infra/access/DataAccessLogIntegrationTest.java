package dev.rebound.infra.access;

import dev.rebound.api.access.command.RecordDataAccess;
import dev.rebound.api.access.query.AccessLogEntry;
import dev.rebound.api.access.query.AccessLogPage;
import dev.rebound.api.access.query.FindAccessLog;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.infra.InfraTestApplication;
import dev.rebound.testsupport.PostgresDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The access audit on PostgreSQL: recorded with the server's time, read back newest first, never changed. */
// A context of its own (a settable clock of its own); closed after the class (@DirtiesContext), so that its event
// processors do not keep polling while the other classes run.
@SpringBootTest(classes = {InfraTestApplication.class, DataAccessLogIntegrationTest.Clocks.class})
@PostgresDatabase
@DirtiesContext
class DataAccessLogIntegrationTest {

    /** Who sends the commands of this test: test-support's fixture sender names itself so. */
    private static final String FIXTURE = "test-fixture";

    private static final String TIMELINE = "GET /api/v1/candidates/{candidateId}/timeline";
    private static final String TODO = "GET /api/v1/candidates/{candidateId}/todo";

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettableClock clock;

    private final OrganizationId org = OrganizationId.random();
    private final CandidateId ada = CandidateId.random();
    private final CandidateId bob = CandidateId.random();
    private final MemberId coach = MemberId.random();
    private final MemberId admin = MemberId.random();

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        /** Primary: infra's own clock is registered as well, as the test application scans infra's configuration. */
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }

    /** The server's clock, moved by the test. */
    static final class SettableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-24T09:00:00Z");

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private void read(Instant at, CandidateId candidate, MemberId reader, Role role, String resource) {
        clock.set(at);
        commands.sendAndWait(RecordDataAccess.of(org, candidate, reader, role, resource));
    }

    private AccessLogPage log(CandidateId candidate, Instant from, Instant to, int page, int size) {
        return queries.query(new FindAccessLog(org, candidate, from, to, page, size), AccessLogPage.class).join();
    }

    @Test
    void readsAreRecordedWithTheServersTimeAndAnsweredNewestFirst() {
        Instant nine = Instant.parse("2026-11-24T09:00:00Z");
        read(nine, ada, coach, Role.COACH, TIMELINE);
        read(nine.plus(Duration.ofHours(1)), bob, admin, Role.ORG_ADMIN, TODO);
        read(nine.plus(Duration.ofHours(2)), ada, null, Role.PLATFORM_ADMIN, TODO);
        clock.set(nine.plus(Duration.ofHours(3)));
        commands.sendAndWait(new RecordDataAccess(OrganizationId.random(), List.of(ada), coach, Role.COACH,
                TIMELINE)); // another organization's record of the same id

        assertThat(log(ada, null, null, 0, 50).items()).containsExactly(
                new AccessLogEntry(nine.plus(Duration.ofHours(2)), null, Role.PLATFORM_ADMIN, ada, TODO, FIXTURE),
                new AccessLogEntry(nine, coach, Role.COACH, ada, TIMELINE, FIXTURE));
        AccessLogPage organization = log(null, null, null, 0, 2);
        assertThat(organization.total()).isEqualTo(3);
        assertThat(organization.items()).extracting(AccessLogEntry::candidateId).containsExactly(ada, bob);
        assertThat(log(null, null, null, 1, 2).items()).extracting(AccessLogEntry::readAt).containsExactly(nine);
        assertThat(log(null, nine.plus(Duration.ofHours(1)), nine.plus(Duration.ofHours(2)), 0, 50).items())
                .extracting(AccessLogEntry::candidateId).containsExactly(bob);
    }

    @Test
    void aPageOfSeveralCandidatesIsOneReadOfEach() {
        clock.set(Instant.parse("2026-11-24T12:00:00Z"));
        commands.sendAndWait(new RecordDataAccess(org, List.of(ada, bob), coach, Role.COACH, "GET /coach"));

        assertThat(log(ada, null, null, 0, 50).items()).extracting(AccessLogEntry::resource).contains("GET /coach");
        assertThat(log(bob, null, null, 0, 50).items()).extracting(AccessLogEntry::resource).contains("GET /coach");
    }

    @Test
    void onlyEndpointTemplatesAreRecordedNeverConcretePathsOrQueries() {
        assertThatThrownBy(() -> commands.sendAndWait(RecordDataAccess.of(org, ada, coach, Role.COACH,
                "GET /api/v1/candidates/" + ada + "/timeline?employer=Acme Analytics")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatWasRecordedCannotBeChangedOrRemoved() {
        read(Instant.parse("2026-11-24T15:00:00Z"), ada, coach, Role.COACH, TIMELINE);

        assertThatThrownBy(() -> jdbc.sql("UPDATE data_access_log SET reader_role = 'ORG_ADMIN'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM data_access_log").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE data_access_log").update())
                .hasMessageContaining("append-only");
    }
}
