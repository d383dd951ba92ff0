package dev.rebound.web.ui.coach;

import dev.rebound.api.applications.query.CandidateList;
import dev.rebound.api.applications.query.CandidateSummary;
import dev.rebound.api.applications.query.FindCandidates;
import dev.rebound.api.organization.CandidateAccess;
import dev.rebound.api.organization.query.FindCandidateAccess;
import dev.rebound.web.query.Reads;
import dev.rebound.web.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * A coach's view of their candidates: those assigned to them who granted access. Admins see every candidate of the
 * organization the read models know, and the page says so.
 */
@Controller
class CoachController {

    private final Reads reads;

    CoachController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping("/coach")
    String candidates(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model) {
        Caller caller = Caller.of(principal);
        List<CandidateSummary> candidates = reads.answer(new FindCandidates(caller.organizationId()),
                CandidateList.class).items();
        boolean coach = caller.kind() == Caller.Kind.COACH;
        model.addAttribute("coach", coach);
        model.addAttribute("candidates", !coach ? candidates : candidates.stream()
                .filter(candidate -> reads.find(new FindCandidateAccess(caller.organizationId(),
                                candidate.candidateId()), CandidateAccess.class)
                        .filter(access -> access.visibleToCoach(caller.memberId())).isPresent())
                .toList());
        return "coach";
    }
}
