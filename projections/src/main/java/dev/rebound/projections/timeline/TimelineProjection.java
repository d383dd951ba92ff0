package dev.rebound.projections.timeline;

import dev.rebound.api.application.PointEvaluation;
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
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.employer.event.DoNotContactLifted;
import dev.rebound.api.employer.event.DoNotContactSet;
import dev.rebound.api.employer.event.EmployerContacted;
import dev.rebound.api.improvement.event.PracticeSessionLogged;
import dev.rebound.api.improvement.event.WeaknessMarkedAddressed;
import dev.rebound.api.organization.event.PersonalDataErased;
import dev.rebound.api.privacy.Redaction;
import dev.rebound.api.timeline.query.FindTimeline;
import dev.rebound.api.timeline.query.TimelineEntry;
import dev.rebound.api.timeline.query.TimelinePage;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Every fact of a candidate's job search as a dated entry whose {@code type} is the event's name: applications,
 * interviews, rejections, the feedback cycle, employer contacts, do-not-contact, practice, offers, and the reminders
 * of the feedback cycle once the domain raised them: {@code FeedbackRequestDue}, {@code FeedbackResponseTimedOut}
 * (an unanswered request stays visible) and {@code EvaluationDue}. A reminder is dated at the time it was due, which
 * its event carries ({@code dueAt}, {@code timedOutAt}): that is when it fires, unless the fact behind it was
 * recorded late, and then the entry still sits where the window it closes ended; its {@code recordedAt} says when it
 * fired. The bookkeeping {@code EmployerRelationshipStarted} adds nothing to the {@code ApplicationTracked} beside it,
 * so it is no entry. Writes are keyed by the event's id, so an event delivered twice (delivery is at-least-once)
 * changes nothing. A new entry is pushed to live subscribers of the candidate's timeline, except during a replay.
 */
@ProcessingGroup(TimelineProjection.NAME)
public class TimelineProjection {

    public static final String NAME = "timeline";

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter updates;

    public TimelineProjection(JdbcClient jdbc, QueryUpdateEmitter updates) {
        this.jdbc = jdbc;
        this.updates = updates;
    }

    @EventHandler
    void on(ApplicationTracked event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        jdbc.sql("""
                        INSERT INTO timeline_employer (employer_id, organization_id, candidate_id, employer_name)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (employer_id) DO NOTHING""")
                .params(event.employerId().value(), event.organizationId().value(), event.candidateId().value(),
                        event.employerName())
                .update();
        Instant occurredAt = event.appliedOn() == null ? recordedAt : startOf(event.appliedOn());
        record(new Entry(eventId, event, event.applicationId(), event.employerId(), occurredAt, recordedAt), replay);
    }

