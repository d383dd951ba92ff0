package dev.rebound.api.contactaudit.query;

import java.util.List;

/** One batch of an export; {@code next} is where the following batch starts, null when this was the last one. */
public record ContactAuditBatch(List<ContactAuditEntry> items, ContactAuditCursor next) {

    public ContactAuditBatch {
        items = List.copyOf(items);
    }
}
