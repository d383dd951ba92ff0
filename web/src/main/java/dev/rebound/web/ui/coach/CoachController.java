package dev.rebound.web.ui.coach;

import dev.rebound.api.applications.query.CandidateList;
import dev.rebound.api.applications.query.FindCandidates;
import dev.rebound.web.query.Reads;
import dev.rebound.web.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A coach's view of their candidates. Coach assignments and the candidates' consent do not exist yet, so for now it
 * lists every candidate of the organization the read models know, and says so; once they exist, this is where the
 * list is narrowed to the assigned candidates who granted access.
 */
@Controller
class CoachController {

    private final Reads reads;

    CoachController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping("/coach")
    String candidates(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model) {
        model.addAttribute("candidates", reads.answer(new FindCandidates(Caller.of(principal).organizationId()),
                CandidateList.class).items());
        return "coach";
    }
}
