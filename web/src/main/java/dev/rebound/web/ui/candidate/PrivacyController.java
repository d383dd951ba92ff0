package dev.rebound.web.ui.candidate;

import dev.rebound.api.access.query.AccessLogPage;
import dev.rebound.api.access.query.FindAccessLog;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.organization.CandidateTokens;
import dev.rebound.api.organization.command.ErasePersonalData;
import dev.rebound.api.organization.query.FindCandidateTokens;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import dev.rebound.web.ui.UiCommands;
import dev.rebound.web.ui.record.Notice;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.UUID;

/**
 * A candidate's privacy page: who looked at their data (the access log, as {@code GET
 * /api/v1/candidates/{id}/access-log} answers it), the tokens that act as them (as {@code GET
 * /api/v1/candidates/{id}/tokens} lists them) and the erasure of their personal data ({@code DELETE
 * /api/v1/candidates/{id}/personal-data}). The candidate themself and their admins; the access policy decides who may
 * open it (a coach gets "not found", and 403 for the erasure) and does not record the page in the access log, which
 * holds no data of the candidate.
 */
@Controller
class PrivacyController {

    /** Access-log entries on the page: the newest. */
    static final int ACCESS_LOG_ENTRIES = 50;

    private final Reads reads;
    private final UiCommands commands;

    PrivacyController(Reads reads, UiCommands commands) {
        this.reads = reads;
        this.commands = commands;
    }

    @GetMapping("/candidates/{candidateId}/privacy")
    String privacy(@PathVariable UUID candidateId, @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                   Model model) {
        model.addAttribute("form", new EraseForm());
        return page(candidateId, principal, model);
    }

    @PostMapping("/candidates/{candidateId}/privacy/erase")
    String erase(@PathVariable UUID candidateId, @ModelAttribute("form") EraseForm form, BindingResult errors,
                 @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        if (!form.confirmed()) {
            errors.rejectValue("confirmation", "confirmation",
                    "Type ERASE in capital letters to confirm; nothing was erased.");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(candidateId, principal, model);
        }
        commands.send(new ErasePersonalData(CandidateId.of(candidateId), Callers.of(principal).organizationId()),
                errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(candidateId, principal, model);
        }
        redirect.addFlashAttribute(Notice.FLASH, new Notice("Your personal data is erased: names, e-mails, contact "
                + "names, feedback texts, messages and notes read as \"[erased]\" from now on, everywhere.",
                List.of(), List.of()));
        return "redirect:/candidates/" + candidateId + "/privacy";
    }

    private String page(UUID candidateId, OAuth2AuthenticatedPrincipal principal, Model model) {
        Caller caller = Callers.of(principal);
        model.addAttribute("candidateId", candidateId);
        model.addAttribute("own", CandidateId.of(candidateId).equals(caller.candidateId()));
        model.addAttribute("accessLog", reads.answer(new FindAccessLog(caller.organizationId(),
                CandidateId.of(candidateId), null, null, 0, ACCESS_LOG_ENTRIES), AccessLogPage.class));
        model.addAttribute("tokens", reads.answer(new FindCandidateTokens(caller.organizationId(),
                CandidateId.of(candidateId)), CandidateTokens.class).items());
        return "privacy";
    }
}
