package dev.rebound.web.ui.record;

import dev.rebound.api.catalogue.WeaknessTaxonomy;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.PracticeSessionId;
import dev.rebound.api.improvement.ImprovementPlanId;
import dev.rebound.api.improvement.PracticeType;
import dev.rebound.api.improvement.command.LogPracticeSession;
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

import java.util.List;
import java.util.UUID;

import static dev.rebound.web.ui.record.RecordForms.blankToNull;
import static dev.rebound.web.ui.record.RecordForms.invalid;
import static dev.rebound.web.ui.record.RecordForms.refused;

/** Logging practice that targets weaknesses: mock interviews, recorded reviews, courses, coach sessions, reading. */
@Controller
@RequestMapping("/candidates/{candidateId}/practice/new")
class PracticeFormController {

    private final UiCommands commands;

    PracticeFormController(UiCommands commands) {
        this.commands = commands;
    }

    @ModelAttribute
    void common(@PathVariable UUID candidateId, Model model) {
        model.addAttribute("candidateId", candidateId);
        model.addAttribute("types", PracticeType.values());
        model.addAttribute("skillAreas", WeaknessTaxonomy.standard().skillAreas());
        model.addAttribute("scores", List.of(1, 2, 3, 4, 5));
    }

    @GetMapping
    String newPractice(Model model) {
        PracticeForm form = new PracticeForm();
        form.setHeldOn(Formats.todayUtc());
        form.setType(PracticeType.MOCK_INTERVIEW);
        form.setMinutes(45);
        model.addAttribute("form", form);
        return "record/practice";
    }

    @PostMapping
    String logPractice(@PathVariable UUID candidateId, @Valid @ModelAttribute("form") PracticeForm form,
                       BindingResult errors, @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                       HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return invalid(response, "record/practice");
        }
        CandidateId candidate = CandidateId.of(candidateId);
        commands.send(new LogPracticeSession(ImprovementPlanId.forCandidate(candidate),
                Callers.of(principal).organizationId(), candidate, PracticeSessionId.random(), form.getHeldOn(),
                form.getType(), form.getMinutes(), form.getWeaknesses(), form.getSelfRating(),
                blankToNull(form.getNotes())), errors);
        if (errors.hasErrors()) {
            return refused(response, "record/practice");
        }
        redirect.addFlashAttribute(Notice.FLASH, Notice.of(form.getMinutes() + " minutes of "
                + Formats.INSTANCE.words(form.getType()).toLowerCase() + " are logged."));
        return "redirect:/candidates/" + candidateId;
    }
}
