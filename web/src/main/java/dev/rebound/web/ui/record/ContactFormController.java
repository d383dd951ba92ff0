package dev.rebound.web.ui.record;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.ContactId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.ToneWarning;
import dev.rebound.api.employer.ContactDirection;
import dev.rebound.api.employer.ContactPurpose;
import dev.rebound.api.employer.ContactReceipt;
import dev.rebound.api.employer.command.LogEmployerContact;
import dev.rebound.api.employerrelationships.query.EmployerRelationshipEntry;
import dev.rebound.api.employerrelationships.query.EmployerRelationshipList;
import dev.rebound.api.employerrelationships.query.FindEmployerRelationships;
import dev.rebound.api.tone.query.CheckTone;
import dev.rebound.api.tone.query.ToneWarnings;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import dev.rebound.web.ui.Formats;
import dev.rebound.web.ui.UiCommands;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static dev.rebound.web.ui.record.RecordForms.blankToNull;
import static dev.rebound.web.ui.record.RecordForms.invalid;
import static dev.rebound.web.ui.record.RecordForms.refused;

/**
 * Logging a contact with an employer. An outbound message is checked for tone before it is sent: as it is typed
 * (htmx asks {@code POST /tone-check}), and again when the form is sent: a message with warnings is sent only once
 * the candidate has seen them for exactly that text and chose to send it anyway. The warnings are recorded with it.
 */
@Controller
class ContactFormController {

    /** The form fields whose text the tone preview may check. */
    static final Set<String> CHECKED_FIELDS = Set.of("message", "ownQuestion");

    private final UiCommands commands;
    private final Reads reads;

    ContactFormController(UiCommands commands, Reads reads) {
        this.commands = commands;
        this.reads = reads;
    }

    @GetMapping("/candidates/{candidateId}/employer-contacts/new")
    String newContact(@PathVariable UUID candidateId, @RequestParam(required = false) UUID employerId,
                      @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model) {
        ContactForm form = new ContactForm();
        form.setEmployerId(employerId);
        form.setContactedAt(Formats.nowUtc());
        form.setDirection(ContactDirection.OUTBOUND);
        form.setChannel(Channel.EMAIL);
        form.setPurpose(ContactPurpose.THANK_YOU);
        model.addAttribute("form", form);
        return page(candidateId, principal, model, List.of());
    }

    @PostMapping("/candidates/{candidateId}/employer-contacts/new")
    String logContact(@PathVariable UUID candidateId, @Valid @ModelAttribute("form") ContactForm form,
                      BindingResult errors, @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            invalid(response, null);
            return page(candidateId, principal, model, List.of());
        }
        String message = blankToNull(form.getMessage());
        if (form.getDirection() == ContactDirection.OUTBOUND) {
            List<ToneWarning> warnings = toneWarnings(message);
            if (!warnings.isEmpty() && !Objects.equals(message, blankToNull(form.getReviewedMessage()))) {
                form.setReviewedMessage(message);
                model.addAttribute("confirmTone", true);
                return page(candidateId, principal, model, warnings);
            }
        }
        ContactReceipt receipt = commands.send(new LogEmployerContact(EmployerId.of(form.getEmployerId()),
                organization(principal), CandidateId.of(candidateId), ContactId.random(),
                Formats.utc(form.getContactedAt()), form.getDirection(), form.getChannel(), form.getPurpose(),
                blankToNull(form.getContactName()), message), errors);
        if (errors.hasErrors()) {
            refused(response, null);
            return page(candidateId, principal, model, List.of());
        }
        int warnings = receipt.toneWarnings().size();
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("The contact is logged"
                + (warnings == 0 ? "." : ", with " + warnings + (warnings == 1 ? " tone warning" : " tone warnings")
                + " recorded.")));
        return "redirect:/candidates/" + candidateId;
    }

    /** The tone preview: the warnings for the text of one form field, as a fragment for htmx to show. */
    @PostMapping("/tone-check")
    String toneCheck(@RequestParam String field, HttpServletRequest request, Model model) {
        if (!CHECKED_FIELDS.contains(field)) {
            throw new IllegalArgumentException("The tone check reads only " + CHECKED_FIELDS);
        }
        String text = request.getParameter(field);
        model.addAttribute("checked", text != null && !text.isBlank());
        model.addAttribute("warnings", toneWarnings(text));
        return "fragments/tone :: warnings";
    }

    private List<ToneWarning> toneWarnings(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String checked = text.length() > CheckTone.MAX_LENGTH ? text.substring(0, CheckTone.MAX_LENGTH) : text;
        return reads.answer(new CheckTone(checked), ToneWarnings.class).items();
    }

    private String page(UUID candidateId, OAuth2AuthenticatedPrincipal principal, Model model,
                        List<ToneWarning> warnings) {
        List<EmployerRelationshipEntry> employers = reads.answer(new FindEmployerRelationships(
                organization(principal), CandidateId.of(candidateId)), EmployerRelationshipList.class).items();
        model.addAttribute("candidateId", candidateId);
        model.addAttribute("employers", employers);
        model.addAttribute("directions", ContactDirection.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("purposes", ContactPurpose.values());
        model.addAttribute("warnings", warnings);
        model.addAttribute("checked", !warnings.isEmpty());
        return "record/contact";
    }

    private static OrganizationId organization(OAuth2AuthenticatedPrincipal principal) {
        return Callers.of(principal).organizationId();
    }
}
