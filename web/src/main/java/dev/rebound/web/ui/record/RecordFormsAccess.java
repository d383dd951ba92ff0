package dev.rebound.web.ui.record;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.query.CheckAccess;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.web.query.Reads;
import dev.rebound.web.security.Callers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Map;
import java.util.UUID;

/**
 * A form of the UI records a candidate's data, so even shown empty it is a write: before any handler of a form runs,
 * the access policy is asked whether the caller may record this candidate's data (and, for a form of one
 * application, whether the application is this candidate's). A coach who sees the candidate is refused with 403,
 * anyone who does not with 404, exactly as the API's commands would be.
 */
@ControllerAdvice(basePackageClasses = RecordFormsAccess.class)
class RecordFormsAccess {

    private final Reads reads;

    RecordFormsAccess(Reads reads) {
        this.reads = reads;
    }

    @ModelAttribute
    void mayRecord(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                   @PathVariable Map<String, String> path) {
        if (principal == null || !path.containsKey("candidateId")) {
            return; // the tone check of a form's message: touches no one's data
        }
        var organization = Callers.of(principal).organizationId();
        CandidateId candidate = CandidateId.of(UUID.fromString(path.get("candidateId")));
        AccessRule rule = path.containsKey("applicationId")
                ? new AccessRule.ApplicationData(organization,
                ApplicationId.of(UUID.fromString(path.get("applicationId"))), candidate, AccessRule.Use.WRITE)
                : new AccessRule.CandidateData(organization, candidate, AccessRule.Use.WRITE);
        reads.answer(new CheckAccess(rule), Boolean.class);
    }
}