    @EventHandler
    void on(InterviewRecorded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, event.applicationId(), event.employerId(), startOf(event.heldOn()),
                recordedAt), replay);
    }

    @EventHandler
    void on(RejectionReceived event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, event.applicationId(), event.employerId(), event.receivedAt(),
                recordedAt), replay);
    }

    @EventHandler
    void on(FeedbackRequested event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, event.applicationId(), event.employerId(), event.sentAt(),
                recordedAt), replay);
    }

    @EventHandler
    void on(FeedbackReceived event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, event.applicationId(), event.employerId(), event.receivedAt(),
                recordedAt), replay);
    }

    @EventHandler
    void on(FeedbackDeclined event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, event.applicationId(), event.employerId(), event.receivedAt(),
                recordedAt), replay);
    }

    @EventHandler
    void on(FeedbackEvaluated event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, event.applicationId(), event.employerId(), event.evaluatedAt(),
                recordedAt), replay);
    }

    @EventHandler
    void on(FeedbackRequestDue event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, event.applicationId(), event.employerId(), event.dueAt(), recordedAt),
                replay);
    }

    @EventHandler
    void on(FeedbackResponseTimedOut event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, event.applicationId(), event.employerId(), event.timedOutAt(), recordedAt),
                replay);
    }

    @EventHandler
    void on(EvaluationDue event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, event.applicationId(), event.employerId(), event.dueAt(), recordedAt),
                replay);
    }

    @EventHandler
    void on(OfferReceived event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, event.applicationId(), event.employerId(), event.receivedAt(),
                recordedAt), replay);
    }

    @EventHandler
    void on(EmployerContacted event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, null, event.employerId(), event.contactedAt(), recordedAt), replay);
    }

    @EventHandler
    void on(DoNotContactSet event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, null, event.employerId(), recordedAt, recordedAt), replay);
    }

    @EventHandler
    void on(DoNotContactLifted event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, null, event.employerId(), recordedAt, recordedAt), replay);
    }

    @EventHandler
    void on(PracticeSessionLogged event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, null, null, startOf(event.heldOn()), recordedAt), replay);
    }

    @EventHandler
    void on(WeaknessMarkedAddressed event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        record(new Entry(eventId, event, null, null, recordedAt, recordedAt), replay);
    }

    /**
     * The candidate's personal data is erased: every entry now says what it would say if built from the erased
     * events, exactly as a replay would build it.
     */
    @EventHandler
    void on(PersonalDataErased event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        jdbc.sql("""
                        UPDATE timeline_entry SET summary = summary_erased
                        WHERE organization_id = ? AND candidate_id = ? AND summary_erased IS NOT NULL""")
                .params(event.organizationId().value(), event.candidateId().value())
                .update();
        record(new Entry(eventId, event, null, null, event.erasedAt(), recordedAt), replay);
    }

    /** What the entry says; computed again from the event's erased form, so that an erasure can scrub it. */
    private static String summaryOf(CandidateEvent event) {
        return switch (event) {
            case ApplicationTracked e -> "Applied for " + e.roleTitle() + " at " + e.employerName()
                    + (e.source() == null ? "" : " (source: " + e.source() + ")");
            case InterviewRecorded e -> "Had a " + words(e.stage()) + " interview"
                    + (e.interviewers().isEmpty() ? "" : " with " + String.join(", ", e.interviewers()));
            case RejectionReceived e -> "Rejected after the " + words(e.stageReached()) + " stage"
                    + " (" + words(e.channel()) + ")"
                    + (e.reasonGiven() == null ? "" : ": " + e.reasonGiven());
            case FeedbackRequested e -> (e.requestNumber() == 1 ? "Asked for feedback"
                    : "Followed up on the feedback request")
                    + " by " + words(e.channel()) + " with " + e.questions().size()
                    + (e.questions().size() == 1 ? " question" : " questions")
                    + (e.requestNumber() == 1 && !e.withinDayOfRejection()
                    ? ", more than a day after the rejection" : "")
                    + (e.toneWarnings().isEmpty() ? "" : "; " + e.toneWarnings().size() + " tone warning(s)");
            case FeedbackReceived e -> "Received feedback"
                    + (e.giver() == null || e.giver().role() == null ? "" : " from the " + e.giver().role())
                    + ": " + e.points().size() + (e.points().size() == 1 ? " point" : " points")
                    + (e.specificity() == null ? "" : " (" + words(e.specificity()) + ")");
            case FeedbackDeclined e -> "The employer declined to give feedback"
                    + (e.note() == null ? "" : ": " + e.note());
            case FeedbackEvaluated e -> {
                long accepted = e.points().stream().map(PointEvaluation::verdict).filter(Verdict.ACCEPTED::equals)
                        .count();
                long partly = e.points().stream().map(PointEvaluation::verdict).filter(Verdict.PARTLY::equals)
                        .count();
                yield (e.early() ? "Evaluated feedback early: " : "Evaluated feedback: ") + accepted
                        + " accepted, " + partly + " partly, " + (e.points().size() - accepted - partly) + " rejected";
            }
            case FeedbackRequestDue e -> "Time to ask for feedback: the rejection came "
                    + hours(e.rejectedAt(), e.dueAt()) + " ago";
            case FeedbackResponseTimedOut e -> "No answer to the "
                    + (e.requestNumber() == 1 ? "feedback request" : "follow-up") + " within "
                    + days(e.requestedAt(), e.timedOutAt());
            case EvaluationDue e -> "Time to evaluate the feedback: it has rested for "
                    + hours(e.receivedAt(), e.dueAt());
            case OfferReceived e -> "Received an offer" + (e.note() == null ? "" : ": " + e.note());
            case EmployerContacted e -> switch (e.direction()) {
                case OUTBOUND -> "Contacted the employer";
                case INBOUND -> "Heard from the employer";
            } + " (" + words(e.purpose()) + ", " + words(e.channel()) + ")"
                    + (e.toneWarnings().isEmpty() ? "" : "; " + e.toneWarnings().size() + " tone warning(s)");
            case DoNotContactSet e -> "Marked the employer do-not-contact"
                    + (e.reason() == null ? "" : ": " + e.reason());
            case DoNotContactLifted e -> "The employer may be contacted again"
                    + (e.reason() == null ? "" : ": " + e.reason());
            case PracticeSessionLogged e -> "Practised: " + words(e.type()) + ", " + e.minutes() + " min"
                    + (e.weaknesses().isEmpty() ? "" : " on " + String.join(", ", e.weaknesses()));
            case WeaknessMarkedAddressed e -> "Marked " + e.weakness() + " as addressed"
                    + (e.note() == null ? "" : ": " + e.note());
            case PersonalDataErased e -> "Erased the personal data";
            default -> throw new IllegalArgumentException("No timeline entry for " + event.getClass().getSimpleName());
        };
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE timeline_entry, timeline_employer").update();
    }

    @QueryHandler
    TimelinePage handle(FindTimeline query) {
        List<String> conditions = new ArrayList<>(List.of("organization_id = :org", "candidate_id = :candidate"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", query.organizationId().value());
        params.put("candidate", query.candidateId().value());
        if (query.employerId() != null) {
            conditions.add("employer_id = :employer");
            params.put("employer", query.employerId().value());
        }
        if (query.type() != null) {
            conditions.add("type = :type");
            params.put("type", query.type());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", utc(query.from()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at <= :to");
            params.put("to", utc(query.to()));
        }
        if (query.asOf() != null) {
            conditions.add("recorded_at <= :asOf");
            params.put("asOf", utc(query.asOf()));
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM timeline_entry" + where).params(params)
                .query(Long.class).single();
        List<TimelineEntry> items = jdbc.sql("""
                        SELECT occurred_at, recorded_at, type, employer_id, employer_name, application_id, summary
                        FROM timeline_entry""" + where + """

                        ORDER BY occurred_at DESC, recorded_at DESC, event_id
                        LIMIT :limit OFFSET :offset""")
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(TimelineProjection::entry)
                .list();
        return new TimelinePage(items, query.page(), query.size(), total);
    }

    /** One entry about to be written; the employer's name is looked up from its first application. */
    private record Entry(String eventId, CandidateEvent event, ApplicationId applicationId, EmployerId employerId,
                         Instant occurredAt, Instant recordedAt) {

        String type() {
            return event.getClass().getSimpleName();
        }
    }

    private void record(Entry entry, ReplayStatus replay) {
        UUID employerId = entry.employerId() == null ? null : entry.employerId().value();
        int inserted = jdbc.sql("""
                        INSERT INTO timeline_entry (event_id, organization_id, candidate_id, application_id,
                                                    employer_id, employer_name, type, occurred_at, recorded_at, summary,
                                                    summary_erased)
                        VALUES (?, ?, ?, ?, ?, (SELECT employer_name FROM timeline_employer WHERE employer_id = ?),
                                ?, ?, ?, ?, ?)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(entry.eventId(), entry.event().organizationId().value(), entry.event().candidateId().value(),
                        entry.applicationId() == null ? null : entry.applicationId().value(), employerId, employerId,
                        entry.type(), utc(entry.occurredAt()), utc(entry.recordedAt()), summaryOf(entry.event()),
                        summaryOf(Redaction.redact(entry.event())))
                .update();
        if (inserted > 0 && !replay.isReplay()) {
            TimelineEntry update = jdbc.sql("""
                            SELECT occurred_at, recorded_at, type, employer_id, employer_name, application_id, summary
                            FROM timeline_entry WHERE event_id = ?""")
                    .param(entry.eventId()).query(TimelineProjection::entry).single();
            updates.emit(FindTimeline.class, query -> shows(query, entry, update), update);
        }
    }

    /** Whether a live subscriber's timeline, with its filters, shows the new entry. */
    private static boolean shows(FindTimeline query, Entry entry, TimelineEntry update) {
        return query.organizationId().equals(entry.event().organizationId())
                && query.candidateId().equals(entry.event().candidateId())
                && (query.employerId() == null || query.employerId().equals(update.employerId()))
                && (query.type() == null || query.type().equals(update.type()))
                && (query.from() == null || !update.occurredAt().isBefore(query.from()))
                && (query.to() == null || !update.occurredAt().isAfter(query.to()));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A period in whole hours, as words: "24 hours". */
    private static String hours(Instant from, Instant to) {
        long hours = Duration.between(from, to).toHours();
        return hours + (hours == 1 ? " hour" : " hours");
    }

    /** A period in whole days, as words: "14 days". */
    private static String days(Instant from, Instant to) {
        long days = Duration.between(from, to).toDays();
        return days + (days == 1 ? " day" : " days");
    }

    /** An enum constant as words: {@code IN_PERSON} → "in person". */
    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static TimelineEntry entry(ResultSet row, int rowNumber) throws SQLException {
        UUID employerId = row.getObject("employer_id", UUID.class);
        UUID applicationId = row.getObject("application_id", UUID.class);
        return new TimelineEntry(
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                row.getString("type"),
                employerId == null ? null : EmployerId.of(employerId),
                row.getString("employer_name"),
                applicationId == null ? null : ApplicationId.of(applicationId),
                row.getString("summary"));
    }
}
