package dev.rebound.web.ui.record;

import dev.rebound.api.catalogue.WeaknessTaxonomy;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.NotFound;
import dev.rebound.api.improvement.ImprovementPlanId;
import dev.rebound.api.improvement.command.MarkWeaknessAddressed;
import dev.rebound.api.weaknesstrends.query.FindWeaknessTrends;
import dev.rebound.api.weaknesstrends.query.WeaknessTrends;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import dev.rebound.web.ui.Formats;
import dev.rebound.web.ui.UiCommands;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

import static dev.rebound.web.ui.record.RecordForms.blankToNull;
import static dev.rebound.web.ui.record.RecordForms.invalid;
import static dev.rebound.web.ui.record.RecordForms.refused;

/**
 * Marking a weakness addressed, from the weakness trends: its status there follows. The weakness is a key of the
 * taxonomy; any other is "not found".
 */
@Controller
@RequestMapping("/candidates/{candidateId}/weaknesses/{key}/addressed")
class WeaknessFormController {

    static final String VIEW = "record/weakness-addressed";

    private final UiCommands commands;
    private final Reads reads;

    WeaknessFormController(UiCommands commands, Reads reads) {
        this.commands = commands;
        this.reads = reads;
    }

    @ModelAttribute
    void common(@PathVariable UUID candidateId, @PathVariable String key,
                @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model) {
        if (!WeaknessTaxonomy.standard().contains(key)) {
            throw new NotFound("No such weakness in the taxonomy.");
        }
        model.addAttribute("candidateId", candidateId);
        model.addAttribute("key", key);
        // how it trends so far, when the candidate has any mention or practice of it
        model.addAttribute("trend", reads.answer(new FindWeaknessTrends(Callers.of(principal).organizationId(),
                        CandidateId.of(candidateId)), WeaknessTrends.class).items().stream()
                .filter(trend -> trend.key().equals(key)).findFirst().orElse(null));
    }

    @GetMapping
    String newMark(Model model) {
        model.addAttribute("form", new AddressedForm());
        return VIEW;
    }

    @PostMapping
    String mark(@PathVariable UUID candidateId, @PathVariable String key,
                @Valid @ModelAttribute("form") AddressedForm form, BindingResult errors,
                @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return invalid(response, VIEW);
        }
        CandidateId candidate = CandidateId.of(candidateId);
        commands.send(new MarkWeaknessAddressed(ImprovementPlanId.forCandidate(candidate),
                Callers.of(principal).organizationId(), candidate, key, blankToNull(form.getNote())), errors);
        if (errors.hasErrors()) {
            return refused(response, VIEW);
        }
        redirect.addFlashAttribute(Notice.FLASH, Notice.of(Formats.INSTANCE.weakness(key)
                + " is marked addressed. Should feedback mention it again, it shows as open once more."));
        return "redirect:/candidates/" + candidateId;
    }
}
