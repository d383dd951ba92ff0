package dev.rebound.infra.upcasting;

import dev.rebound.api.application.FeedbackGiver;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.application.Verdict;
import dev.rebound.api.application.command.EvaluateFeedback;
import dev.rebound.api.application.command.RecordFeedback;
import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.RequestFeedback;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.application.event.FeedbackEvaluated;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.application.event.FeedbackRequested;
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
import dev.rebound.infra.InfraTestApplication;
import dev.rebound.testsupport.PostgresDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored at revision 1 read through the real event store and crypto-shredding serializer on PostgreSQL: the
 * upcasters fill in the due times the domain applied then (not today's settings), and the encrypted personal data
 * they pass by still reads in clear. The application's aggregate acts on the upcast history.
 */
// A context of its own (a cooling-off setting unlike the stored events'); closed after the class (@DirtiesContext), so
// that its processors do not keep polling while the other classes run
@SpringBootTest(classes = InfraTestApplication.class, properties = {"rebound.feedback-cycle.cooling-off=48h",
        "rebound.deadlines.polling-interval=1h"})
@PostgresDatabase
@DirtiesContext
class UpcastingIntegrationTest {

    private static final String EVENTS = "dev.rebound.api.application.event.";

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcClient jdbc;

    private final OrganizationId org = OrganizationId.random();
    private final CandidateId candidate = CandidateId.random();
    private final ApplicationId application = ApplicationId.random();
    private final FeedbackPointId point = FeedbackPointId.random();
    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "");
    private final Instant rejectedAt = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private final Instant sentAt = rejectedAt.plus(Duration.ofHours(2));
    private final Instant receivedAt = rejectedAt.plus(Duration.ofDays(2));

    /** A feedback cycle recorded through the domain, with personal data that is stored encrypted. */
    private void recorded() {
        commands.sendAndWait(new CreateOrganization(org, "Bootcamp"));
        commands.sendAndWait(new AddMember(org, MemberId.random(), Role.CANDIDATE, "Ada", "ada@example.org",
                candidate));
        commands.sendAndWait(new TrackApplication(application, org, candidate,
                EmployerId.forCandidate(candidate, "Acme"), "Acme", "Analyst", null, null, null));
        commands.sendAndWait(new RecordRejection(application, org, rejectedAt, Stage.ONSITE, Channel.EMAIL,
                "Not a fit, said " + marker));
        commands.sendAndWait(new RequestFeedback(application, org, sentAt, Channel.EMAIL, "Dana " + marker,
                List.of(RequestedQuestion.fromCatalogue("weak-areas"))));
        commands.sendAndWait(new RecordFeedback(application, org, receivedAt,
                List.of(new FeedbackPoint(point, "Interrupted " + marker)), new FeedbackGiver("Dana", "Lead"),
                Specificity.SPECIFIC));
    }

    /** Rewrites the stored event as revision 1 wrote it: without the due times revision 2 added. */
    private void storedAsRevisionOne(String type, String... addedFields) {
        StringBuilder removed = new StringBuilder("convert_from(payload, 'UTF8')::jsonb");
        for (String field : addedFields) {
            removed.append(" - '").append(field).append("'");
        }
        int rewritten = jdbc.sql("UPDATE domain_event_entry SET payload_revision = '1', payload = convert_to(("
                        + removed + ")::text, 'UTF8') WHERE aggregate_identifier = ? AND payload_type = ?")
                .params(application.toString(), EVENTS + type)
                .update();
        assertThat(rewritten).as(type).isEqualTo(1);
    }

    private <T> T stored(Class<T> type) {
        return eventStore.readEvents(application.toString()).asStream().map(DomainEventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private List<String> storedPayloads() {
        return jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(application.toString())
                .query((row, number) -> new String(row.getBytes("payload"), StandardCharsets.UTF_8)).list();
    }

    @Test
    void revisionOneEventsReadWithTheDueTimesOfTheirDayAndTheirPersonalDataInClear() {
        recorded();
        assertThat(stored(FeedbackReceived.class).evaluationDueAt()).as("recorded under today's 48 h")
                .isEqualTo(receivedAt.plus(Duration.ofHours(48)));

        storedAsRevisionOne("RejectionReceived", "feedbackRequestDueAt");
        storedAsRevisionOne("FeedbackRequested", "responseDueAt", "followUpDueAt");
        storedAsRevisionOne("FeedbackReceived", "evaluationDueAt");
        assertThat(storedPayloads()).noneMatch(payload -> payload.contains("DueAt") || payload.contains(marker));

        RejectionReceived rejection = stored(RejectionReceived.class);
        assertThat(rejection.feedbackRequestDueAt()).isEqualTo(rejectedAt.plus(Duration.ofHours(24)));
        assertThat(rejection.reasonGiven()).isEqualTo("Not a fit, said " + marker);
        FeedbackRequested request = stored(FeedbackRequested.class);
        assertThat(request.responseDueAt()).isEqualTo(sentAt.plus(Duration.ofDays(14)));
        assertThat(request.followUpDueAt()).isEqualTo(sentAt.plus(Duration.ofDays(7)));
        assertThat(request.contactName()).isEqualTo("Dana " + marker);
        FeedbackReceived feedback = stored(FeedbackReceived.class);
        assertThat(feedback.evaluationDueAt()).as("the default of revision 1's day, not today's setting")
                .isEqualTo(receivedAt.plus(Duration.ofHours(24)));
        assertThat(feedback.points()).extracting(FeedbackPoint::text).containsExactly("Interrupted " + marker);
    }

    @Test
    void theApplicationActsOnItsUpcastHistory() {
        recorded();
        storedAsRevisionOne("RejectionReceived", "feedbackRequestDueAt");
        storedAsRevisionOne("FeedbackRequested", "responseDueAt", "followUpDueAt");
        storedAsRevisionOne("FeedbackReceived", "evaluationDueAt");
        // 36 h after the receipt: inside today's 48 h, outside the 24 h the stored feedback was given
        Instant evaluatedAt = receivedAt.plus(Duration.ofHours(36));

        commands.sendAndWait(new EvaluateFeedback(application, org, evaluatedAt,
                List.of(new PointEvaluation(point, Verdict.ACCEPTED, 4, 4, List.of())), null, false));

        assertThat(stored(FeedbackEvaluated.class).early()).isFalse();
    }
}
