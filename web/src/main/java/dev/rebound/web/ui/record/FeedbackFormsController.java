package dev.rebound.web.ui.record;

import dev.rebound.api.application.FeedbackGiver;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.FeedbackRequestReceipt;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.application.Verdict;
import dev.rebound.api.application.command.EvaluateFeedback;
import dev.rebound.api.application.command.RecordFeedback;
import dev.rebound.api.application.command.RecordFeedbackDeclined;
import dev.rebound.api.application.command.RequestFeedback;
import dev.rebound.api.applications.query.ApplicationSummary;
import dev.rebound.api.applications.query.ReceivedPoint;
import dev.rebound.api.catalogue.Competency;
import dev.rebound.api.catalogue.FeedbackQuestion;
import dev.rebound.api.catalogue.FeedbackQuestionCatalogue;
import dev.rebound.api.catalogue.SkillArea;
import dev.rebound.api.catalogue.WeaknessTaxonomy;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.ToneWarning;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static dev.rebound.web.ui.record.RecordForms.blankToNull;
import static dev.rebound.web.ui.record.RecordForms.invalid;
import static dev.rebound.web.ui.record.RecordForms.refused;

/**
 * The feedback cycle after a rejection: ask for feedback with constructive questions, record what came back (or that
 * the employer declined to give any), and evaluate it point by point after the cooling-off period.
 */
@Controller
@RequestMapping("/candidates/{candidateId}/applications/{applicationId}")
class FeedbackFormsController {

    private final UiCommands commands;
    private final Reads reads;

    FeedbackFormsController(UiCommands commands, Reads reads) {
        this.commands = commands;
        this.reads = reads;
    }

    /** The weakness taxonomy by competency, for the evaluation's tags. */
    record CompetencyAreas(Competency competency, List<SkillArea> areas) {
    }

    @ModelAttribute
    void common(@PathVariable UUID candidateId, @PathVariable UUID applicationId,
                @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model) {
        model.addAttribute("candidateId", candidateId);
        model.addAttribute("applicationId", applicationId);
        model.addAttribute("app", RecordForms.application(reads, organization(principal), candidateId,
                applicationId).orElse(null));
        model.addAttribute("channels", Channel.values());
    }

    @GetMapping("/feedback-request")
    String newFeedbackRequest(Model model) {
        FeedbackRequestForm form = new FeedbackRequestForm();
        form.setSentAt(Formats.nowUtc());
        form.setChannel(Channel.EMAIL);
        form.setQuestions(new ArrayList<>(List.of("weak-areas", "improve")));
        model.addAttribute("form", form);
        return questions(model);
    }

    @PostMapping("/feedback-request")
    String requestFeedback(@PathVariable UUID candidateId, @PathVariable UUID applicationId,
                           @Valid @ModelAttribute("form") FeedbackRequestForm form, BindingResult errors,
                           @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        int count = form.getQuestions().size() + (form.hasOwnQuestion() ? 1 : 0);
        if (count == 0) {
            errors.rejectValue("questions", "required", "choose at least one question, or write your own");
        } else if (count > FeedbackRequestForm.MAX_QUESTIONS) {
            errors.rejectValue("questions", "size", "ask at most " + FeedbackRequestForm.MAX_QUESTIONS
                    + " questions");
        }
        if (errors.hasErrors()) {
            invalid(response, null);
            return questions(model);
        }
        List<RequestedQuestion> questions = new ArrayList<>(form.getQuestions().stream()
                .map(RequestedQuestion::fromCatalogue).toList());
        if (form.hasOwnQuestion()) {
            questions.add(RequestedQuestion.ownWords(form.getOwnQuestion().strip()));
        }
        FeedbackRequestReceipt receipt = commands.send(new RequestFeedback(ApplicationId.of(applicationId),
                organization(principal), Formats.utc(form.getSentAt()), form.getChannel(),
                blankToNull(form.getContactName()), questions), errors);
        if (errors.hasErrors()) {
            refused(response, null);
            return questions(model);
        }
        String number = receipt.requestNumber() == 1 ? "Your feedback request is recorded"
                : "Your follow-up is recorded: it is the last request for this application";
        String timing = receipt.requestNumber() == 1 && !receipt.withinDayOfRejection()
                ? ", more than a day after the rejection." : ".";
        redirect.addFlashAttribute(Notice.FLASH, new Notice(number + timing, warnings(receipt.toneWarnings()),
                List.of(new Notice.Link("Record the feedback", "/candidates/" + candidateId + "/applications/"
                        + applicationId + "/feedback"))));
        return "redirect:/candidates/" + candidateId;
    }

    @GetMapping("/feedback-declined")
    String newDecline(Model model) {
        OutcomeForm form = new OutcomeForm();
        form.setReceivedAt(Formats.nowUtc());
        model.addAttribute("form", form);
        return "record/feedback-declined";
    }

