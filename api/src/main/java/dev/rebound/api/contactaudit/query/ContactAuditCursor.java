package dev.rebound.api.contactaudit.query;

import java.time.Instant;
import java.util.Objects;

/** A position in the audit's order (occurred-at, then recorded-at, newest first, then contact id, descending). */
public record ContactAuditCursor(Instant occurredAt, Instant recordedAt, String contactId) {

    public ContactAuditCursor {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(contactId, "contactId");
    }

    public static ContactAuditCursor of(ContactAuditEntry entry) {
        return new ContactAuditCursor(entry.occurredAt(), entry.recordedAt(), entry.contactId());
    }
}
