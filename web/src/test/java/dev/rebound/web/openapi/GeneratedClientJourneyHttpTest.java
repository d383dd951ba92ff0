package dev.rebound.web.openapi;

import dev.rebound.client.ApiClient;
import dev.rebound.client.api.ApplicationsApi;
import dev.rebound.client.api.EmployersApi;
import dev.rebound.client.api.FeedbackApi;
import dev.rebound.client.api.PracticeApi;
import dev.rebound.client.api.TimelineApi;
import dev.rebound.client.api.ToDoApi;
import dev.rebound.client.api.WeaknessesApi;
import dev.rebound.client.model.ApplicationTrackedResponse;
import dev.rebound.client.model.ContactLoggedResponse;
import dev.rebound.client.model.EvaluateFeedbackRequest;
import dev.rebound.client.model.FeedbackRecordedResponse;
import dev.rebound.client.model.FeedbackRequestedResponse;
import dev.rebound.client.model.LogContactRequest;
import dev.rebound.client.model.LogPracticeRequest;
import dev.rebound.client.model.PointEvaluationInput;
import dev.rebound.client.model.PointInput;
import dev.rebound.client.model.QuestionInput;
import dev.rebound.client.model.RecordFeedbackRequest;
import dev.rebound.client.model.RecordInterviewRequest;
import dev.rebound.client.model.RecordOfferRequest;
import dev.rebound.client.model.RecordRejectionRequest;
import dev.rebound.client.model.ReflectionInput;
import dev.rebound.client.model.RequestFeedbackRequest;
import dev.rebound.client.model.TimelineEntry;
import dev.rebound.client.model.TimelinePage;
import dev.rebound.client.model.TodoList;
import dev.rebound.client.model.TrackApplicationRequest;
import dev.rebound.client.model.WeaknessTrend;
import dev.rebound.web.ReboundHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The feedback cycle's happy path, spoken by a client generated from the published OpenAPI document
 * (OpenAPI Generator, Java, {@code native}): if the document and the server disagree on a path, a field, a type or
 * an enum, this fails.
 */
