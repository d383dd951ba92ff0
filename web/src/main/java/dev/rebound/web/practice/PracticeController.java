package dev.rebound.web.practice;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.PracticeSessionId;
import dev.rebound.api.improvement.ImprovementPlanId;
import dev.rebound.api.improvement.PracticeType;
import dev.rebound.api.improvement.command.LogPracticeSession;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import dev.rebound.web.validation.WeaknessKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Practice that targets weaknesses: mock interviews, recorded reviews, courses, coach sessions, reading. */
@RestController
@Tag(name = "Practice",
        description = "Practice that targets weaknesses: mock interviews, recorded reviews, courses, coach "
                + "sessions, reading.")
@RequestMapping("/api/v1/candidates/{candidateId}")
class PracticeController {

    private final CommandGateway commands;

    PracticeController(CommandGateway commands) {
        this.commands = commands;
    }

    record LogPracticeRequest(
            @NotNull LocalDate heldOn,
            @NotNull PracticeType type,
            @NotNull @Min(1) @Max(1440) Integer minutes,
            @Size(max = 10) List<@NotNull @WeaknessKey String> weaknesses,
            @Min(1) @Max(5) Integer selfRating,
            @Size(max = 4000) String notes) {
    }

    record PracticeLoggedResponse(UUID practiceSessionId) {
    }

    @Operation(operationId = "logPracticeSession", summary = "Log a practice session",
            description = """
                    Logs a practice session and the weaknesses (taxonomy keys) it worked on. Event: \
                    `PracticeSessionLogged`.""")
    @PostMapping("/practice-sessions")
    @ResponseStatus(HttpStatus.ACCEPTED)
    PracticeLoggedResponse logPractice(@PathVariable UUID candidateId, @Valid @RequestBody LogPracticeRequest request,
                                       @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        CandidateId candidate = CandidateId.of(candidateId);
        PracticeSessionId session = PracticeSessionId.random();
        commands.sendAndWait(new LogPracticeSession(ImprovementPlanId.forCandidate(candidate),
                Callers.of(principal).organizationId(), candidate, session, request.heldOn(), request.type(),
                request.minutes(), request.weaknesses(), request.selfRating(), request.notes()));
        return new PracticeLoggedResponse(session.value());
    }
}
