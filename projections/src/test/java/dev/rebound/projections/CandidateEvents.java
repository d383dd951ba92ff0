package dev.rebound.projections;

import dev.rebound.api.application.FeedbackGiver;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.application.Verdict;
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
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.ContactId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import dev.rebound.api.employer.ContactDirection;
import dev.rebound.api.employer.ContactPurpose;
import dev.rebound.api.employer.event.DoNotContactLifted;
import dev.rebound.api.employer.event.DoNotContactSet;
import dev.rebound.api.employer.event.EmployerContacted;
import dev.rebound.api.employer.event.EmployerRelationshipStarted;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built events of one candidate in one organization, shaped as the domain records them: due times are those of
 * the domain's default settings unless a test gives its own.
 */
public final class CandidateEvents {

    public static final Duration REQUEST_WINDOW = Duration.ofHours(24);
    public static final Duration RESPONSE_TIMEOUT = Duration.ofDays(14);
    public static final Duration FOLLOW_UP_AFTER = Duration.ofDays(7);
    public static final Duration COOLING_OFF = Duration.ofHours(24);

    private final OrganizationId organization;
    private final CandidateId candidate;
    private final Map<ApplicationId, EmployerId> employerOf = new HashMap<>();

    public CandidateEvents(OrganizationId organization, CandidateId candidate) {
        this.organization = organization;
        this.candidate = candidate;
    }

    public CandidateId candidate() {
        return candidate;
    }

    public EmployerId employer(String name) {
        return EmployerId.forCandidate(candidate, name);
    }

    public EmployerRelationshipStarted started(String employerName) {
        return new EmployerRelationshipStarted(employer(employerName), organization, candidate, employerName);
    }

    public ApplicationTracked tracked(ApplicationId application, String employerName, String roleTitle) {
        employerOf.put(application, employer(employerName));
        return new ApplicationTracked(application, organization, candidate, employer(employerName), employerName,
                roleTitle, null, "referral", null);
    }

    public InterviewRecorded interview(ApplicationId application, Stage stage, Instant heldOn) {
        return new InterviewRecorded(application, organization, candidate, employerOf(application), stage,
                LocalDate.ofInstant(heldOn, ZoneOffset.UTC), List.of("Dana"), null);
    }

    public RejectionReceived rejected(ApplicationId application, Instant receivedAt, Stage stageReached) {
        return rejected(application, receivedAt, stageReached, receivedAt.plus(REQUEST_WINDOW));
    }

    public RejectionReceived rejected(ApplicationId application, Instant receivedAt, Stage stageReached,
                                      Instant feedbackRequestDueAt) {
        return new RejectionReceived(application, organization, candidate, employerOf(application), receivedAt,
                stageReached, Channel.EMAIL, null, feedbackRequestDueAt);
    }

    public FeedbackRequestDue requestDue(ApplicationId application, Instant rejectedAt, Instant dueAt) {
        return new FeedbackRequestDue(application, organization, candidate, employerOf(application), rejectedAt,
                dueAt);
    }

    /** A request; the first makes a follow-up due a week later, the second (the follow-up) none. */
    public FeedbackRequested requested(ApplicationId application, int requestNumber, Instant sentAt) {
        return requested(application, requestNumber, sentAt,
                requestNumber == 1 ? sentAt.plus(FOLLOW_UP_AFTER) : null);
    }

    public FeedbackRequested requested(ApplicationId application, int requestNumber, Instant sentAt,
                                       Instant followUpDueAt) {
        return new FeedbackRequested(application, organization, candidate, employerOf(application), sentAt,
                Channel.EMAIL, "Dana", List.of(new RequestedQuestion("weak-areas", "What were my weak areas?")),
                requestNumber, sentAt, true, List.of(), sentAt.plus(RESPONSE_TIMEOUT), followUpDueAt);
    }

    public FeedbackResponseTimedOut timedOut(ApplicationId application, int requestNumber, Instant requestedAt,
                                             Instant timedOutAt) {
        return new FeedbackResponseTimedOut(application, organization, candidate, employerOf(application),
                requestNumber, requestedAt, timedOutAt);
    }

    public FeedbackReceived received(ApplicationId application, Instant receivedAt, FeedbackPointId... points) {
        return received(application, receivedAt, receivedAt.plus(COOLING_OFF), points);
    }

    public FeedbackReceived received(ApplicationId application, Instant receivedAt, Instant evaluationDueAt,
                                     FeedbackPointId... points) {
        return new FeedbackReceived(application, organization, candidate, employerOf(application), receivedAt,
                Arrays.stream(points).map(point -> new FeedbackPoint(point, "Point " + point)).toList(),
                new FeedbackGiver("Dana", "Hiring manager"), Specificity.SPECIFIC, evaluationDueAt);
    }

    public FeedbackDeclined declined(ApplicationId application, Instant receivedAt) {
        return new FeedbackDeclined(application, organization, candidate, employerOf(application), receivedAt,
                "Company policy");
    }

    public EvaluationDue evaluationDue(ApplicationId application, Instant receivedAt, Instant dueAt) {
        return new EvaluationDue(application, organization, candidate, employerOf(application), receivedAt, dueAt);
    }

    public FeedbackEvaluated evaluated(ApplicationId application, Instant evaluatedAt, FeedbackPointId... points) {
        return new FeedbackEvaluated(application, organization, candidate, employerOf(application), evaluatedAt,
                Arrays.stream(points).map(point -> new PointEvaluation(point, Verdict.ACCEPTED, 4, 5,
                        List.of("communication.active-listening"))).toList(),
                null, false);
    }

    public OfferReceived offer(ApplicationId application, Instant receivedAt) {
        return new OfferReceived(application, organization, candidate, employerOf(application), receivedAt, null);
    }

    public EmployerContacted contacted(String employerName, Instant contactedAt, ContactDirection direction,
                                       ContactPurpose purpose) {
        return new EmployerContacted(employer(employerName), organization, candidate, ContactId.random(),
                contactedAt, direction, Channel.EMAIL, purpose, "Dana", "Thank you for your time", List.of());
    }

    public DoNotContactSet doNotContact(String employerName) {
        return new DoNotContactSet(employer(employerName), organization, candidate, "Asked me to stop");
    }

    public DoNotContactLifted contactAllowed(String employerName) {
        return new DoNotContactLifted(employer(employerName), organization, candidate, null);
    }

    private EmployerId employerOf(ApplicationId application) {
        EmployerId employer = employerOf.get(application);
        if (employer == null) {
            throw new IllegalArgumentException("Track " + application + " first");
        }
        return employer;
    }
}
