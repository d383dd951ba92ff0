package dev.rebound.projections.contactaudit;

import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.FeedbackRequested;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.ToneIssue;
import dev.rebound.api.common.ToneWarning;
import dev.rebound.api.contactaudit.query.ContactAuditBatch;
import dev.rebound.api.contactaudit.query.ContactAuditCriteria;
import dev.rebound.api.contactaudit.query.ContactAuditCursor;
import dev.rebound.api.contactaudit.query.ContactAuditEntry;
import dev.rebound.api.contactaudit.query.ContactAuditPage;
import dev.rebound.api.contactaudit.query.ContactKind;
import dev.rebound.api.contactaudit.query.ExportContactAudit;
import dev.rebound.api.contactaudit.query.FindContactAudit;
import dev.rebound.api.employer.ContactDirection;
import dev.rebound.api.employer.event.EmployerContacted;
import dev.rebound.api.employer.event.EmployerRelationshipStarted;
import dev.rebound.api.organization.event.PersonalDataErased;
import dev.rebound.api.privacy.PersonalData;
import dev.rebound.api.privacy.Redaction;
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
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The employer-contact audit of an organization: one row per contact with an employer, that is every
 * {@code FeedbackRequested} (keyed by its event id, always outbound, purpose {@code FEEDBACK_REQUEST}) and every
 * {@code EmployerContacted} (keyed by its contact id). Refused attempts never become events, so they never appear.
 * Rows are only ever inserted; an event delivered twice finds its row there and changes nothing.
 *
 * <p>The employer's name comes from a small table of its own: {@code EmployerRelationshipStarted} sets it (the name of
 * the candidate's first application to the employer), {@code ApplicationTracked} only fills it in while it is unknown.
 * It is joined when reading, so a contact shows the name whichever event reached the audit first.
 */
@ProcessingGroup(ContactAuditProjection.NAME)
public class ContactAuditProjection {

    public static final String NAME = "contact-audit";

    private static final String ORDER = " ORDER BY c.occurred_at DESC, c.recorded_at DESC, c.contact_id DESC";

    private final JdbcClient jdbc;

