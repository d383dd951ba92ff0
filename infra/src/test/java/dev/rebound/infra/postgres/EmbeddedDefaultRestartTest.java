package dev.rebound.infra.postgres;

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
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The embedded default keeps everything under the data directory, durably, across restarts. */
class EmbeddedDefaultRestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(InfraTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("rebound.data-dir=" + dataDir, "spring.main.banner-mode=off")
                .run();
    }

    @Test
    void keepsEventsAndReadModelsAcrossRestarts() {
        OrganizationId org = OrganizationId.random();
        CandidateId candidate = CandidateId.random();
        ApplicationId application = ApplicationId.random();
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
            first.getBean(CommandGateway.class).sendAndWait(new TrackApplication(application, org, candidate,
                    EmployerId.forCandidate(candidate, "Acme"), "Acme", "Analyst", null, null, null));
            awaitTimeline(first, org, candidate, 1);
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        try (ConfigurableApplicationContext second = start()) {
            awaitTimeline(second, org, candidate, 1);
            CommandGateway commands = second.getBean(CommandGateway.class);
            // the aggregate is rebuilt from the stored events: its rules still hold
            commands.sendAndWait(new RecordRejection(application, org, Instant.now(), Stage.SCREENING,
                    Channel.EMAIL, null));
            assertThatThrownBy(() -> commands.sendAndWait(new RecordRejection(application, org, Instant.now(),
                    Stage.SCREENING, Channel.EMAIL, null))).isInstanceOf(RuleViolation.class);
            awaitTimeline(second, org, candidate, 2);
        }
    }

    @Test
    void refusesASecondProcessOnTheSameDataDirectory() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir, 0, false)) {
            assertThat(first.port()).isPositive();
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, 0, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another Rebound process is using the data directory");
        }
    }

    private static void awaitTimeline(ConfigurableApplicationContext context, OrganizationId org,
                                      CandidateId candidate, int entries) {
        QueryGateway queries = context.getBean(QueryGateway.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(queries.query(
                new FindTimeline(org, candidate, null, null, null, null, null, 0, 50), TimelinePage.class)
                .join().total()).isEqualTo(entries));
    }
}
