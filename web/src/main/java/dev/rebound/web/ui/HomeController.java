package dev.rebound.web.ui;

import dev.rebound.api.applications.query.CandidateList;
import dev.rebound.api.applications.query.CandidateSummary;
import dev.rebound.api.applications.query.FindCandidates;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import dev.rebound.web.security.UiPages;
import dev.rebound.web.security.DataAccessAudit;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.UUID;

/**
 * The start: {@code /} sends each role to its page ({@link UiPages#landing}). The admins' page is the organization's
 * candidates: open one by id, add one ({@code AddCandidateController}), and the most recently active, whose figures
 * are their data: showing them is recorded in the access audit.
 */
@Controller
class HomeController {

    static final int RECENT_CANDIDATES = 10;
    static final String RESOURCE = "GET /";

    private final Reads reads;
    private final DataAccessAudit audit;

    HomeController(Reads reads, DataAccessAudit audit) {
        this.reads = reads;
        this.audit = audit;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        return "redirect:" + UiPages.landing(Callers.of(principal));
    }

    /** The candidates, or, from the "open candidate" form (a GET, so that the page can be bookmarked), one of them. */
    @GetMapping(UiPages.CANDIDATES)
    String candidates(@RequestParam(required = false) String candidateId, Model model,
                      @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        if (candidateId != null) {
            String id = candidateId.strip();
            try {
                return "redirect:/candidates/" + UUID.fromString(id);
            } catch (IllegalArgumentException notAnId) {
                model.addAttribute("candidateId", id);
                model.addAttribute("openError", "A candidate id looks like 3f0b6c1e-8d2a-4c47-9a7e-2a51c8e0d001.");
            }
        }
        Caller caller = Callers.of(principal);
        List<CandidateSummary> recent = reads.answer(new FindCandidates(caller.organizationId()),
                CandidateList.class).items().stream().limit(RECENT_CANDIDATES).toList();
        audit.recordRead(caller, recent.stream().map(CandidateSummary::candidateId).toList(), RESOURCE);
        model.addAttribute("recent", recent);
        model.addAttribute("mayAdd", UiPages.mayAddCandidates(caller));
        return "home";
    }
}
