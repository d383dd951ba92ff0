package dev.rebound.web.employerrelationships;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.employerrelationships.query.EmployerRelationshipList;
import dev.rebound.api.employerrelationships.query.FindEmployerRelationships;
import dev.rebound.web.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A candidate's relationship with each employer: applications, feedback, contacts, follow-up, do-not-contact. */
@RestController
class EmployerRelationshipsController {

    private static final long QUERY_TIMEOUT_SECONDS = 30;

    private final QueryGateway queries;

    EmployerRelationshipsController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/candidates/{candidateId}/employer-relationships")
    EmployerRelationshipList employerRelationships(@PathVariable UUID candidateId,
                                                   @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal)
            throws InterruptedException, ExecutionException, TimeoutException {
        FindEmployerRelationships query = new FindEmployerRelationships(Caller.of(principal).organizationId(),
                CandidateId.of(candidateId));
        try {
            return queries.query(query, EmployerRelationshipList.class).get(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
