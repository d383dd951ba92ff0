package dev.rebound.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.common.Stage;
import dev.rebound.api.timeline.query.FindTimeline;
import dev.rebound.api.timeline.query.TimelinePage;
import dev.rebound.infra.InfraTestApplication;
import dev.rebound.projections.timeline.TimelineProjection;
import dev.rebound.testsupport.PostgresDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import dev.rebound.infra.privacy.CryptoShreddingSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Axon wired to a real PostgreSQL: event store, serializer, processors, tokens and the dead-letter queue. */
// A context of its own (its probe projection, which sends events to the dead-letter queue); closed after the class
// (@DirtiesContext), so that its event processors do not keep polling while the other classes run.
@SpringBootTest(classes = {InfraTestApplication.class, AxonOnPostgresIntegrationTest.Probe.class})
@PostgresDatabase
@DirtiesContext
class AxonOnPostgresIntegrationTest {

    private static final OrganizationId ORG = OrganizationId.random();

    @TestConfiguration(proxyBeanMethods = false)
    static class Probe {
        @Bean
        DeadLetterProbeProjection deadLetterProbeProjection(DataSource dataSource) {
            return new DeadLetterProbeProjection(JdbcClient.create(dataSource));
        }
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Serializer serializer;
    @Autowired
    EventProcessingConfiguration processing;

    private final ObjectMapper json = new ObjectMapper();

    private ApplicationId track(CandidateId candidate, String employer) {
        ApplicationId id = ApplicationId.random();
        commands.sendAndWait(new TrackApplication(id, ORG, candidate, EmployerId.forCandidate(candidate, employer),
                employer, "Data Analyst", LocalDate.parse("2026-01-15"), "referral", null));
        return id;
    }

    private void reject(ApplicationId id) {
        commands.sendAndWait(new RecordRejection(id, ORG, Instant.now().minusSeconds(3600), Stage.TECHNICAL,
                Channel.EMAIL, null));
    }

    @Test
    void storesEventsAsRevisionedJsonInBytea() throws Exception {
        ApplicationId id = track(CandidateId.random(), "Acme Analytics");

        Map<String, Object> row = jdbc.sql("""
                        SELECT payload, payload_type, payload_revision, pg_typeof(payload)::text AS column_type
                        FROM domain_event_entry WHERE aggregate_identifier = ?""")
                .param(id.toString()).query().singleRow();

        assertThat(row.get("column_type")).isEqualTo("bytea");
        assertThat(row.get("payload_type")).isEqualTo("dev.rebound.api.application.event.ApplicationTracked");
        assertThat(row.get("payload_revision")).isEqualTo("1");
        JsonNode payload = json.readTree((byte[]) row.get("payload"));
        assertThat(payload.get("applicationId").asText()).isEqualTo(id.toString());
        assertThat(payload.get("employerName").asText()).isEqualTo("Acme Analytics");
        assertThat(payload.get("appliedOn").asText()).isEqualTo("2026-01-15");
        assertThat(serializer).isInstanceOf(CryptoShreddingSerializer.class);
    }

    @Test
    void globalIndexGrowsOneByOne() {
        CandidateId candidate = CandidateId.random();
        ApplicationId first = track(candidate, "One");
        reject(first);
        track(candidate, "Two");

        List<Long> indexes = jdbc.sql("""
                        SELECT e.global_index FROM domain_event_entry e
                        WHERE e.global_index >= (SELECT global_index FROM domain_event_entry
                                                 WHERE aggregate_identifier = ? AND sequence_number = 0)
                        ORDER BY e.global_index""")
                .param(first.toString()).query(Long.class).list();

        assertThat(indexes).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < indexes.size(); i++) {
            assertThat(indexes.get(i) - indexes.get(i - 1)).isEqualTo(1);
        }
    }

    @Test
    void timelineProjectionCatchesUpAndStoresItsTokenBesideTheReadModel() {
        CandidateId candidate = CandidateId.random();
        ApplicationId id = track(candidate, "Globex");
        reject(id);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(queries.query(new FindTimeline(ORG, candidate, null, null, null, null, null, 0, 50),
                        TimelinePage.class).join().total()).isEqualTo(2));
        assertThat(jdbc.sql("SELECT count(*) FROM token_entry WHERE processor_name = ?")
                .param(TimelineProjection.NAME).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void projectionsRunInPooledStreamingProcessors() {
        assertThat(processing.eventProcessor(TimelineProjection.NAME))
                .get().isInstanceOf(PooledStreamingEventProcessor.class);
    }

    @Test
    void ruleViolationReachesTheSenderUnchanged() {
        ApplicationId id = track(CandidateId.random(), "Initech");

        assertThatThrownBy(() -> commands.sendAndWait(new RecordRejection(id, ORG,
                Instant.now().plus(Duration.ofDays(1)), Stage.ONSITE, Channel.PHONE, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("lies in the future");
    }

    @Test
    void creatingTheSameAggregateTwiceIsAConcurrencyConflict() {
        CandidateId candidate = CandidateId.random();
        ApplicationId id = ApplicationId.random();
        TrackApplication command = new TrackApplication(id, ORG, candidate, EmployerId.forCandidate(candidate, "Umbrella"),
                "Umbrella", "Analyst", null, null, null);
        commands.sendAndWait(command);

        assertThatThrownBy(() -> commands.sendAndWait(command)).isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void failingHandlerParksItsEventAndItsCandidatesLaterEventsWhileOtherCandidatesFlow() {
        CandidateId healthy = CandidateId.random();
        CandidateId unlucky = CandidateId.random();
        ApplicationId healthyBefore = track(healthy, "Healthy Before");
        ApplicationId poisoned = track(unlucky, "Poison Inc");
        reject(poisoned);
        ApplicationId unluckyLater = track(unlucky, "Later Inc");
        ApplicationId healthyAfter = track(healthy, "Healthy After");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT application_id FROM dead_letter_probe").query(java.util.UUID.class).list())
                    .contains(healthyBefore.value(), healthyAfter.value())
                    .doesNotContain(poisoned.value(), unluckyLater.value());
            assertThat(jdbc.sql("""
                            SELECT payload_type FROM dead_letter_entry
                            WHERE processing_group = ? AND sequence_identifier = ? ORDER BY sequence_index""")
                    .params(DeadLetterProbeProjection.NAME, unlucky.toString()).query(String.class).list())
                    .as("the failing event and, behind it, every later event of the same candidate")
                    .containsExactly("dev.rebound.api.application.event.ApplicationTracked",
                            "dev.rebound.api.application.event.RejectionReceived",
                            "dev.rebound.api.application.event.ApplicationTracked");
        });
        String cause = jdbc.sql("SELECT cause_message FROM dead_letter_entry WHERE sequence_identifier = ? "
                + "AND sequence_index = (SELECT min(sequence_index) FROM dead_letter_entry WHERE sequence_identifier = ?)")
                .params(unlucky.toString(), unlucky.toString()).query(String.class).single();
        assertThat(cause).contains("no_such_table");
        // the other processor, whose handlers are fine, saw everything
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(queries.query(new FindTimeline(ORG, unlucky, null, null, null, null, null, 0, 50),
                        TimelinePage.class).join().total()).isEqualTo(3));
    }
}
