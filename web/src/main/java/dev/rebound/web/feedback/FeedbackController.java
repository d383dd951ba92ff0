package dev.rebound.web.feedback;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.rebound.api.application.FeedbackGiver;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.FeedbackReceipt;
import dev.rebound.api.application.FeedbackRequestReceipt;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.application.Verdict;
import dev.rebound.api.application.command.EvaluateFeedback;
import dev.rebound.api.application.command.RecordFeedback;
import dev.rebound.api.application.command.RecordFeedbackDeclined;
import dev.rebound.api.application.command.RequestFeedback;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.ToneWarning;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import dev.rebound.web.validation.QuestionKey;
import dev.rebound.web.validation.WeaknessKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The feedback cycle after a rejection: ask, record the answer (or the decline), evaluate it point by point. */
@RestController
@Tag(name = "Feedback",
        description = "The feedback cycle after a rejection: ask for feedback, record the answer (or the decline), "
                + "evaluate it point by point.")
@RequestMapping("/api/v1/applications/{applicationId}")
class FeedbackController {

    private final CommandGateway commands;

    FeedbackController(CommandGateway commands) {
        this.commands = commands;
    }

    /** A question from the catalogue, given as its key ({@code "weak-areas"}), or in the candidate's own words. */
    @Schema(description = "A catalogue question by `key` (see GET /api/v1/catalogue/feedback-questions), or the "
            + "candidate's own `text`; exactly one of the two. A bare string is read as a key.")
    record QuestionInput(@QuestionKey String key, @Size(max = 1000) String text) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static QuestionInput ofKey(String key) {
            return new QuestionInput(key, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        QuestionInput {
        }

        @AssertTrue(message = "give either a catalogue key or your own text")
        boolean isKeyOrText() {
            return (key == null) != (text == null || text.isBlank());
        }

        RequestedQuestion toQuestion() {
            return key != null ? RequestedQuestion.fromCatalogue(key) : RequestedQuestion.ownWords(text);
        }
    }

    record RequestFeedbackRequest(
            @NotNull Instant sentAt,
            @NotNull Channel channel,
            @Size(max = 200) String contactName,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid QuestionInput> questions) {
    }

    record FeedbackRequestedResponse(UUID applicationId, int requestNumber, boolean withinDayOfRejection,
                                     List<ToneWarning> toneWarnings) {
    }

    record PointInput(@NotBlank @Size(max = 2000) String text) {
    }

    record GiverInput(@Size(max = 200) String name, @Size(max = 200) String role) {
    }

    record RecordFeedbackRequest(
            @NotNull Instant receivedAt,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid PointInput> points,
            @Valid GiverInput giver,
            Specificity specificity) {
    }

    record FeedbackRecordedResponse(
            UUID applicationId,
            List<UUID> pointIds,
            @Schema(description = "When the feedback's cooling-off period ends; an evaluation before it needs "
                    + "`early: true`.")
            Instant evaluationDueAt) {
    }

    record RecordDeclineRequest(@NotNull Instant receivedAt, @Size(max = 4000) String note) {
    }

    record PointEvaluationInput(
            @NotNull UUID pointId,
            @NotNull Verdict verdict,
            @Min(1) @Max(5) Integer ringsTrue,
            @Min(1) @Max(5) Integer credibility,
            @Size(max = 10) List<@NotNull @WeaknessKey String> weaknesses) {
    }

    record EvaluateFeedbackRequest(
            @NotNull Instant evaluatedAt,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid PointEvaluationInput> points,
            @Size(max = 4000) String fitNotes,
            Boolean early) {
    }

    record ApplicationResponse(UUID applicationId) {
    }

