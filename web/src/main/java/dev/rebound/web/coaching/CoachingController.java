package dev.rebound.web.coaching;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.command.AssignCoach;
import dev.rebound.api.organization.command.SetCoachAccess;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Coaches assigned to a candidate, and the candidate's consent to let them see their data. Who may call what is
 * decided by the access policy: an org admin assigns, the candidate alone consents; whether the member is a coach of
 * the organization is the candidate record's rule.
 */
@RestController
@Tag(name = "Coaching", description = "Coaches assigned to a candidate, and the candidate's consent.")
@RequestMapping("/api/v1/candidates/{candidateId}")
class CoachingController {

    private final CommandGateway commands;

    CoachingController(CommandGateway commands) {
        this.commands = commands;
    }

    record AssignCoachRequest(@NotNull UUID coachMemberId) {
    }

    record CoachAccessRequest(@NotNull Boolean granted) {
    }

    @Operation(operationId = "assignCoach", summary = "Assign a coach to a candidate",
            description = """
                    Assigns a `COACH` member of the candidate's organization. The coach sees nothing of the \
                    candidate until the candidate grants access (`PUT …/coach-access`); assigning the same coach \
                    again changes nothing. A member who is no coach of this organization is a 409 (`rule`: \
                    `not-a-coach`). Org admin (the platform admin in the default organization); anyone else who \
                    sees the candidate gets 403. Event: `CoachAssigned`.""")
    @PostMapping("/coaches")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assignCoach(@PathVariable UUID candidateId, @Valid @RequestBody AssignCoachRequest request,
                     @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        commands.sendAndWait(new AssignCoach(CandidateId.of(candidateId), Callers.of(principal).organizationId(),
                MemberId.of(request.coachMemberId())));
    }

    @Operation(operationId = "setCoachAccess", summary = "Grant or revoke the coaches' access",
            description = """
                    The candidate lets their assigned coaches read their data (`granted: true`), or withdraws it \
                    (`false`); either counts from the moment the answer arrives, and setting what is already set \
                    changes nothing. The candidate alone: an admin or a coach who sees the candidate gets 403. \
                    Events: `CoachAccessGranted`, `CoachAccessRevoked`.""")
    @PutMapping("/coach-access")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setCoachAccess(@PathVariable UUID candidateId, @Valid @RequestBody CoachAccessRequest request,
                        @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        commands.sendAndWait(new SetCoachAccess(CandidateId.of(candidateId), Callers.of(principal).organizationId(),
                request.granted()));
    }
}
