package dev.rebound.domain.application;

import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.FeedbackReceipt;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.application.FeedbackRequestReceipt;
import dev.rebound.api.application.command.EvaluateFeedback;
import dev.rebound.api.application.command.RecordFeedback;
import dev.rebound.api.application.command.RecordFeedbackDeclined;
import dev.rebound.api.application.command.RecordInterview;
import dev.rebound.api.application.command.RecordOffer;
import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.RequestFeedback;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.EvaluationDue;
import dev.rebound.api.application.event.FeedbackDeclined;
import dev.rebound.api.application.event.FeedbackEvaluated;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.application.event.FeedbackRequestDue;
import dev.rebound.api.application.event.FeedbackRequested;
import dev.rebound.api.application.event.FeedbackResponseTimedOut;
import dev.rebound.api.application.event.InterviewRecorded;
import dev.rebound.api.application.event.OfferReceived;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.catalogue.FeedbackQuestion;
import dev.rebound.api.catalogue.FeedbackQuestionCatalogue;
import dev.rebound.api.catalogue.WeaknessTaxonomy;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.common.ToneWarning;
import dev.rebound.domain.application.Deadlines.CoolingOff;
import dev.rebound.domain.application.Deadlines.RequestWindow;
import dev.rebound.domain.application.Deadlines.ResponseWindow;
import dev.rebound.domain.employer.EmployerRelationships;
import dev.rebound.domain.policy.ToneCheck;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.rebound.domain.application.Deadlines.EVALUATION_DUE;
import static dev.rebound.domain.application.Deadlines.FEEDBACK_REQUEST_DUE;
import static dev.rebound.domain.application.Deadlines.FEEDBACK_RESPONSE_TIMEOUT;
import static dev.rebound.domain.application.FeedbackCycleSettings.FEEDBACK_REQUEST_WINDOW;
import static dev.rebound.domain.application.FeedbackCycleSettings.FOLLOW_UP_AFTER;
import static dev.rebound.domain.common.Rules.blankToNull;
import static dev.rebound.domain.common.Rules.requireNotEmpty;
import static dev.rebound.domain.common.Rules.requireNotInFuture;
import static dev.rebound.domain.common.Rules.requirePresent;
import static dev.rebound.domain.common.Rules.requireSameOrganization;
import static dev.rebound.domain.common.Rules.requireText;
import static dev.rebound.domain.common.Rules.requireWithin;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One candidate's pursuit of one role at one employer, and the feedback cycle after a rejection: ask within a day,
 * at most twice, never after a decline or to a do-not-contact employer; evaluate only what was received, after a
 * cooling-off period unless explicitly early.
 *
 * <p>Every due time of the cycle is computed once, from the settings of the moment and the fixed rules, and put on
 * the event that starts it ({@code feedbackRequestDueAt}, {@code responseDueAt}, {@code followUpDueAt},
 * {@code evaluationDueAt}); deadlines are scheduled from those times and later rules read them back from the events,
 * so a changed setting never moves a due time already recorded.
 */
public class Application {

    static final int MAX_FEEDBACK_REQUESTS = 2;

    @AggregateIdentifier
    private ApplicationId applicationId;
    private OrganizationId organizationId;
    private CandidateId candidateId;
    private EmployerId employerId;
    private Instant rejectedAt;
    private Instant feedbackRequestDueAt;
    private boolean offered;
    private int requests;
    private boolean firstRequestWithinDay;
    private boolean feedbackSinceLastRequest;
    private boolean declined;
    private boolean requestDueRaised;
    private int timedOutRequest;
    private final List<Receipt> feedbackReceipts = new ArrayList<>();
    private final Map<FeedbackPointId, Integer> feedbackNumberOfPoint = new HashMap<>();
    private final Set<FeedbackPointId> evaluatedPoints = new HashSet<>();
    private int evaluationDueRaised;

