package dev.rebound.web.application;

import dev.rebound.api.application.Reflection;
import dev.rebound.api.application.command.RecordInterview;
import dev.rebound.api.application.command.RecordOffer;
import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.Stage;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Applications and how they end: commands answered with 202 once their event is stored. */
@RestController
@Tag(name = "Applications",
        description = "Applications and how they end: tracked, interviews, the rejection, an offer.")
@RequestMapping("/api/v1")
class ApplicationController {

    private final CommandGateway commands;

    ApplicationController(CommandGateway commands) {
        this.commands = commands;
    }

    record TrackApplicationRequest(
            @NotBlank @Size(max = 200) String employerName,
            @NotBlank @Size(max = 200) String roleTitle,
            LocalDate appliedOn,
            @Size(max = 200) String source,
            @Size(max = 2000) String jobUrl) {
    }

    record ApplicationTrackedResponse(UUID applicationId, UUID employerId) {
    }

    record RecordRejectionRequest(
            @NotNull Instant receivedAt,
            @NotNull Stage stageReached,
            @NotNull Channel channel,
            @Size(max = 4000) String reasonGiven) {
    }

    record RejectionRecordedResponse(UUID applicationId) {
    }

    record ReflectionInput(
            Boolean preparedBehavioralAnswers,
            Boolean askedThoughtfulQuestions,
            Boolean dressedForCulture,
            @Size(max = 4000) String notes) {
    }

    record RecordInterviewRequest(
            @NotNull Stage stage,
            @NotNull LocalDate heldOn,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> interviewers,
            @Valid ReflectionInput reflection) {
    }

    record RecordOfferRequest(@NotNull Instant receivedAt, @Size(max = 4000) String note) {
    }

    record ApplicationResponse(UUID applicationId) {
    }

    @Operation(operationId = "trackApplication", summary = "Track an application",
            description = """
                    Starts tracking an application. The employer is matched by its normalized name per candidate \
                    (`Acme Analytics, Inc.` and `acme analytics` are one employer). Event: `ApplicationTracked`.""")
    @PostMapping("/candidates/{candidateId}/applications")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ApplicationTrackedResponse track(@PathVariable UUID candidateId,
                                     @Valid @RequestBody TrackApplicationRequest request,
                                     @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        Caller caller = Callers.of(principal);
        CandidateId candidate = CandidateId.of(candidateId);
        ApplicationId application = ApplicationId.random();
        EmployerId employer = EmployerId.forCandidate(candidate, request.employerName());
        commands.sendAndWait(new TrackApplication(application, caller.organizationId(), candidate, employer,
                request.employerName(), request.roleTitle(), request.appliedOn(), request.source(),
                request.jobUrl()));
        return new ApplicationTrackedResponse(application.value(), employer.value());
    }

    @Operation(operationId = "recordRejection", summary = "Record the rejection",
            description = """
                    Records that the application was rejected, when and at which stage. `receivedAt` may lie in the \
                    past (rejections are often recorded days later), never in the future. Event: \
                    `RejectionReceived`.""")
    @PostMapping("/applications/{applicationId}/rejection")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RejectionRecordedResponse reject(@PathVariable UUID applicationId,
                                     @Valid @RequestBody RecordRejectionRequest request,
                                     @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        Caller caller = Callers.of(principal);
        commands.sendAndWait(new RecordRejection(ApplicationId.of(applicationId), caller.organizationId(),
                request.receivedAt(), request.stageReached(), request.channel(), request.reasonGiven()));
        return new RejectionRecordedResponse(applicationId);
    }

    @Operation(operationId = "recordInterview", summary = "Record an interview",
            description = """
                    Records an interview of the application, with the candidate's own reflection on it. Event: \
                    `InterviewRecorded`.""")
    @PostMapping("/applications/{applicationId}/interviews")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ApplicationResponse recordInterview(@PathVariable UUID applicationId,
                                        @Valid @RequestBody RecordInterviewRequest request,
                                        @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        ReflectionInput reflection = request.reflection();
        commands.sendAndWait(new RecordInterview(ApplicationId.of(applicationId),
                Callers.of(principal).organizationId(), request.stage(), request.heldOn(), request.interviewers(),
                reflection == null ? null : new Reflection(reflection.preparedBehavioralAnswers(),
                        reflection.askedThoughtfulQuestions(), reflection.dressedForCulture(), reflection.notes())));
        return new ApplicationResponse(applicationId);
    }

    @Operation(operationId = "recordOffer", summary = "Record an offer",
            description = """
                    Records that the application ended in an offer. Event: `OfferReceived`.""")
    @PostMapping("/applications/{applicationId}/offer")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ApplicationResponse recordOffer(@PathVariable UUID applicationId,
                                    @Valid @RequestBody RecordOfferRequest request,
                                    @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        commands.sendAndWait(new RecordOffer(ApplicationId.of(applicationId), Callers.of(principal).organizationId(),
                request.receivedAt(), request.note()));
        return new ApplicationResponse(applicationId);
    }
}
