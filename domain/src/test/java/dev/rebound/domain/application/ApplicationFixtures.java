package dev.rebound.domain.application;

import dev.rebound.api.application.FeedbackGiver;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.application.command.RecordFeedback;
import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.RequestFeedback;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.application.event.FeedbackRequested;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import dev.rebound.domain.employer.EmployerRelationships;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One application's history, built by hand for the aggregate tests; the clock stands still at {@link #NOW}. */
final class ApplicationFixtures {

    static final Instant NOW = Instant.parse("2026-03-05T10:00:00Z");
    static final Instant REJECTED_AT = NOW.minus(Duration.ofHours(2));
    static final OrganizationId ORG = OrganizationId.random();
    static final CandidateId CANDIDATE = CandidateId.random();
    static final ApplicationId APPLICATION = ApplicationId.random();
    static final EmployerId EMPLOYER = EmployerId.forCandidate(CANDIDATE, "Acme Analytics");
    static final FeedbackPointId POINT_1 = FeedbackPointId.random();
    static final FeedbackPointId POINT_2 = FeedbackPointId.random();

    final AggregateTestFixture<Application> fixture = new AggregateTestFixture<>(Application.class);
    final RecordingRelationships relationships = new RecordingRelationships();

    ApplicationFixtures() {
        this(FeedbackCycleSettings.defaults());
    }

    ApplicationFixtures(FeedbackCycleSettings settings) {
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(settings);
        fixture.registerInjectableResource(relationships);
    }

    /** Prior events, with the deadline manager's clock at {@link #NOW}. */
    TestExecutor<Application> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(events);
    }

    static TrackApplication track(String employerName, String roleTitle, LocalDate appliedOn) {
        return new TrackApplication(APPLICATION, ORG, CANDIDATE, EMPLOYER, employerName, roleTitle, appliedOn,
                "referral", "https://jobs.example/42");
    }

    static ApplicationTracked tracked() {
        return new ApplicationTracked(APPLICATION, ORG, CANDIDATE, EMPLOYER, "Acme Analytics", "Data Analyst",
                LocalDate.parse("2026-02-01"), "referral", "https://jobs.example/42");
    }

    static RecordRejection reject(Instant receivedAt) {
        return new RecordRejection(APPLICATION, ORG, receivedAt, Stage.ONSITE, Channel.EMAIL, "went with another");
    }

    static RejectionReceived rejected() {
        return new RejectionReceived(APPLICATION, ORG, CANDIDATE, EMPLOYER, REJECTED_AT, Stage.ONSITE, Channel.EMAIL,
                "went with another", REJECTED_AT.plus(Duration.ofHours(24)));
    }

    static RequestFeedback request(Instant sentAt, RequestedQuestion... questions) {
        return new RequestFeedback(APPLICATION, ORG, sentAt, Channel.EMAIL, "Dana Recruiter", List.of(questions));
    }

    static RequestFeedback request(Instant sentAt) {
        return request(sentAt, RequestedQuestion.fromCatalogue("weak-areas"));
    }

    static FeedbackRequested requested(int number, Instant sentAt) {
        return new FeedbackRequested(APPLICATION, ORG, CANDIDATE, EMPLOYER, sentAt, Channel.EMAIL, "Dana Recruiter",
                List.of(new RequestedQuestion("weak-areas", "What were my weak areas in the interview process?")),
                number, REJECTED_AT, true, List.of(), sentAt.plus(Duration.ofDays(14)),
                number == 1 ? sentAt.plus(Duration.ofDays(7)) : null);
    }

    static RecordFeedback recordFeedback(Instant receivedAt, FeedbackPoint... points) {
        return new RecordFeedback(APPLICATION, ORG, receivedAt, List.of(points),
                new FeedbackGiver("Dana", "Hiring manager"), Specificity.SPECIFIC);
    }

    /** Feedback with both points, recorded under the default cooling-off period of a day. */
    static FeedbackReceived feedbackReceived(Instant receivedAt) {
        return feedbackReceived(receivedAt, receivedAt.plus(Duration.ofHours(24)));
    }

    static FeedbackReceived feedbackReceived(Instant receivedAt, Instant evaluationDueAt) {
        return new FeedbackReceived(APPLICATION, ORG, CANDIDATE, EMPLOYER, receivedAt,
                List.of(new FeedbackPoint(POINT_1, "Interrupted the panel several times"),
                        new FeedbackPoint(POINT_2, "Strong SQL, shallow statistics")),
                new FeedbackGiver("Dana", "Hiring manager"), Specificity.SPECIFIC, evaluationDueAt);
    }

    /** Employer relationships as the application sees them: which were noted, which are do-not-contact. */
    static final class RecordingRelationships implements EmployerRelationships {
        final List<TrackApplication> noted = new ArrayList<>();
        final Set<EmployerId> doNotContact = new HashSet<>();

        @Override
        public void noteApplication(TrackApplication application) {
            noted.add(application);
        }

        @Override
        public boolean isDoNotContact(EmployerId employer) {
            return doNotContact.contains(employer);
        }
    }
}