    protected Application() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Application(TrackApplication command, Clock clock, EmployerRelationships relationships) {
        requirePresent(command.organizationId(), "organizationId");
        requirePresent(command.candidateId(), "candidateId");
        requirePresent(command.employerId(), "employerId");
        String employerName = requireText(command.employerName(), "employerName");
        String roleTitle = requireText(command.roleTitle(), "roleTitle");
        requireNotInFuture(command.appliedOn(), "appliedOn", clock);
        apply(new ApplicationTracked(command.applicationId(), command.organizationId(), command.candidateId(),
                command.employerId(), employerName, roleTitle, command.appliedOn(),
                blankToNull(command.source()), blankToNull(command.jobUrl())));
        relationships.noteApplication(command);
    }

    @CommandHandler
    public void handle(RecordInterview command, Clock clock) {
        requireOwnOrganization(command.organizationId());
        requirePresent(command.stage(), "stage");
        requirePresent(command.heldOn(), "heldOn");
        requireNotInFuture(command.heldOn(), "heldOn", clock);
        List<String> interviewers = command.interviewers() == null ? List.of()
                : command.interviewers().stream().map(name -> blankToNull(name)).filter(name -> name != null)
                .toList();
        apply(new InterviewRecorded(applicationId, organizationId, candidateId, employerId, command.stage(),
                command.heldOn(), interviewers, command.reflection()));
    }

    @CommandHandler
    public void handle(RecordRejection command, Clock clock, DeadlineManager deadlines) {
        requireOwnOrganization(command.organizationId());
        requirePresent(command.receivedAt(), "receivedAt");
        requirePresent(command.stageReached(), "stageReached");
        requirePresent(command.channel(), "channel");
        requireNotInFuture(command.receivedAt(), "receivedAt", clock);
        if (rejectedAt != null) {
            throw new RuleViolation("already-rejected",
                    "A rejection is already recorded for this application; track a new application to apply again.");
        }
        Instant due = command.receivedAt().plus(FEEDBACK_REQUEST_WINDOW);
        apply(new RejectionReceived(applicationId, organizationId, candidateId, employerId, command.receivedAt(),
                command.stageReached(), command.channel(), blankToNull(command.reasonGiven()), due));
        deadlines.schedule(due, FEEDBACK_REQUEST_DUE, new RequestWindow(command.receivedAt(), due));
    }

    @CommandHandler
    public FeedbackRequestReceipt handle(RequestFeedback command, Clock clock, DeadlineManager deadlines,
                                         FeedbackCycleSettings settings, EmployerRelationships relationships) {
        requireOwnOrganization(command.organizationId());
        requirePresent(command.sentAt(), "sentAt");
        requirePresent(command.channel(), "channel");
        requireNotEmpty(command.questions(), "questions");
        requireNotInFuture(command.sentAt(), "sentAt", clock);
        if (rejectedAt == null) {
            throw new RuleViolation("feedback-before-rejection",
                    "Feedback can be requested only after a rejection; record the rejection first.");
        }
        if (declined) {
            throw new RuleViolation("feedback-declined",
                    "The employer declined to give feedback for this application; respect that and ask no more.");
        }
        if (requests >= MAX_FEEDBACK_REQUESTS) {
            throw new RuleViolation("feedback-request-limit",
                    "Feedback was already requested twice for this application (a request and one follow-up); "
                            + "don't push further.");
        }
        if (relationships.isDoNotContact(employerId)) {
            throw new RuleViolation("do-not-contact",
                    "This employer is marked do-not-contact; lift the mark first if contact is welcome again.");
        }
        if (command.sentAt().isBefore(rejectedAt)) {
            throw new RuleViolation("request-before-rejection", "sentAt (" + command.sentAt()
                    + ") lies before the rejection was received (" + rejectedAt + "); give the time it was sent.");
        }
        List<RequestedQuestion> questions = command.questions().stream().map(Application::resolve).toList();
        List<ToneWarning> warnings = questions.stream()
                .flatMap(question -> ToneCheck.standard().check(question.text()).stream())
                .toList();
        int requestNumber = requests + 1;
        boolean withinDay = requestNumber == 1 ? !command.sentAt().isAfter(feedbackRequestDueAt) : firstRequestWithinDay;
        Instant timeout = command.sentAt().plus(settings.responseTimeout());
        // the second request is the one follow-up allowed: none follows it
        Instant followUpDue = requestNumber < MAX_FEEDBACK_REQUESTS ? command.sentAt().plus(FOLLOW_UP_AFTER) : null;
        apply(new FeedbackRequested(applicationId, organizationId, candidateId, employerId, command.sentAt(),
                command.channel(), blankToNull(command.contactName()), questions, requestNumber, rejectedAt,
                withinDay, warnings, timeout, followUpDue));
        deadlines.schedule(timeout, FEEDBACK_RESPONSE_TIMEOUT,
                new ResponseWindow(requestNumber, command.sentAt(), timeout));
        return new FeedbackRequestReceipt(requestNumber, withinDay, warnings);
    }

