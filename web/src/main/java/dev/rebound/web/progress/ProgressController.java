package dev.rebound.web.progress;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.progress.query.FindProgress;
import dev.rebound.api.progress.query.Progress;
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

/** A candidate's progress month by month, newest month first. */
@RestController
@Tag(name = "Progress", description = "A candidate's progress month by month.")
class ProgressController {

    private final Reads reads;

    ProgressController(Reads reads) {
        this.reads = reads;
    }

    @Operation(operationId = "getProgress", summary = "Read the progress per month",
            description = """
                    Per month, newest first: applications, the furthest stage reached, rejections, offers, the \
                    feedback rate and practice minutes.""")
    @GetMapping("/api/v1/candidates/{candidateId}/progress")
    Progress progress(@PathVariable UUID candidateId,
                      @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        FindProgress query = new FindProgress(Callers.of(principal).organizationId(), CandidateId.of(candidateId));
        return reads.answer(query, Progress.class);
    }
}
