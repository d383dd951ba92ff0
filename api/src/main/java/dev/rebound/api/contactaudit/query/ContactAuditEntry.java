package dev.rebound.api.contactaudit.query;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.ToneWarning;
import dev.rebound.api.employer.ContactDirection;

import java.time.Instant;
import java.util.List;

/**
 * One contact with an employer, as the audit keeps it: every {@code FeedbackRequested} and every
 * {@code EmployerContacted}. Refused attempts are never events, so they never appear.
 *
 * @param contactId            the contact's id; for a feedback request, the id of its event
 * @param occurredAt           when it took place, as the client said: a request's sentAt, a contact's contactedAt
 * @param recordedAt           when the server stored it
 * @param employerName         the name the employer became known under (its first application); null if never seen
 * @param applicationId        the application a feedback request is about; null for other contacts
 * @param direction            {@code OUTBOUND} for every feedback request
 * @param purpose              {@code FEEDBACK_REQUEST} for a feedback request, otherwise the contact's purpose
 *                             ({@code THANK_YOU}, {@code FEEDBACK_FOLLOW_UP}, {@code KEEP_IN_TOUCH},
 *                             {@code REAPPLICATION}, {@code OTHER})
 * @param requestNumber        1 for a request, 2 for its one follow-up; null for other contacts
 * @param withinDayOfRejection whether the application's first request went out within 24 h of the rejection;
 *                             null for other contacts
 * @param toneWarnings         phrases of the candidate's text that may hurt the relationship, in the text's order
 * @param message              the contact's message, or a request's questions as sent, one per line
 */
public record ContactAuditEntry(
        String contactId,
        ContactKind kind,
        Instant occurredAt,
        Instant recordedAt,
        CandidateId candidateId,
        EmployerId employerId,
        String employerName,
        ApplicationId applicationId,
        ContactDirection direction,
        Channel channel,
        String purpose,
        String contactName,
        Integer requestNumber,
        Boolean withinDayOfRejection,
        List<ToneWarning> toneWarnings,
        String message) {

    public static final String FEEDBACK_REQUEST_PURPOSE = "FEEDBACK_REQUEST";

    public ContactAuditEntry {
        toneWarnings = toneWarnings == null ? List.of() : List.copyOf(toneWarnings);
    }
}