    @CommandHandler
    public FeedbackReceipt handle(RecordFeedback command, Clock clock, DeadlineManager deadlines,
                                  FeedbackCycleSettings settings) {
        requireOwnOrganization(command.organizationId());
        requirePresent(command.receivedAt(), "receivedAt");
        requireNotEmpty(command.points(), "points");
        requireNotInFuture(command.receivedAt(), "receivedAt", clock);
        if (rejectedAt == null) {
            throw new RuleViolation("feedback-before-rejection",
                    "Feedback is recorded after a rejection; record the rejection first.");
        }
        if (command.receivedAt().isBefore(rejectedAt)) {
            throw new RuleViolation("feedback-before-rejection", "receivedAt (" + command.receivedAt()
                    + ") lies before the rejection was received (" + rejectedAt + "); give the time it came.");
        }
        Set<FeedbackPointId> seen = new HashSet<>();
        List<FeedbackPoint> points = new ArrayList<>();
        for (FeedbackPoint point : command.points()) {
            requirePresent(point, "points[]");
            requirePresent(point.pointId(), "points[].pointId");
            if (!seen.add(point.pointId()) || feedbackNumberOfPoint.containsKey(point.pointId())) {
                throw new RuleViolation("duplicate-point", "Feedback point " + point.pointId()
                        + " is recorded already; every point needs its own id.");
            }
            points.add(new FeedbackPoint(point.pointId(), requireText(point.text(), "points[].text")));
        }
        Instant due = command.receivedAt().plus(settings.coolingOff());
        apply(new FeedbackReceived(applicationId, organizationId, candidateId, employerId, command.receivedAt(),
                points, command.giver(), command.specificity(), due));
        deadlines.schedule(due, EVALUATION_DUE, new CoolingOff(feedbackReceipts.size(), command.receivedAt(), due));
        return new FeedbackReceipt(points.stream().map(FeedbackPoint::pointId).toList(), due);
    }

    @CommandHandler
    public void handle(RecordFeedbackDeclined command, Clock clock) {
        requireOwnOrganization(command.organizationId());
        requirePresent(command.receivedAt(), "receivedAt");
        requireNotInFuture(command.receivedAt(), "receivedAt", clock);
        if (rejectedAt == null) {
            throw new RuleViolation("feedback-before-rejection",
                    "A decline to give feedback follows a rejection; record the rejection first.");
        }
        if (declined) {
            throw new RuleViolation("already-declined", "The employer's decline is recorded already.");
        }
        if (!feedbackReceipts.isEmpty()) {
            throw new RuleViolation("feedback-already-received",
                    "Feedback was already received for this application; a decline no longer applies.");
        }
        apply(new FeedbackDeclined(applicationId, organizationId, candidateId, employerId, command.receivedAt(),
                blankToNull(command.note())));
    }

