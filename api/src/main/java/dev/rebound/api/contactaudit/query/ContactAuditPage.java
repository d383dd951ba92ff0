package dev.rebound.api.contactaudit.query;

import java.util.List;

public record ContactAuditPage(List<ContactAuditEntry> items, int page, int size, long total) {

    public ContactAuditPage {
        items = List.copyOf(items);
    }
}
