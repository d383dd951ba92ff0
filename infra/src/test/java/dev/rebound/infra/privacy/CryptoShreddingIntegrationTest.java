package dev.rebound.infra.privacy;

import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.command.ErasePersonalData;
import dev.rebound.api.organization.event.CandidateRegistered;
import dev.rebound.api.organization.event.MemberAdded;
import dev.rebound.api.organization.event.PersonalDataErased;
import dev.rebound.api.privacy.PersonalData;
import dev.rebound.infra.InfraTestApplication;
import dev.rebound.testsupport.PostgresDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal data in the event store on PostgreSQL: stored encrypted, read back in clear, unreadable once erased. */
@SpringBootTest(classes = InfraTestApplication.class)
@PostgresDatabase
class CryptoShreddingIntegrationTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcClient jdbc;

    private final OrganizationId org = OrganizationId.random();
    private final CandidateId candidate = CandidateId.random();
    private final MemberId member = MemberId.random();
    private final ApplicationId application = ApplicationId.random();
    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "");

    private void recordedWithMarkers() {
        commands.sendAndWait(new CreateOrganization(org, "Bootcamp"));
        commands.sendAndWait(new AddMember(org, member, Role.CANDIDATE, "Ada " + marker, marker + "@example.org",
                candidate));
        commands.sendAndWait(new TrackApplication(application, org, candidate, EmployerId.forCandidate(candidate, "Acme"), "Acme",
                "Analyst", null, null, null));
        commands.sendAndWait(new RecordRejection(application, org, Instant.now().minus(1, ChronoUnit.HOURS),
                Stage.ONSITE, Channel.EMAIL, "Not a fit, said " + marker));
    }

    private List<String> storedPayloads() {
        return jdbc.sql("SELECT payload FROM domain_event_entry").query((rs, n) ->
                new String(rs.getBytes("payload"), StandardCharsets.UTF_8)).list();
    }

    private <T> T last(String aggregate, Class<T> type) {
        return eventStore.readEvents(aggregate).asStream().map(DomainEventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void personalDataIsStoredEncryptedAndReadInClear() {
        recordedWithMarkers();

        assertThat(storedPayloads()).isNotEmpty().noneMatch(payload -> payload.contains(marker));
        assertThat(storedPayloads()).anyMatch(payload -> payload.contains(PersonalDataCipher.PREFIX + candidate));
        assertThat(last(application.toString(), RejectionReceived.class).reasonGiven())
                .isEqualTo("Not a fit, said " + marker);
        assertThat(last(org.toString(), MemberAdded.class).email()).isEqualTo(marker + "@example.org");
        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_key WHERE subject_id = :s AND data_key IS NOT NULL")
                .param("s", candidate.value()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void afterErasureStoredValuesReadAsErasedAndNewOnesAreNotKept() {
        recordedWithMarkers();

        commands.sendAndWait(new ErasePersonalData(candidate, org));

        assertThat(last(application.toString(), RejectionReceived.class).reasonGiven())
                .isEqualTo(PersonalData.ERASED);
        assertThat(last(org.toString(), MemberAdded.class).displayName()).isEqualTo(PersonalData.ERASED);
        assertThat(last(candidate.toString(), CandidateRegistered.class).displayName())
                .isEqualTo(PersonalData.ERASED);
        assertThat(last(candidate.toString(), PersonalDataErased.class).candidateId()).isEqualTo(candidate);
        assertThat(jdbc.sql("SELECT data_key IS NULL AND erased_at IS NOT NULL FROM personal_data_key "
                + "WHERE subject_id = :s").param("s", candidate.value()).query(Boolean.class).single()).isTrue();

        ApplicationId later = ApplicationId.random();
        commands.sendAndWait(new TrackApplication(later, org, candidate, EmployerId.forCandidate(candidate, "Globex"), "Globex", "Analyst",
                null, null, null));
        commands.sendAndWait(new RecordRejection(later, org, Instant.now().minus(1, ChronoUnit.HOURS),
                Stage.SCREENING, Channel.EMAIL, "Later note " + marker));
        assertThat(storedPayloads()).noneMatch(payload -> payload.contains(marker));
        assertThat(last(later.toString(), RejectionReceived.class).reasonGiven()).isEqualTo(PersonalData.ERASED);
    }

    @Test
    void anotherSubjectsDataStaysReadable() {
        recordedWithMarkers();
        CandidateId other = CandidateId.random();
        commands.sendAndWait(new AddMember(org, MemberId.random(), Role.CANDIDATE, "Bob", "bob@example.org", other));

        commands.sendAndWait(new ErasePersonalData(candidate, org));

        assertThat(last(other.toString(), CandidateRegistered.class).displayName()).isEqualTo("Bob");
    }
}