    @CommandHandler
    public void handle(EvaluateFeedback command, Clock clock) {
        requireOwnOrganization(command.organizationId());
        requirePresent(command.evaluatedAt(), "evaluatedAt");
        requireNotEmpty(command.points(), "points");
        requireNotInFuture(command.evaluatedAt(), "evaluatedAt", clock);
        if (feedbackReceipts.isEmpty()) {
            throw new RuleViolation("evaluation-before-feedback",
                    "Feedback can be evaluated only after it was received; record the feedback first.");
        }
        Set<FeedbackPointId> seen = new HashSet<>();
        Instant latestReceipt = Instant.MIN;
        Instant coolingOffEnds = Instant.MIN;
        for (PointEvaluation point : command.points()) {
            requirePresent(point, "points[]");
            requirePresent(point.pointId(), "points[].pointId");
            requirePresent(point.verdict(), "points[].verdict");
            requireWithin(point.ringsTrue(), 1, 5, "points[].ringsTrue");
            requireWithin(point.credibility(), 1, 5, "points[].credibility");
            Integer feedbackNumber = feedbackNumberOfPoint.get(point.pointId());
            if (feedbackNumber == null) {
                throw new RuleViolation("unknown-feedback-point", "Point " + point.pointId()
                        + " is not part of the feedback received for this application; use the pointIds returned "
                        + "when the feedback was recorded.");
            }
            if (!seen.add(point.pointId())) {
                throw new RuleViolation("duplicate-point",
                        "Point " + point.pointId() + " appears twice in this evaluation; judge each point once.");
            }
            if (evaluatedPoints.contains(point.pointId())) {
                throw new RuleViolation("already-evaluated",
                        "Point " + point.pointId() + " was evaluated already.");
            }
            for (String weakness : point.weaknesses()) {
                if (!WeaknessTaxonomy.standard().contains(weakness)) {
                    throw new RuleViolation("unknown-weakness", "'" + weakness + "' is not in the weakness "
                            + "taxonomy; use a key from GET /api/v1/catalogue/weaknesses.");
                }
            }
            Receipt receipt = feedbackReceipts.get(feedbackNumber - 1);
            latestReceipt = receipt.receivedAt().isAfter(latestReceipt) ? receipt.receivedAt() : latestReceipt;
            coolingOffEnds = receipt.evaluationDueAt().isAfter(coolingOffEnds) ? receipt.evaluationDueAt()
                    : coolingOffEnds;
        }
        if (command.evaluatedAt().isBefore(latestReceipt)) {
            throw new RuleViolation("evaluation-before-receipt", "evaluatedAt (" + command.evaluatedAt()
                    + ") lies before the feedback was received (" + latestReceipt + ").");
        }
        boolean early = command.evaluatedAt().isBefore(coolingOffEnds);
        if (early && !command.early()) {
            throw new RuleViolation("cooling-off", "This feedback arrived at " + latestReceipt
                    + "; its cooling-off period ends at " + coolingOffEnds + ". Let it rest until then, "
                    + "or mark the evaluation as early.");
        }
        apply(new FeedbackEvaluated(applicationId, organizationId, candidateId, employerId, command.evaluatedAt(),
                List.copyOf(command.points()), blankToNull(command.fitNotes()), early));
    }

    @CommandHandler
    public void handle(RecordOffer command, Clock clock) {
        requireOwnOrganization(command.organizationId());
        requirePresent(command.receivedAt(), "receivedAt");
        requireNotInFuture(command.receivedAt(), "receivedAt", clock);
        if (offered) {
            throw new RuleViolation("already-offered", "An offer is already recorded for this application.");
        }
        apply(new OfferReceived(applicationId, organizationId, candidateId, employerId, command.receivedAt(),
                blankToNull(command.note())));
    }

    @DeadlineHandler(deadlineName = FEEDBACK_REQUEST_DUE)
    void onFeedbackRequestDue(RequestWindow window) {
        if (requests == 0 && !declined && feedbackReceipts.isEmpty() && !requestDueRaised) {
            apply(new FeedbackRequestDue(applicationId, organizationId, candidateId, employerId,
                    window.rejectedAt(), window.endsAt()));
        }
    }

