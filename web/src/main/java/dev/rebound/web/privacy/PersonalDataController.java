package dev.rebound.web.privacy;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.organization.command.ErasePersonalData;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The right to erasure (crypto-shredding): a candidate's personal data becomes unreadable everywhere. */
@RestController
@Tag(name = "Privacy", description = "The right to erasure: a candidate's personal data is crypto-shredded.")
class PersonalDataController {

    private final CommandGateway commands;

    PersonalDataController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(operationId = "erasePersonalData", summary = "Erase a candidate's personal data",
            description = """
                    Erases the candidate's personal data by deleting the key it is encrypted with \
                    (crypto-shredding): names, e-mails, contact names, feedback texts, messages and notes read as \
                    `[erased]` from then on — in every view, in exports and after any replay — and nothing personal \
                    of the candidate is stored again. Ids, dates, stages and figures stay, so timelines, trends and \
                    the organization's de-identified analytics still add up. Cannot be undone; erasing again \
                    changes nothing. The candidate themself or an org admin. Event: `PersonalDataErased`.""")
    @DeleteMapping("/api/v1/candidates/{candidateId}/personal-data")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(@PathVariable UUID candidateId, @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        commands.sendAndWait(new ErasePersonalData(CandidateId.of(candidateId), Callers.of(principal).organizationId()));
    }
}