    @PostMapping("/feedback-declined")
    String recordDecline(@PathVariable UUID candidateId, @PathVariable UUID applicationId,
                         @Valid @ModelAttribute("form") OutcomeForm form, BindingResult errors,
                         @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                         HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return invalid(response, "record/feedback-declined");
        }
        commands.send(new RecordFeedbackDeclined(ApplicationId.of(applicationId), organization(principal),
                Formats.utc(form.getReceivedAt()), blankToNull(form.getNote())), errors);
        if (errors.hasErrors()) {
            return refused(response, "record/feedback-declined");
        }
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("The employer's decline is recorded: no further "
                + "feedback request follows for this application."));
        return "redirect:/candidates/" + candidateId;
    }

    @GetMapping("/feedback")
    String newFeedback(Model model) {
        FeedbackForm form = new FeedbackForm();
        form.setReceivedAt(Formats.nowUtc());
        model.addAttribute("form", form);
        model.addAttribute("specificities", Specificity.values());
        return "record/feedback";
    }

    @PostMapping("/feedback")
    String recordFeedback(@PathVariable UUID candidateId, @PathVariable UUID applicationId,
                          @Valid @ModelAttribute("form") FeedbackForm form, BindingResult errors,
                          @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("specificities", Specificity.values());
        if (!errors.hasFieldErrors("points") && !form.pointsWithinLimits()) {
            errors.rejectValue("points", "size", "at most " + FeedbackForm.MAX_POINTS + " points, each at most "
                    + FeedbackForm.MAX_POINT_LENGTH + " characters");
        }
        if (errors.hasErrors()) {
            return invalid(response, "record/feedback");
        }
        List<FeedbackPoint> points = form.pointList().stream()
                .map(text -> new FeedbackPoint(FeedbackPointId.random(), text)).toList();
        String giverName = blankToNull(form.getGiverName());
        String giverRole = blankToNull(form.getGiverRole());
        commands.send(new RecordFeedback(ApplicationId.of(applicationId), organization(principal),
                Formats.utc(form.getReceivedAt()), points,
                giverName == null && giverRole == null ? null : new FeedbackGiver(giverName, giverRole),
                form.getSpecificity()), errors);
        if (errors.hasErrors()) {
            return refused(response, "record/feedback");
        }
        redirect.addFlashAttribute(Notice.FLASH, new Notice("The feedback is recorded with " + points.size()
                + (points.size() == 1 ? " point" : " points") + ". Let it rest before you judge it: your to-do "
                + "list says when its evaluation is due.", List.of(),
                List.of(new Notice.Link("Evaluate it", "/candidates/" + candidateId + "/applications/"
                        + applicationId + "/evaluation"))));
        return "redirect:/candidates/" + candidateId;
    }

    @GetMapping("/evaluation")
    String newEvaluation(Model model) {
        EvaluationForm form = new EvaluationForm();
        form.setEvaluatedAt(Formats.nowUtc());
        for (ReceivedPoint point : openPoints(model)) {
            EvaluationForm.PointForm entry = new EvaluationForm.PointForm();
            entry.setPointId(point.pointId().value());
            entry.setText(point.text());
            form.getPoints().add(entry);
        }
        model.addAttribute("form", form);
        return evaluation(model);
    }

    @PostMapping("/evaluation")
    String evaluate(@PathVariable UUID candidateId, @PathVariable UUID applicationId,
                    @Valid @ModelAttribute("form") EvaluationForm form, BindingResult errors,
                    @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        List<EvaluationForm.PointForm> judged = form.judged();
        if (judged.isEmpty() && !form.getPoints().isEmpty()) {
            errors.reject("required", "Give at least one point a verdict; points without one stay open for later.");
        }
        if (errors.hasErrors()) {
            invalid(response, null);
            return evaluation(model);
        }
        List<PointEvaluation> points = judged.stream()
                .map(point -> new PointEvaluation(FeedbackPointId.of(point.getPointId()), point.getVerdict(),
                        point.getRingsTrue(), point.getCredibility(), point.getWeaknesses()))
                .toList();
        commands.send(new EvaluateFeedback(ApplicationId.of(applicationId), organization(principal),
                Formats.utc(form.getEvaluatedAt()), points, blankToNull(form.getFitNotes()), form.isEarly()), errors);
        if (errors.hasErrors()) {
            refused(response, null);
            return evaluation(model);
        }
        long accepted = points.stream().filter(point -> point.verdict() != Verdict.REJECTED).count();
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("Your evaluation of " + points.size()
                + (points.size() == 1 ? " point" : " points") + " is recorded" + (accepted == 0 ? "."
                : "; what you accepted now shows in your weakness trends.")));
        return "redirect:/candidates/" + candidateId;
    }

    private String questions(Model model) {
        model.addAttribute("constructive", FeedbackQuestionCatalogue.questions().stream()
                .filter(FeedbackQuestion::constructive).toList());
        model.addAttribute("toAvoid", FeedbackQuestionCatalogue.questions().stream()
                .filter(question -> !question.constructive()).toList());
        return "record/feedback-request";
    }

    /**
     * The evaluation page: the taxonomy for the tags, and, while the cooling-off period of a point still runs, when
     * it ends (the page then warns and offers to evaluate early).
     */
    private String evaluation(Model model) {
        Map<Competency, List<SkillArea>> byCompetency = new LinkedHashMap<>();
        WeaknessTaxonomy.standard().skillAreas().forEach(area ->
                byCompetency.computeIfAbsent(area.competency(), competency -> new ArrayList<>()).add(area));
        model.addAttribute("taxonomy", byCompetency.entrySet().stream()
                .map(entry -> new CompetencyAreas(entry.getKey(), entry.getValue())).toList());
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("scores", List.of(1, 2, 3, 4, 5));
        Instant coolingOffEnds = openPoints(model).stream().map(ReceivedPoint::evaluationDueAt)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        model.addAttribute("coolingOffEnds", coolingOffEnds != null && coolingOffEnds.isAfter(Instant.now())
                ? coolingOffEnds : null);
        return "record/evaluation";
    }

    private static List<ReceivedPoint> openPoints(Model model) {
        ApplicationSummary application = (ApplicationSummary) model.getAttribute("app");
        return application == null ? List.of()
                : application.points().stream().filter(point -> point.verdict() == null).toList();
    }

    private static List<String> warnings(List<ToneWarning> warnings) {
        return warnings.stream().map(warning -> "\"" + warning.phrase() + "\": " + warning.advice()).toList();
    }

    private static OrganizationId organization(OAuth2AuthenticatedPrincipal principal) {
        return Callers.of(principal).organizationId();
    }
}
