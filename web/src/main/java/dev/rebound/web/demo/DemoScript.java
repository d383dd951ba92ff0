package dev.rebound.web.demo;

import dev.rebound.api.application.FeedbackGiver;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.Reflection;
import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.application.Verdict;
import dev.rebound.api.application.command.EvaluateFeedback;
import dev.rebound.api.application.command.RecordFeedback;
import dev.rebound.api.application.command.RecordFeedbackDeclined;
import dev.rebound.api.application.command.RecordInterview;
import dev.rebound.api.application.command.RecordOffer;
import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.RequestFeedback;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.ContactId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.EmployerName;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.PracticeSessionId;
import dev.rebound.api.common.Stage;
import dev.rebound.api.employer.ContactDirection;
import dev.rebound.api.employer.ContactPurpose;
import dev.rebound.api.employer.command.LogEmployerContact;
import dev.rebound.api.employer.command.SetDoNotContact;
import dev.rebound.api.improvement.ImprovementPlanId;
import dev.rebound.api.improvement.PracticeType;
import dev.rebound.api.improvement.command.LogPracticeSession;
import dev.rebound.api.improvement.command.MarkWeaknessAddressed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small language for writing demo stories as the commands a candidate would send, at times relative to now.
 *
 * <p>Every id is a name-based UUID of the organization and a fixed name (the candidate's key, the employer and role,
 * the number of a point, contact or practice session), so the same stories give the same ids on every run, and a
 * second run is recognised (see {@link DemoUnit}). Times are {@code days ago} at a time of day (UTC), so the history
 * always ends just before now, and never in the future.
 */
abstract class DemoScript {

    private final OrganizationId organization;
    private final Instant now;
    private final Instant today;
    private final List<Story> stories = new ArrayList<>();

    DemoScript(OrganizationId organization, Instant now) {
        this.organization = organization;
        this.now = now.truncatedTo(ChronoUnit.MINUTES);
        this.today = now.truncatedTo(ChronoUnit.DAYS);
    }

    /** The stories, each a candidate with the units that record their history. */
    final List<DemoCandidate> candidates() {
        return stories.stream().map(Story::build).toList();
    }

    final OrganizationId organization() {
        return organization;
    }

    /** The moment {@code daysAgo} days before today at {@code hour:minute} UTC; at least a day ago is the past. */
    final Instant at(int daysAgo, int hour, int minute) {
        if (daysAgo < 1) {
            throw new IllegalArgumentException("use hoursAgo for today; " + daysAgo + " days ago may be the future");
        }
        return today.minus(Duration.ofDays(daysAgo)).plus(Duration.ofHours(hour).plusMinutes(minute));
    }

    final Instant hoursAgo(int hours) {
        return now.minus(Duration.ofHours(hours));
    }

    /** The date {@code daysAgo} days before today (UTC). */
    final LocalDate on(int daysAgo) {
        return LocalDate.ofInstant(today, ZoneOffset.UTC).minusDays(daysAgo);
    }

    final Story candidate(String key, String name, String story) {
        Story created = new Story(key, name, story);
        stories.add(created);
        return created;
    }

    static Reflection reflection(boolean preparedBehavioralAnswers, boolean askedThoughtfulQuestions,
                                 boolean dressedForCulture, String notes) {
        return new Reflection(preparedBehavioralAnswers, askedThoughtfulQuestions, dressedForCulture, notes);
    }

    /** A question from the catalogue, by key. */
    static RequestedQuestion ask(String key) {
        return RequestedQuestion.fromCatalogue(key);
    }

    /** A question in the candidate's own words (checked for tone like any outbound text). */
    static RequestedQuestion own(String text) {
        return RequestedQuestion.ownWords(text);
    }

    static FeedbackGiver giver(String name, String role) {
        return new FeedbackGiver(name, role);
    }

    /** The judgement of feedback point {@code number} (1 for the first point received for the application). */
    static Judgement point(int number, Verdict verdict, Integer ringsTrue, Integer credibility, String... weaknesses) {
        return new Judgement(number, verdict, ringsTrue, credibility, List.of(weaknesses));
    }

    record Judgement(int point, Verdict verdict, Integer ringsTrue, Integer credibility, List<String> weaknesses) {
    }

