package dev.rebound.web.ui.record;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.NotFound;
import dev.rebound.api.employer.command.SetDoNotContact;
import dev.rebound.api.employerrelationships.query.EmployerRelationshipEntry;
import dev.rebound.api.employerrelationships.query.EmployerRelationshipList;
import dev.rebound.api.employerrelationships.query.FindEmployerRelationships;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
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
 * Marking one of the candidate's employers do-not-contact (no feedback requests, no outbound contacts), or lifting the
 * mark: the page offers whichever the employer's current mark calls for. Only an employer the candidate's employer
 * relationships know is offered; any other is "not found".
 */
@Controller
@RequestMapping("/candidates/{candidateId}/employers/{employerId}/do-not-contact")
class DoNotContactFormController {

    static final String VIEW = "record/do-not-contact";

    private final UiCommands commands;
    private final Reads reads;

    DoNotContactFormController(UiCommands commands, Reads reads) {
        this.commands = commands;
        this.reads = reads;
    }

    @GetMapping
    String newMark(@PathVariable UUID candidateId, @PathVariable UUID employerId,
                   @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model) {
        EmployerRelationshipEntry employer = employer(candidateId, employerId, principal, model);
        DoNotContactForm form = new DoNotContactForm();
        form.setDoNotContact(!employer.doNotContact());
        model.addAttribute("form", form);
        return VIEW;
    }

    @PostMapping
    String setMark(@PathVariable UUID candidateId, @PathVariable UUID employerId,
                   @Valid @ModelAttribute("form") DoNotContactForm form, BindingResult errors,
                   @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        EmployerRelationshipEntry employer = employer(candidateId, employerId, principal, model);
        if (errors.hasErrors()) {
            return invalid(response, VIEW);
        }
        commands.send(new SetDoNotContact(EmployerId.of(employerId), Callers.of(principal).organizationId(),
                CandidateId.of(candidateId), form.isDoNotContact(), blankToNull(form.getReason())), errors);
        if (errors.hasErrors()) {
            return refused(response, VIEW);
        }
        redirect.addFlashAttribute(Notice.FLASH, Notice.of(form.isDoNotContact()
                ? employer.employerName() + " is marked do-not-contact: no feedback request or outbound contact goes "
                + "to them until you lift the mark."
                : employer.employerName() + " may be contacted again."));
        return "redirect:/candidates/" + candidateId;
    }

    /** The employer among the candidate's, for the page; "not found" for any other. */
    private EmployerRelationshipEntry employer(UUID candidateId, UUID employerId,
                                              OAuth2AuthenticatedPrincipal principal, Model model) {
        FindEmployerRelationships query = new FindEmployerRelationships(Callers.of(principal).organizationId(),
                CandidateId.of(candidateId));
        EmployerRelationshipEntry employer = reads.answer(query, EmployerRelationshipList.class).items().stream()
                .filter(entry -> entry.employerId().value().equals(employerId))
                .findFirst()
                .orElseThrow(() -> new NotFound("No such employer, or it is not visible to you."));
        model.addAttribute("candidateId", candidateId);
        model.addAttribute("employer", employer);
        return employer;
    }
}
