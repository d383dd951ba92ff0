package dev.rebound.web.progress;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.progress.query.FindProgress;
import dev.rebound.api.progress.query.Progress;
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

/** A candidate's progress month by month, newest month first. */
@RestController
class ProgressController {

    private static final long QUERY_TIMEOUT_SECONDS = 30;

    private final QueryGateway queries;

    ProgressController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/candidates/{candidateId}/progress")
    Progress progress(@PathVariable UUID candidateId,
                      @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal)
            throws InterruptedException, ExecutionException, TimeoutException {
        FindProgress query = new FindProgress(Caller.of(principal).organizationId(), CandidateId.of(candidateId));
        try {
            return queries.query(query, Progress.class).get(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