    @Operation(operationId = "requestFeedback", summary = "Ask the employer for feedback",
            description = """
                    Records that feedback was requested, with catalogue questions (keys from `GET \
                    /api/v1/catalogue/feedback-questions`) or the candidate's own words. Allowed only after a \
                    rejection, at most twice per application, never after a decline, never to a do-not-contact \
                    employer. Own words are checked for blaming, hostile or defensive tone: warnings come back, the \
                    request is never blocked. Event: `FeedbackRequested`.""")
    @PostMapping("/feedback-requests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    FeedbackRequestedResponse requestFeedback(@PathVariable UUID applicationId,
                                              @Valid @RequestBody RequestFeedbackRequest request,
                                              @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        FeedbackRequestReceipt receipt = commands.sendAndWait(new RequestFeedback(ApplicationId.of(applicationId),
                organization(principal), request.sentAt(), request.channel(), request.contactName(),
                request.questions().stream().map(QuestionInput::toQuestion).toList()));
        return new FeedbackRequestedResponse(applicationId, receipt.requestNumber(), receipt.withinDayOfRejection(),
                receipt.toneWarnings());
    }

    @Operation(operationId = "recordFeedback", summary = "Record the feedback received",
            description = """
                    Records the feedback the employer gave, point by point; the answer holds the id of each point, \
                    in the order given, for the evaluation, and `evaluationDueAt`: when the cooling-off period ends \
                    (an evaluation before it needs `early: true`). Event: `FeedbackReceived`.""")
    @PostMapping("/feedback")
    @ResponseStatus(HttpStatus.ACCEPTED)
    FeedbackRecordedResponse recordFeedback(@PathVariable UUID applicationId,
                                            @Valid @RequestBody RecordFeedbackRequest request,
                                            @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        List<FeedbackPoint> points = request.points().stream()
                .map(point -> new FeedbackPoint(FeedbackPointId.random(), point.text()))
                .toList();
        GiverInput giver = request.giver();
        FeedbackReceipt receipt = commands.sendAndWait(new RecordFeedback(ApplicationId.of(applicationId),
                organization(principal), request.receivedAt(), points,
                giver == null ? null : new FeedbackGiver(giver.name(), giver.role()), request.specificity()));
        return new FeedbackRecordedResponse(applicationId,
                receipt.pointIds().stream().map(FeedbackPointId::value).toList(), receipt.evaluationDueAt());
    }

    @Operation(operationId = "recordFeedbackDeclined", summary = "Record that the employer declined to give feedback",
            description = """
                    Records that the employer declined to give feedback; no further request may follow. Event: \
                    `FeedbackDeclined`.""")
    @PostMapping("/feedback-declined")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ApplicationResponse recordDecline(@PathVariable UUID applicationId,
                                      @Valid @RequestBody RecordDeclineRequest request,
                                      @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        commands.sendAndWait(new RecordFeedbackDeclined(ApplicationId.of(applicationId), organization(principal),
                request.receivedAt(), request.note()));
        return new ApplicationResponse(applicationId);
    }

    @Operation(operationId = "evaluateFeedback", summary = "Evaluate the feedback",
            description = """
                    Evaluates each feedback point: does it ring true, how credible is it, which weaknesses (taxonomy \
                    keys from `GET /api/v1/catalogue/weaknesses`) it names. Allowed only after the feedback was \
                    received; an evaluation within the cooling-off period (until the `evaluationDueAt` the feedback \
                    was recorded with) needs `early: true`. Event: `FeedbackEvaluated`.""")
    @PostMapping("/evaluation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ApplicationResponse evaluate(@PathVariable UUID applicationId,
                                 @Valid @RequestBody EvaluateFeedbackRequest request,
                                 @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        List<PointEvaluation> points = request.points().stream()
                .map(point -> new PointEvaluation(FeedbackPointId.of(point.pointId()), point.verdict(),
                        point.ringsTrue(), point.credibility(), point.weaknesses()))
                .toList();
        commands.sendAndWait(new EvaluateFeedback(ApplicationId.of(applicationId), organization(principal),
                request.evaluatedAt(), points, request.fitNotes(), Boolean.TRUE.equals(request.early())));
        return new ApplicationResponse(applicationId);
    }

    private static OrganizationId organization(OAuth2AuthenticatedPrincipal principal) {
        return Callers.of(principal).organizationId();
    }
}
