package dev.rebound.web.ui.record;

import dev.rebound.api.applications.query.ApplicationSummary;
import dev.rebound.api.application.Reflection;
import dev.rebound.api.application.command.RecordInterview;
import dev.rebound.api.application.command.RecordOffer;
import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
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

import java.util.List;
import java.util.UUID;

import static dev.rebound.web.ui.record.RecordForms.blankToNull;
import static dev.rebound.web.ui.record.RecordForms.invalid;
import static dev.rebound.web.ui.record.RecordForms.refused;

/** Recording an application, its interviews, and how it ended: a rejection or an offer. */
@Controller
@RequestMapping("/candidates/{candidateId}/applications")
class ApplicationFormsController {

    private final UiCommands commands;
    private final Reads reads;

    ApplicationFormsController(UiCommands commands, Reads reads) {
        this.commands = commands;
        this.reads = reads;
    }

    @ModelAttribute
    void common(@PathVariable UUID candidateId, Model model) {
        model.addAttribute("candidateId", candidateId);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("channels", Channel.values());
    }

    @GetMapping("/new")
    String newApplication(Model model) {
        ApplicationForm form = new ApplicationForm();
        form.setAppliedOn(Formats.todayUtc());
        model.addAttribute("form", form);
        return "record/application";
    }

    @PostMapping("/new")
    String track(@PathVariable UUID candidateId, @Valid @ModelAttribute("form") ApplicationForm form,
                 BindingResult errors, @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                 HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return invalid(response, "record/application");
        }
        CandidateId candidate = CandidateId.of(candidateId);
        ApplicationId application = ApplicationId.random();
        EmployerId employer = EmployerId.forCandidate(candidate, form.getEmployerName());
        commands.send(new TrackApplication(application, organization(principal), candidate, employer,
                form.getEmployerName().strip(), form.getRoleTitle().strip(), form.getAppliedOn(),
                blankToNull(form.getSource()), blankToNull(form.getJobUrl())), errors);
        if (errors.hasErrors()) {
            return refused(response, "record/application");
        }
        String base = "/candidates/" + candidateId + "/applications/" + application.value();
        redirect.addFlashAttribute(Notice.FLASH, new Notice(
                "Your application for " + form.getRoleTitle().strip() + " at " + form.getEmployerName().strip()
                        + " is tracked.", List.of(),
                List.of(new Notice.Link("Record an interview", base + "/interview"),
                        new Notice.Link("Record the rejection", base + "/rejection"))));
        return "redirect:/candidates/" + candidateId;
    }

    @GetMapping("/{applicationId}/interview")
    String newInterview(@PathVariable UUID candidateId, @PathVariable UUID applicationId, Model model,
                        @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        InterviewForm form = new InterviewForm();
        form.setHeldOn(Formats.todayUtc());
        model.addAttribute("form", form);
        return withApplication("record/interview", candidateId, applicationId, principal, model);
    }

    @PostMapping("/{applicationId}/interview")
    String recordInterview(@PathVariable UUID candidateId, @PathVariable UUID applicationId,
                           @Valid @ModelAttribute("form") InterviewForm form, BindingResult errors,
                           @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        if (!form.interviewersWithinLimits()) {
            errors.rejectValue("interviewers", "size",
                    "at most " + InterviewForm.MAX_INTERVIEWERS + " interviewers, each at most 200 characters");
        }
        if (errors.hasErrors()) {
            invalid(response, null);
            return withApplication("record/interview", candidateId, applicationId, principal, model);
        }
        commands.send(new RecordInterview(ApplicationId.of(applicationId), organization(principal), form.getStage(),
                form.getHeldOn(), form.interviewerList(), new Reflection(form.isPreparedBehavioralAnswers(),
                form.isAskedThoughtfulQuestions(), form.isDressedForCulture(), blankToNull(form.getNotes()))),
                errors);
        if (errors.hasErrors()) {
            refused(response, null);
            return withApplication("record/interview", candidateId, applicationId, principal, model);
        }
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("The " + Formats.INSTANCE.words(form.getStage())
                .toLowerCase() + " interview is recorded."));
        return "redirect:/candidates/" + candidateId;
    }

    @GetMapping("/{applicationId}/rejection")
    String newRejection(@PathVariable UUID candidateId, @PathVariable UUID applicationId, Model model,
                        @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        RejectionForm form = new RejectionForm();
        form.setReceivedAt(Formats.nowUtc());
        form.setChannel(Channel.EMAIL);
        model.addAttribute("form", form);
        return withApplication("record/rejection", candidateId, applicationId, principal, model);
    }

    @PostMapping("/{applicationId}/rejection")
    String recordRejection(@PathVariable UUID candidateId, @PathVariable UUID applicationId,
                           @Valid @ModelAttribute("form") RejectionForm form, BindingResult errors,
                           @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            invalid(response, null);
            return withApplication("record/rejection", candidateId, applicationId, principal, model);
        }
        commands.send(new RecordRejection(ApplicationId.of(applicationId), organization(principal),
                Formats.utc(form.getReceivedAt()), form.getStageReached(), form.getChannel(),
                blankToNull(form.getReasonGiven())), errors);
        if (errors.hasErrors()) {
            refused(response, null);
            return withApplication("record/rejection", candidateId, applicationId, principal, model);
        }
        redirect.addFlashAttribute(Notice.FLASH, new Notice("The rejection is recorded. Ask for feedback within a "
                + "day, while it is fresh: it is on your to-do list.", List.of(),
                List.of(new Notice.Link("Ask for feedback", "/candidates/" + candidateId + "/applications/"
                        + applicationId + "/feedback-request"))));
        return "redirect:/candidates/" + candidateId;
    }

    @GetMapping("/{applicationId}/offer")
    String newOffer(@PathVariable UUID candidateId, @PathVariable UUID applicationId, Model model,
                    @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        OutcomeForm form = new OutcomeForm();
        form.setReceivedAt(Formats.nowUtc());
        model.addAttribute("form", form);
        return withApplication("record/offer", candidateId, applicationId, principal, model);
    }

    @PostMapping("/{applicationId}/offer")
    String recordOffer(@PathVariable UUID candidateId, @PathVariable UUID applicationId,
                       @Valid @ModelAttribute("form") OutcomeForm form, BindingResult errors,
                       @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            invalid(response, null);
            return withApplication("record/offer", candidateId, applicationId, principal, model);
        }
        commands.send(new RecordOffer(ApplicationId.of(applicationId), organization(principal),
                Formats.utc(form.getReceivedAt()), blankToNull(form.getNote())), errors);
        if (errors.hasErrors()) {
            refused(response, null);
            return withApplication("record/offer", candidateId, applicationId, principal, model);
        }
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("Congratulations: the offer is recorded."));
        return "redirect:/candidates/" + candidateId;
    }

    /** Adds the application (when the read model knows it already) for the page's heading. */
    private String withApplication(String view, UUID candidateId, UUID applicationId,
                                   OAuth2AuthenticatedPrincipal principal, Model model) {
        ApplicationSummary application = RecordForms.application(reads, organization(principal), candidateId,
                applicationId).orElse(null);
        model.addAttribute("applicationId", applicationId);
        model.addAttribute("app", application);
        return view;
    }

    private static OrganizationId organization(OAuth2AuthenticatedPrincipal principal) {
        return Callers.of(principal).organizationId();
    }
}
