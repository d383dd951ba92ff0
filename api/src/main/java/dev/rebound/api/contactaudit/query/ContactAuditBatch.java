package dev.rebound.api.contactaudit.query;

import dev.rebound.api.access.ShowsCandidates;
import dev.rebound.api.common.CandidateId;
import java.util.Collection;

import java.util.List;

/** One batch of an export; {@code next} is where the following batch starts, null when this was the last one. */
public record ContactAuditBatch(List<ContactAuditEntry> items, ContactAuditCursor next) implements ShowsCandidates {

    public ContactAuditBatch {
        items = List.copyOf(items);
    }

    /** The candidates whose contacts this answer lists, each once. */
    @Override
    public Collection<CandidateId> shownCandidates() {
        return items.stream().map(ContactAuditEntry::candidateId).distinct().toList();
    }
}
