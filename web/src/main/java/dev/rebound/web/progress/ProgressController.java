package dev.rebound.web.progress;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.progress.query.FindProgress;
import dev.rebound.api.progress.query.Progress;
import dev.rebound.web.query.Reads;
import dev.rebound.web.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A candidate's progress month by month, newest month first. */
@RestController
class ProgressController {

    private final Reads reads;

    ProgressController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/v1/candidates/{candidateId}/progress")
    Progress progress(@PathVariable UUID candidateId,
                      @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        FindProgress query = new FindProgress(Caller.of(principal).organizationId(), CandidateId.of(candidateId));
        return reads.answer(query, Progress.class);
    }
}
