package dev.rebound.web.ui.coach;

import dev.rebound.api.applications.query.CandidateList;
import dev.rebound.api.applications.query.CandidateSummary;
import dev.rebound.api.applications.query.FindCandidates;
import dev.rebound.api.common.NotFound;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.query.FindCoachCandidates;
import dev.rebound.api.organization.CoachCandidate;
import dev.rebound.api.organization.CoachCandidates;
import java.util.stream.Collectors;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import dev.rebound.web.security.DataAccessAudit;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * A coach's view of their candidates: those assigned to them who granted access. Admins see every candidate of the
 * organization the read models know, and the page says so; candidates and analysts have no such view. The figures
 * shown are the candidates' data, so showing them is recorded in the access audit, one read per candidate.
 */
@Controller
class CoachController {

    static final String RESOURCE = "GET /coach";

    private final Reads reads;
    private final DataAccessAudit audit;

    CoachController(Reads reads, DataAccessAudit audit) {
        this.reads = reads;
        this.audit = audit;
    }

    @GetMapping("/coach")
    String candidates(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model) {
        Caller caller = Callers.of(principal);
        boolean coach = caller.role() == Role.COACH;
        if (!coach && !caller.administers()) {
            throw new NotFound("A candidate or an analyst has no coach view.");
        }
        // an admin sees every candidate; a coach those assigned who consent, each read as theirs
        List<CandidateSummary> shown = reads.answer(!coach ? new FindCandidates(caller.organizationId())
                : new FindCandidates(caller.organizationId(), reads.answer(new FindCoachCandidates(
                        caller.organizationId(), caller.memberId()), CoachCandidates.class).items().stream()
                        .filter(CoachCandidate::accessGranted).map(CoachCandidate::candidateId)
                        .collect(Collectors.toSet())), CandidateList.class).items();
        audit.recordRead(caller, shown.stream().map(CandidateSummary::candidateId).toList(), RESOURCE);
        model.addAttribute("coach", coach);
        model.addAttribute("candidates", shown);
        return "coach";
    }
}
