package dev.rebound.web.employerrelationships;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.employerrelationships.query.EmployerRelationshipList;
import dev.rebound.api.employerrelationships.query.FindEmployerRelationships;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A candidate's relationship with each employer: applications, feedback, contacts, follow-up, do-not-contact. */
@RestController
@Tag(name = "Employer relationships", description = "A candidate's relationship with each employer.")
class EmployerRelationshipsController {

    private final Reads reads;

    EmployerRelationshipsController(Reads reads) {
        this.reads = reads;
    }

    @Operation(operationId = "getEmployerRelationships", summary = "Read the employer relationships",
            description = """
                    One entry per employer: applications, furthest stage, feedback status, last contact, whether a \
                    thank-you was sent, the next follow-up due, do-not-contact, number of contacts.""")
    @GetMapping("/api/v1/candidates/{candidateId}/employer-relationships")
    EmployerRelationshipList employerRelationships(@PathVariable UUID candidateId,
                                                   @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        FindEmployerRelationships query = new FindEmployerRelationships(Callers.of(principal).organizationId(),
                CandidateId.of(candidateId));
        return reads.answer(query, EmployerRelationshipList.class);
    }
}
