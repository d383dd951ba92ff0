package dev.rebound.infra.replay;

import dev.rebound.api.admin.query.FindReadModelStatus;
import dev.rebound.api.admin.query.ReadModelStatus;
import dev.rebound.api.admin.query.ReplayState;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.timeline.query.FindTimeline;
import dev.rebound.api.timeline.query.TimelinePage;
import dev.rebound.infra.InfraTestApplication;
import dev.rebound.testsupport.TestDatabase;
import dev.rebound.testsupport.TestPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code --rebound.replay=...} rebuilds read models when the application starts. */
class ReplayAtStartupTest {

    private final TestDatabase database = TestPostgres.freshDatabase("replay-at-startup");

    private ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(InfraTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + database.jdbcUrl(),
                        "spring.datasource.username=" + database.username(),
                        "spring.datasource.password=" + database.password(),
                        "spring.main.banner-mode=off")
                .run(arguments);
    }

    @Test
    void commandLineSwitchReplaysTheNamedReadModel() {
        OrganizationId org = OrganizationId.random();
        CandidateId candidate = CandidateId.random();
        FindTimeline timeline = new FindTimeline(org, candidate, null, null, null, null, null, 0, 50);
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(CommandGateway.class).sendAndWait(new TrackApplication(ApplicationId.random(), org,
                    candidate, EmployerId.forCandidate(candidate, "Acme"), "Acme", "Analyst", null, null, null));
            await().atMost(Duration.ofSeconds(20)).until(() -> first.getBean(QueryGateway.class)
                    .query(timeline, TimelinePage.class).join().total() == 1);
        }

        try (ConfigurableApplicationContext second = start("--rebound.replay=timeline")) {
            ReadModelReplays replays = second.getBean(ReadModelReplays.class);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                ReadModelStatus status = replays.handle(new FindReadModelStatus("timeline"));
                assertThat(status.state()).isEqualTo(ReplayState.DONE);
                assertThat(status.startedAt()).isNotNull();
            });
            assertThat(second.getBean(QueryGateway.class).query(timeline, TimelinePage.class).join().total())
                    .isEqualTo(1);
        }
    }
}
