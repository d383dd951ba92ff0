package dev.rebound.web.employer;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.ContactId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.ToneWarning;
import dev.rebound.api.employer.ContactDirection;
import dev.rebound.api.employer.ContactPurpose;
import dev.rebound.api.employer.ContactReceipt;
import dev.rebound.api.employer.command.LogEmployerContact;
import dev.rebound.api.employer.command.SetDoNotContact;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A candidate's contacts with employers, and which employers are not to be contacted. */
@RestController
@Tag(name = "Employers",
        description = "A candidate's contacts with employers, and which employers are not to be contacted.")
@RequestMapping("/api/v1/candidates/{candidateId}")
class EmployerController {

    private final CommandGateway commands;

    EmployerController(CommandGateway commands) {
        this.commands = commands;
    }

    record LogContactRequest(
            @NotNull UUID employerId,
            @NotNull Instant contactedAt,
            @NotNull ContactDirection direction,
            @NotNull Channel channel,
            @NotNull ContactPurpose purpose,
            @Size(max = 200) String contactName,
            @Size(max = 10000) String message) {
    }

    record ContactLoggedResponse(UUID contactId, List<ToneWarning> toneWarnings) {
    }

    record DoNotContactRequest(@NotNull Boolean doNotContact, @Size(max = 2000) String reason) {
    }

    @Operation(operationId = "logEmployerContact", summary = "Log a contact with an employer",
            description = """
                    Logs a contact with an employer (a thank-you, a follow-up on feedback, keeping in touch …). An \
                    outbound contact to a do-not-contact employer is refused. Outbound messages are checked for \
                    tone: warnings come back, the contact is never blocked. Event: `EmployerContacted`.""")
    @PostMapping("/employer-contacts")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ContactLoggedResponse logContact(@PathVariable UUID candidateId, @Valid @RequestBody LogContactRequest request,
                                     @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        ContactReceipt receipt = commands.sendAndWait(new LogEmployerContact(EmployerId.of(request.employerId()),
                Callers.of(principal).organizationId(), CandidateId.of(candidateId), ContactId.random(),
                request.contactedAt(), request.direction(), request.channel(), request.purpose(),
                request.contactName(), request.message()));
        return new ContactLoggedResponse(receipt.contactId().value(), receipt.toneWarnings());
    }

    @Operation(operationId = "setDoNotContact", summary = "Mark an employer do-not-contact, or lift it",
            description = """
                    Marks the employer as not to be contacted (no feedback requests, no outbound contacts), or lifts \
                    it.""")
    @PutMapping("/employers/{employerId}/do-not-contact")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setDoNotContact(@PathVariable UUID candidateId, @PathVariable UUID employerId,
                         @Valid @RequestBody DoNotContactRequest request,
                         @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        commands.sendAndWait(new SetDoNotContact(EmployerId.of(employerId), Callers.of(principal).organizationId(),
                CandidateId.of(candidateId), request.doNotContact(), request.reason()));
    }
}
