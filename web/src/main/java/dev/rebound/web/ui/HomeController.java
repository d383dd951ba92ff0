package dev.rebound.web.ui;

import dev.rebound.api.applications.query.CandidateList;
import dev.rebound.api.applications.query.FindCandidates;
import dev.rebound.web.query.Reads;
import dev.rebound.web.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/**
 * The start page: open a candidate by id, or start a new one, and the organization's most recently active
 * candidates. Until organizations have members, a candidate is just an id the platform admin works with.
 */
@Controller
class HomeController {

    static final int RECENT_CANDIDATES = 10;

    private final Reads reads;

    HomeController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model) {
        CandidateList candidates = reads.answer(new FindCandidates(Caller.of(principal).organizationId()),
                CandidateList.class);
        model.addAttribute("recent", candidates.items().stream().limit(RECENT_CANDIDATES).toList());
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
