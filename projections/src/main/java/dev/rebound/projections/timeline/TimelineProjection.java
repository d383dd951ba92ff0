package dev.rebound.projections.timeline;

import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.timeline.query.FindTimeline;
import dev.rebound.api.timeline.query.TimelineEntry;
import dev.rebound.api.timeline.query.TimelinePage;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Every event of a candidate as a dated entry. Writes are keyed by the event's id, so an event delivered twice
 * (delivery is at-least-once) changes nothing.
 */
@ProcessingGroup(TimelineProjection.NAME)
public class TimelineProjection {

    public static final String NAME = "timeline";

    private final JdbcClient jdbc;

    public TimelineProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ApplicationTracked event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO timeline_application
                            (application_id, organization_id, candidate_id, employer_id, employer_name)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (application_id) DO NOTHING""")
                .params(event.applicationId().value(), event.organizationId().value(), event.candidateId().value(),
                        event.employerId().value(), event.employerName())
                .update();
        Instant occurredAt = event.appliedOn() == null
                ? recordedAt
                : event.appliedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        String summary = "Applied for " + event.roleTitle() + " at " + event.employerName()
                + (event.source() == null ? "" : " (source: " + event.source() + ")");
        insertEntry(eventId, event.applicationId().value(), "ApplicationTracked", occurredAt, recordedAt, summary);
    }

    @EventHandler
    void on(RejectionReceived event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        String summary = "Rejected after the " + event.stageReached().name().toLowerCase(Locale.ROOT) + " stage"
                + " (" + event.channel().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"
                + (event.reasonGiven() == null ? "" : ": " + event.reasonGiven());
        insertEntry(eventId, event.applicationId().value(), "RejectionReceived", event.receivedAt(), recordedAt,
                summary);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE timeline_entry, timeline_application").update();
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

    private void insertEntry(String eventId, UUID applicationId, String type, Instant occurredAt,
                             Instant recordedAt, String summary) {
        int inserted = jdbc.sql("""
                        INSERT INTO timeline_entry (event_id, organization_id, candidate_id, application_id,
                                                    employer_id, employer_name, type, occurred_at, recorded_at, summary)
                        SELECT ?, a.organization_id, a.candidate_id, a.application_id, a.employer_id, a.employer_name,
                               ?, ?, ?, ?
                        FROM timeline_application a
                        WHERE a.application_id = ?
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, type, utc(occurredAt), utc(recordedAt), summary, applicationId)
                .update();
        if (inserted == 0 && !exists(eventId)) {
            throw new IllegalStateException(type + " " + eventId + " names application " + applicationId
                    + ", which the timeline has not seen tracked");
        }
    }

    private boolean exists(String eventId) {
        return jdbc.sql("SELECT count(*) FROM timeline_entry WHERE event_id = ?").param(eventId)
                .query(Long.class).single() > 0;
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
