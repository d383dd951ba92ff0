package dev.rebound.infra.deadline;

import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import dev.rebound.infra.InfraTestApplication;
import dev.rebound.testsupport.TestDatabase;
import dev.rebound.testsupport.TestPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The feedback-cycle deadlines on PostgreSQL: stored with the command that caused them, fired after a restart,
 * and fired once when several nodes share the database.
 */
class PersistentDeadlinesIntegrationTest {

    private static final Duration DAY = Duration.ofHours(24);

    private final TestDatabase database = TestPostgres.freshDatabase("deadlines");
    private final JdbcClient jdbc = JdbcClient.create(database.dataSource());

    /** A node of Rebound on the shared database; {@code polling} is how often it looks for due deadlines. */
    private ConfigurableApplicationContext node(String polling) {
        return new SpringApplicationBuilder(InfraTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + database.jdbcUrl(),
                        "spring.datasource.username=" + database.username(),
                        "spring.datasource.password=" + database.password(),
                        "rebound.deadlines.polling-interval=" + polling,
                        "spring.main.banner-mode=off")
                .run();
    }

    /** Records a rejection whose day for asking feedback ends {@code dueIn} from now. */
    private static ApplicationId rejectionDueIn(ConfigurableApplicationContext node, Duration dueIn) {
        OrganizationId org = OrganizationId.random();
        CandidateId candidate = CandidateId.random();
        ApplicationId application = ApplicationId.random();
        CommandGateway commands = node.getBean(CommandGateway.class);
        commands.sendAndWait(new TrackApplication(application, org, candidate,
                EmployerId.forCandidate(candidate, "Acme"), "Acme", "Analyst", null, null, null));
        commands.sendAndWait(new RecordRejection(application, org, Instant.now().minus(DAY).plus(dueIn),
                Stage.ONSITE, Channel.EMAIL, null));
        return application;
    }

    private int events(ApplicationId application, String type) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?")
                .params(application.toString(), "dev.rebound.api.application.event." + type)
                .query(Integer.class).single();
    }

    private int pendingDeadlines() {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name LIKE '%Deadline%'")
                .query(Integer.class).single();
    }

    @Test
    void deadlineScheduledBeforeARestartFiresAfterIt() {
        ApplicationId application;
        try (ConfigurableApplicationContext before = node("1h")) {
            application = rejectionDueIn(before, Duration.ofSeconds(2));
            assertThat(pendingDeadlines()).as("stored with the rejection").isEqualTo(1);
        }
        assertThat(events(application, "FeedbackRequestDue")).as("not fired before the restart").isZero();

        try (ConfigurableApplicationContext after = node("200ms")) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(events(application, "FeedbackRequestDue")).isEqualTo(1));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(pendingDeadlines()).isZero());
        }
    }

    @Test
    void deadlineFiresOnceWhenTwoNodesShareTheDatabase() {
        try (ConfigurableApplicationContext first = node("100ms");
             ConfigurableApplicationContext second = node("100ms")) {
            ApplicationId application = rejectionDueIn(first, Duration.ofSeconds(1));
            ApplicationId other = rejectionDueIn(second, Duration.ofSeconds(1));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(events(application, "FeedbackRequestDue")).isEqualTo(1);
                assertThat(events(other, "FeedbackRequestDue")).isEqualTo(1);
                assertThat(pendingDeadlines()).isZero();
            });
            assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE last_failure IS NOT NULL")
                    .query(Integer.class).single()).as("no node failed or raced on a deadline").isZero();
        }
    }
}
