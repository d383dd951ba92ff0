package dev.rebound.web.ui;

import dev.rebound.api.applications.query.CandidateList;
import dev.rebound.api.applications.query.CandidateSummary;
import dev.rebound.api.applications.query.FindCandidates;
import dev.rebound.web.query.Reads;
import dev.rebound.web.security.Caller;
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
 * The start page: open a candidate by id, or start a new one, and — for admins — the organization's most recently
 * active candidates, whose figures are their data: showing them is recorded in the access audit. Until organizations
 * have members, a candidate is just an id the platform admin works with.
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
    String home(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model) {
        Caller caller = Caller.of(principal);
        if (caller.administers()) {
            List<CandidateSummary> recent = reads.answer(new FindCandidates(caller.organizationId()),
                    CandidateList.class).items().stream().limit(RECENT_CANDIDATES).toList();
            audit.recordRead(caller, recent.stream().map(CandidateSummary::candidateId).toList(), RESOURCE);
            model.addAttribute("recent", recent);
        }
        return "home";
    }

    /** The "open candidate" form: a GET, so that the resulting page can be bookmarked. */
    @GetMapping("/candidates")
    String open(@RequestParam(required = false) String candidateId, Model model,
                @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        String id = candidateId == null ? "" : candidateId.strip();
        try {
            return "redirect:/candidates/" + UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            model.addAttribute("candidateId", id);
            model.addAttribute("openError", "A candidate id looks like 3f0b6c1e-8d2a-4c47-9a7e-2a51c8e0d001.");
            return home(principal, model);
        }
    }

    @GetMapping("/candidates/new")
    String startNew() {
        return "redirect:/candidates/" + UUID.randomUUID();
    }
}