    private UUID uuid(String name) {
        String key = "rebound-demo/" + organization.value() + "/" + name;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    /** One candidate's history, unit by unit. */
    final class Story {

        private final String key;
        private final String name;
        private final String story;
        private final CandidateId candidate;
        private final List<UnitBuilder> units = new ArrayList<>();
        private int contacts;
        private int sessions;

        private Story(String key, String name, String story) {
            this.key = key;
            this.name = name;
            this.story = story;
            this.candidate = CandidateId.of(uuid("candidate/" + key));
        }

        /** Tracks an application; what happens to it is added to the returned job, in order. */
        Job applied(String employerName, String roleTitle, int daysAgo, String source) {
            ApplicationId application = ApplicationId.of(uuid("application/" + key + "/"
                    + EmployerName.normalize(employerName) + "/" + roleTitle));
            EmployerId employer = EmployerId.forCandidate(candidate, employerName);
            Job job = new Job(this, application, employer, name + ": " + roleTitle + " at " + employerName);
            job.unit.commands.add(new TrackApplication(application, organization, candidate, employer, employerName,
                    roleTitle, on(daysAgo), source, null));
            units.add(job.unit);
            return job;
        }

        /** A contact of its own, with an employer applied to earlier in the story. */
        Story contacted(String employerName, Instant at, ContactDirection direction, Channel channel,
                        ContactPurpose purpose, String contactName, String message) {
            UnitBuilder unit = new UnitBuilder(name + ": " + purpose + " contact with " + employerName);
            unit.commands.add(contact(EmployerId.forCandidate(candidate, employerName), at, direction, channel,
                    purpose, contactName, message));
            units.add(unit);
            return this;
        }

        /** A practice session; a weakness it settled can be marked addressed with it. */
        Practice practised(int daysAgo, PracticeType type, int minutes, Integer selfRating, String notes,
                           String... weaknesses) {
            PracticeSessionId session = PracticeSessionId.of(uuid("practice/" + key + "/" + ++sessions));
            Practice practice = new Practice(this, name + ": " + type + " " + on(daysAgo));
            practice.unit.commands.add(new LogPracticeSession(ImprovementPlanId.forCandidate(candidate), organization,
                    candidate, session, on(daysAgo), type, minutes, Arrays.asList(weaknesses), selfRating, notes));
            units.add(practice.unit);
            return practice;
        }

        private LogEmployerContact contact(EmployerId employer, Instant at, ContactDirection direction,
                                           Channel channel, ContactPurpose purpose, String contactName,
                                           String message) {
            ContactId contact = ContactId.of(uuid("contact/" + key + "/" + ++contacts));
            return new LogEmployerContact(employer, organization, candidate, contact, at, direction, channel, purpose,
                    contactName, message);
        }

        private DemoCandidate build() {
            return new DemoCandidate(candidate, key, name, story, units.stream().map(UnitBuilder::build).toList());
        }
    }

    /** What happened to one application, in the order it happened. */
    final class Job {

        private final Story story;
        private final ApplicationId application;
        private final EmployerId employer;
        private final UnitBuilder unit;
        private final Map<Integer, FeedbackPointId> points = new HashMap<>();

        private Job(Story story, ApplicationId application, EmployerId employer, String description) {
            this.story = story;
            this.application = application;
            this.employer = employer;
            this.unit = new UnitBuilder(description);
        }

        Job interview(Stage stage, int daysAgo, Reflection reflection, String... interviewers) {
            unit.commands.add(new RecordInterview(application, organization, stage, on(daysAgo),
                    List.of(interviewers), reflection));
            return this;
        }

        Job rejected(Instant at, Stage stageReached, Channel channel, String reasonGiven) {
            unit.commands.add(new RecordRejection(application, organization, at, stageReached, channel, reasonGiven));
            return this;
        }

        Job requested(Instant at, Channel channel, String contactName, RequestedQuestion... questions) {
            unit.commands.add(new RequestFeedback(application, organization, at, channel, contactName,
                    List.of(questions)));
            return this;
        }

        /** Feedback came back; its points are numbered on from the application's earlier ones, starting at 1. */
        Job feedback(Instant at, FeedbackGiver giver, Specificity specificity, String... texts) {
            List<FeedbackPoint> received = new ArrayList<>();
            for (String text : texts) {
                int number = points.size() + 1;
                FeedbackPointId id = FeedbackPointId.of(uuid("point/" + application.value() + "/" + number));
                points.put(number, id);
                received.add(new FeedbackPoint(id, text));
            }
            unit.commands.add(new RecordFeedback(application, organization, at, received, giver, specificity));
            return this;
        }

        Job declined(Instant at, String note) {
            unit.commands.add(new RecordFeedbackDeclined(application, organization, at, note));
            return this;
        }

        /**
         * Evaluates points. Whether that is early is not the story's to say: the seeder marks it from the
         * {@code evaluationDueAt} the domain answered for the feedback (see {@link EarlyEvaluations}).
         */
        Job evaluated(Instant at, String fitNotes, Judgement... judgements) {
            List<PointEvaluation> evaluations = new ArrayList<>();
            for (Judgement judgement : judgements) {
                FeedbackPointId id = points.get(judgement.point());
                if (id == null) {
                    throw new IllegalStateException(unit.description + ": no feedback point " + judgement.point());
                }
                evaluations.add(new PointEvaluation(id, judgement.verdict(), judgement.ringsTrue(),
                        judgement.credibility(), judgement.weaknesses()));
            }
            unit.commands.add(new EvaluateFeedback(application, organization, at, evaluations, fitNotes, false));
            return this;
        }

        Job offer(Instant at, String note) {
            unit.commands.add(new RecordOffer(application, organization, at, note));
            return this;
        }

        Job contacted(Instant at, ContactDirection direction, Channel channel, ContactPurpose purpose,
                      String contactName, String message) {
            unit.commands.add(story.contact(employer, at, direction, channel, purpose, contactName, message));
            return this;
        }

        Job doNotContact(String reason) {
            unit.commands.add(new SetDoNotContact(employer, organization, story.candidate, true, reason));
            return this;
        }
    }

    /** A practice session, and what it settled. */
    final class Practice {

        private final Story story;
        private final UnitBuilder unit;

        private Practice(Story story, String description) {
            this.story = story;
            this.unit = new UnitBuilder(description);
        }

        /** The candidate judges the weakness addressed, recorded right after this session. */
        Practice markedAddressed(String weakness, String note) {
            unit.commands.add(new MarkWeaknessAddressed(ImprovementPlanId.forCandidate(story.candidate),
                    organization, story.candidate, weakness, note));
            return this;
        }
    }

    private static final class UnitBuilder {

        private final String description;
        private final List<Object> commands = new ArrayList<>();

        private UnitBuilder(String description) {
            this.description = description;
        }

        private DemoUnit build() {
            return new DemoUnit(description, commands);
        }
    }
}