@ReboundHttpTest
class GeneratedClientJourneyHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;
    private static final String LISTENING = "communication.active-listening";

    @LocalServerPort
    int port;

    private final OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
            .minusDays(30);

    private OffsetDateTime day(int days, int hours) {
        return start.plusDays(days).plusHours(hours);
    }

    private LocalDate date(int days) {
        return day(days, 0).toLocalDate();
    }

    @Test
    void generatedClientRunsTheFeedbackCycleFromApplicationToOffer() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + TOKEN));
        ApplicationsApi applications = new ApplicationsApi(client);
        FeedbackApi feedback = new FeedbackApi(client);
        UUID candidate = UUID.randomUUID();

        // track, with an Idempotency-Key: the repeat answers the same ids
        UUID key = UUID.randomUUID();
        TrackApplicationRequest acmeApplication = new TrackApplicationRequest().employerName("Acme Analytics, Inc.")
                .roleTitle("Data Analyst").appliedOn(date(0)).source("referral");
        ApplicationTrackedResponse acme = applications.trackApplication(candidate, acmeApplication, key);
        assertThat(applications.trackApplication(candidate, acmeApplication, key)).isEqualTo(acme);
        UUID application = acme.getApplicationId();

        applications.recordInterview(application, new RecordInterviewRequest()
                .stage(RecordInterviewRequest.StageEnum.TECHNICAL).heldOn(date(6)).interviewers(List.of("Dana"))
                .reflection(new ReflectionInput().preparedBehavioralAnswers(true).askedThoughtfulQuestions(false)),
                null);
        applications.recordRejection(application, new RecordRejectionRequest().receivedAt(day(10, 9))
                .stageReached(RecordRejectionRequest.StageReachedEnum.TECHNICAL)
                .channel(RecordRejectionRequest.ChannelEnum.EMAIL), null);

        FeedbackRequestedResponse asked = feedback.requestFeedback(application, new RequestFeedbackRequest()
                .sentAt(day(10, 15)).channel(RequestFeedbackRequest.ChannelEnum.EMAIL)
                .questions(List.of(new QuestionInput().key("weak-areas"),
                        new QuestionInput().text("Which project should I have explained better?"))), null);
        assertThat(asked.getRequestNumber()).isEqualTo(1);
        assertThat(asked.getWithinDayOfRejection()).isTrue();

        FeedbackRecordedResponse received = feedback.recordFeedback(application, new RecordFeedbackRequest()
                .receivedAt(day(12, 10)).specificity(RecordFeedbackRequest.SpecificityEnum.SPECIFIC)
                .points(List.of(new PointInput().text("Interrupted the panel several times"),
                        new PointInput().text("Strong SQL, but shallow on statistics"))), null);
        assertThat(received.getPointIds()).hasSize(2);
        assertThat(received.getEvaluationDueAt()).as("the end of the cooling-off period").isNotNull();

        // within the 24-hour cooling-off period, so marked early
        feedback.evaluateFeedback(application, new EvaluateFeedbackRequest().evaluatedAt(day(12, 14)).early(true)
                .points(List.of(new PointEvaluationInput().pointId(received.getPointIds().getFirst())
                        .verdict(PointEvaluationInput.VerdictEnum.ACCEPTED).ringsTrue(4).credibility(5)
                        .weaknesses(List.of(LISTENING)))), null);

        ContactLoggedResponse thanks = new EmployersApi(client).logEmployerContact(candidate, new LogContactRequest()
                .employerId(acme.getEmployerId()).contactedAt(day(12, 16))
                .direction(LogContactRequest.DirectionEnum.OUTBOUND).channel(LogContactRequest.ChannelEnum.EMAIL)
                .purpose(LogContactRequest.PurposeEnum.THANK_YOU)
                .message("Thank you for the thoughtful feedback; it helps me prepare."), null);
        assertThat(thanks.getToneWarnings()).isEmpty();

        new PracticeApi(client).logPracticeSession(candidate, new LogPracticeRequest().heldOn(date(13))
                .type(LogPracticeRequest.TypeEnum.MOCK_INTERVIEW).minutes(60).weaknesses(List.of(LISTENING))
                .selfRating(3), null);

        UUID globex = applications.trackApplication(candidate, new TrackApplicationRequest().employerName("Globex")
                .roleTitle("Analytics Engineer").appliedOn(date(18)), null).getApplicationId();
        applications.recordOffer(globex, new RecordOfferRequest().receivedAt(day(20, 12)).note("Senior role"), null);

        // the read models catch up
        TimelineApi timeline = new TimelineApi(client);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            TimelinePage page = timeline.getTimeline(candidate, null, null, null, null, null, 0, 50);
            assertThat(page.getItems()).extracting(TimelineEntry::getType).contains("ApplicationTracked",
                    "InterviewRecorded", "RejectionReceived", "FeedbackRequested", "FeedbackReceived",
                    "FeedbackEvaluated", "EmployerContacted", "PracticeSessionLogged", "OfferReceived");
            assertThat(page.getItems().getFirst().getType()).isEqualTo("OfferReceived");
        });
        TimelinePage rejections = timeline.getTimeline(candidate, acme.getEmployerId(), "RejectionReceived", null,
                null, null, 0, 10);
        assertThat(rejections.getTotal()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            WeaknessTrend listening = new WeaknessesApi(client).getWeaknessTrends(candidate).getItems().stream()
                    .filter(trend -> LISTENING.equals(trend.getKey())).findFirst().orElseThrow();
            assertThat(listening.getMentions()).isEqualTo(1);
            assertThat(listening.getPracticeMinutes()).isEqualTo(60);
        });
        // one point is still to be evaluated: the to-do list says so
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            TodoList todo = new ToDoApi(client).getTodo(candidate);
            assertThat(todo.getItems()).anySatisfy(item -> assertThat(item.getApplicationId()).isEqualTo(application));
        });
    }
}