    public ContactAuditProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EmployerRelationshipStarted event) {
        jdbc.sql("""
                        INSERT INTO contact_audit_employer
                            (employer_id, organization_id, candidate_id, employer_name, name_folded)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (employer_id) DO UPDATE
                            SET employer_name = EXCLUDED.employer_name, name_folded = EXCLUDED.name_folded""")
                .params(event.employerId().value(), event.organizationId().value(), event.candidateId().value(),
                        event.employerName(), folded(event.employerName()))
                .update();
    }

    @EventHandler
    void on(ApplicationTracked event) {
        jdbc.sql("""
                        INSERT INTO contact_audit_employer
                            (employer_id, organization_id, candidate_id, employer_name, name_folded)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (employer_id) DO NOTHING""")
                .params(event.employerId().value(), event.organizationId().value(), event.candidateId().value(),
                        event.employerName(), folded(event.employerName()))
                .update();
    }

    @EventHandler
    void on(FeedbackRequested event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        insert(new ContactAuditEntry(eventId, ContactKind.FEEDBACK_REQUEST, event.sentAt(), recordedAt,
                event.candidateId(), event.employerId(), null, event.applicationId(), ContactDirection.OUTBOUND,
                event.channel(), ContactAuditEntry.FEEDBACK_REQUEST_PURPOSE, event.contactName(),
                event.requestNumber(), event.withinDayOfRejection(), event.toneWarnings(), questions(event)),
                event.organizationId().value(), questions(Redaction.redact(event)));
    }

    /** A request's questions one per line: the candidate's own words, or the catalogue key. */
    private static String questions(FeedbackRequested event) {
        return event.questions() == null ? null : event.questions().stream()
                .map(question -> Objects.requireNonNullElse(question.text(), question.key()))
                .collect(Collectors.joining("\n"));
    }

    @EventHandler
    void on(EmployerContacted event, @Timestamp Instant recordedAt) {
        insert(new ContactAuditEntry(event.contactId().toString(), ContactKind.EMPLOYER_CONTACT, event.contactedAt(),
                recordedAt, event.candidateId(), event.employerId(), null, null, event.direction(), event.channel(),
                event.purpose().name(), event.contactName(), null, null, event.toneWarnings(), event.message()),
                event.organizationId().value(), event.message() == null ? null : PersonalData.ERASED);
    }

    /**
     * The candidate's personal data is erased: contact names, messages and the phrases tone warnings quote read as
     * erased, exactly as a replay of the erased events would write them. The contacts themselves stay: the audit
     * still shows who was contacted when, how and why.
     */
    @EventHandler
    void on(PersonalDataErased event) {
        jdbc.sql("""
                        UPDATE contact_audit_tone_warning w SET phrase = :erased
                        FROM contact_audit_contact c
                        WHERE w.contact_id = c.contact_id AND c.organization_id = :org AND c.candidate_id = :candidate""")
                .param("erased", PersonalData.ERASED)
                .param("org", event.organizationId().value()).param("candidate", event.candidateId().value())
                .update();
        jdbc.sql("""
                        UPDATE contact_audit_contact
                        SET contact_name = CASE WHEN contact_name IS NULL THEN NULL ELSE :erased END,
                            message = CASE WHEN message IS NULL THEN NULL ELSE coalesce(message_erased, :erased) END
                        WHERE organization_id = :org AND candidate_id = :candidate""")
                .param("erased", PersonalData.ERASED)
                .param("org", event.organizationId().value()).param("candidate", event.candidateId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE contact_audit_tone_warning, contact_audit_contact, contact_audit_employer").update();
    }

    @QueryHandler
    ContactAuditPage handle(FindContactAudit query) {
        Filter filter = Filter.of(query.organizationId().value(), query.criteria());
        long total = jdbc.sql("SELECT count(*) FROM contact_audit_contact c" + filter.join() + filter.where())
                .params(filter.params()).query(Long.class).single();
        List<ContactAuditEntry> items = read(filter, "", "LIMIT :limit OFFSET :offset",
                Map.of("limit", query.size(), "offset", (long) query.page() * query.size()));
        return new ContactAuditPage(items, query.page(), query.size(), total);
    }

    @QueryHandler
    ContactAuditBatch handle(ExportContactAudit query) {
        Filter filter = Filter.of(query.organizationId().value(), query.criteria());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", query.limit());
        String after = "";
        if (query.after() != null) {
            after = " AND (c.occurred_at, c.recorded_at, c.contact_id) < (:afterOccurred, :afterRecorded, :afterId)";
            params.put("afterOccurred", utc(query.after().occurredAt()));
            params.put("afterRecorded", utc(query.after().recordedAt()));
            params.put("afterId", query.after().contactId());
        }
        List<ContactAuditEntry> items = read(filter, after, "LIMIT :limit", params);
        ContactAuditCursor next = items.size() < query.limit() ? null : ContactAuditCursor.of(items.getLast());
        return new ContactAuditBatch(items, next);
    }

    private List<ContactAuditEntry> read(Filter filter, String extraCondition, String limit,
                                         Map<String, Object> extraParams) {
        List<ContactAuditEntry> rows = jdbc.sql("""
                        SELECT c.contact_id, c.kind, c.occurred_at, c.recorded_at, c.candidate_id, c.employer_id,
                               e.employer_name, c.application_id, c.direction, c.channel, c.purpose, c.contact_name,
                               c.request_number, c.within_day_of_rejection, c.message
                        FROM contact_audit_contact c""" + filter.join() + filter.where() + extraCondition + ORDER
                        + " " + limit)
                .params(filter.params())
                .params(extraParams)
                .query(ContactAuditProjection::entry)
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, List<ToneWarning>> warnings = toneWarnings(filter.organizationId(),
                rows.stream().map(ContactAuditEntry::contactId).toList());
        return rows.stream()
                .map(row -> warnings.containsKey(row.contactId()) ? withWarnings(row, warnings.get(row.contactId()))
                        : row)
                .toList();
    }

    private Map<String, List<ToneWarning>> toneWarnings(UUID organizationId, List<String> contactIds) {
        Map<String, List<ToneWarning>> byContact = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT w.contact_id, w.issue, w.phrase, w.advice
                        FROM contact_audit_tone_warning w
                        JOIN contact_audit_contact c ON c.contact_id = w.contact_id
                        WHERE c.organization_id = :org AND w.contact_id IN (:ids)
                        ORDER BY w.contact_id, w.position""")
                .param("org", organizationId)
                .param("ids", contactIds)
                .query(row -> {
                    byContact.computeIfAbsent(row.getString("contact_id"), id -> new ArrayList<>())
                            .add(new ToneWarning(ToneIssue.valueOf(row.getString("issue")), row.getString("phrase"),
                                    row.getString("advice")));
                });
        return byContact;
    }

    private void insert(ContactAuditEntry entry, UUID organizationId, String messageErased) {
        jdbc.sql("""
                        INSERT INTO contact_audit_contact
                            (contact_id, organization_id, candidate_id, employer_id, kind, occurred_at, recorded_at,
                             application_id, direction, channel, purpose, contact_name, request_number,
                             within_day_of_rejection, message, message_erased)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (contact_id) DO NOTHING""")
                .params(entry.contactId(), organizationId, entry.candidateId().value(), entry.employerId().value(),
                        entry.kind().name(), utc(entry.occurredAt()), utc(entry.recordedAt()),
                        entry.applicationId() == null ? null : entry.applicationId().value(),
                        entry.direction().name(), entry.channel().name(), entry.purpose(), entry.contactName(),
                        entry.requestNumber(), entry.withinDayOfRejection(), entry.message(), messageErased)
                .update();
        List<ToneWarning> warnings = entry.toneWarnings();
        for (int position = 0; position < warnings.size(); position++) {
            ToneWarning warning = warnings.get(position);
            jdbc.sql("""
                            INSERT INTO contact_audit_tone_warning (contact_id, position, issue, phrase, advice)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (contact_id, position) DO NOTHING""")
                    .params(entry.contactId(), position, warning.issue().name(), warning.phrase(), warning.advice())
                    .update();
        }
    }

    private static ContactAuditEntry withWarnings(ContactAuditEntry row, List<ToneWarning> warnings) {
        return new ContactAuditEntry(row.contactId(), row.kind(), row.occurredAt(), row.recordedAt(),
                row.candidateId(), row.employerId(), row.employerName(), row.applicationId(), row.direction(),
                row.channel(), row.purpose(), row.contactName(), row.requestNumber(), row.withinDayOfRejection(),
                warnings, row.message());
    }

    private static String folded(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static ContactAuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
        UUID applicationId = row.getObject("application_id", UUID.class);
        return new ContactAuditEntry(
                row.getString("contact_id"),
                ContactKind.valueOf(row.getString("kind")),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                CandidateId.of(row.getObject("candidate_id", UUID.class)),
                EmployerId.of(row.getObject("employer_id", UUID.class)),
                row.getString("employer_name"),
                applicationId == null ? null : ApplicationId.of(applicationId),
                ContactDirection.valueOf(row.getString("direction")),
                Channel.valueOf(row.getString("channel")),
                row.getString("purpose"),
                row.getString("contact_name"),
                row.getObject("request_number", Integer.class),
                row.getObject("within_day_of_rejection", Boolean.class),
                List.of(),
                row.getString("message"));
    }

    /** The organization and the criteria as SQL: always the organization first. */
    private record Filter(UUID organizationId, String where, Map<String, Object> params) {

        static Filter of(UUID organizationId, ContactAuditCriteria criteria) {
            List<String> conditions = new ArrayList<>(List.of("c.organization_id = :org"));
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("org", organizationId);
            if (criteria.from() != null) {
                conditions.add("c.occurred_at >= :from");
                params.put("from", utc(criteria.from()));
            }
            if (criteria.to() != null) {
                conditions.add("c.occurred_at < :to");
                params.put("to", utc(criteria.to()));
            }
            if (criteria.employerId() != null) {
                conditions.add("c.employer_id = :employer");
                params.put("employer", criteria.employerId().value());
            }
            if (criteria.employerNameContains() != null) {
                conditions.add("strpos(e.name_folded, :employerName) > 0");
                params.put("employerName", folded(criteria.employerNameContains()));
            }
            if (criteria.candidateId() != null) {
                conditions.add("c.candidate_id = :candidate");
                params.put("candidate", criteria.candidateId().value());
            }
            return new Filter(organizationId, " WHERE " + String.join(" AND ", conditions), params);
        }

        String join() {
            return " LEFT JOIN contact_audit_employer e"
                    + " ON e.employer_id = c.employer_id AND e.organization_id = c.organization_id";
        }
    }
}