    @DeadlineHandler(deadlineName = FEEDBACK_RESPONSE_TIMEOUT)
    void onFeedbackResponseTimeout(ResponseWindow window) {
        boolean stillWaiting = window.requestNumber() == requests && !feedbackSinceLastRequest && !declined;
        if (stillWaiting && timedOutRequest < window.requestNumber()) {
            apply(new FeedbackResponseTimedOut(applicationId, organizationId, candidateId, employerId,
                    window.requestNumber(), window.requestedAt(), window.endsAt()));
        }
    }

    @DeadlineHandler(deadlineName = EVALUATION_DUE)
    void onEvaluationDue(CoolingOff coolingOff) {
        boolean unevaluated = feedbackNumberOfPoint.entrySet().stream()
                .anyMatch(point -> point.getValue() == coolingOff.feedbackNumber()
                        && !evaluatedPoints.contains(point.getKey()));
        if (unevaluated && evaluationDueRaised < coolingOff.feedbackNumber()) {
            apply(new EvaluationDue(applicationId, organizationId, candidateId, employerId,
                    coolingOff.receivedAt(), coolingOff.endsAt()));
        }
    }

    @EventSourcingHandler
    void on(ApplicationTracked event) {
        applicationId = event.applicationId();
        organizationId = event.organizationId();
        candidateId = event.candidateId();
        employerId = event.employerId();
    }

    @EventSourcingHandler
    void on(RejectionReceived event) {
        rejectedAt = event.receivedAt();
        feedbackRequestDueAt = event.feedbackRequestDueAt();
    }

    @EventSourcingHandler
    void on(FeedbackRequested event) {
        requests = event.requestNumber();
        firstRequestWithinDay = event.withinDayOfRejection();
        feedbackSinceLastRequest = false;
    }

    @EventSourcingHandler
    void on(FeedbackReceived event) {
        feedbackReceipts.add(new Receipt(event.receivedAt(), event.evaluationDueAt()));
        event.points().forEach(point -> feedbackNumberOfPoint.put(point.pointId(), feedbackReceipts.size()));
        feedbackSinceLastRequest = true;
    }

    @EventSourcingHandler
    void on(FeedbackDeclined event) {
        declined = true;
    }

    @EventSourcingHandler
    void on(FeedbackEvaluated event) {
        event.points().forEach(point -> evaluatedPoints.add(point.pointId()));
    }

    @EventSourcingHandler
    void on(OfferReceived event) {
        offered = true;
    }

    @EventSourcingHandler
    void on(FeedbackRequestDue event) {
        requestDueRaised = true;
    }

    @EventSourcingHandler
    void on(FeedbackResponseTimedOut event) {
        timedOutRequest = event.requestNumber();
    }

    @EventSourcingHandler
    void on(EvaluationDue event) {
        evaluationDueRaised++;
    }

    /** One receipt of feedback: when it came and when its cooling-off period ends, as its event says. */
    private record Receipt(Instant receivedAt, Instant evaluationDueAt) {
    }

    private void requireOwnOrganization(OrganizationId caller) {
        requireSameOrganization(organizationId, caller, applicationId, "application");
    }

    /** A catalogue question is stored with its text, so the request reads as it was sent even if the catalogue changes. */
    private static RequestedQuestion resolve(RequestedQuestion question) {
        requirePresent(question, "questions[]");
        if (question.key() != null) {
            FeedbackQuestion known = FeedbackQuestionCatalogue.find(question.key()).orElseThrow(() ->
                    new RuleViolation("unknown-question", "'" + question.key() + "' is not in the question "
                            + "catalogue; use a key from GET /api/v1/catalogue/feedback-questions or your own text."));
            return new RequestedQuestion(known.key(), known.text());
        }
        return RequestedQuestion.ownWords(requireText(question.text(), "questions[].text"));
    }
}
