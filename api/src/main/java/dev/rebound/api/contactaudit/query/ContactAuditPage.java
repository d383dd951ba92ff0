package dev.rebound.api.contactaudit.query;

import dev.rebound.api.access.ShowsCandidates;
import dev.rebound.api.common.CandidateId;
import java.util.Collection;

import java.util.List;

public record ContactAuditPage(List<ContactAuditEntry> items, int page, int size, long total) implements ShowsCandidates {

    public ContactAuditPage {
        items = List.copyOf(items);
    }

    /** The candidates whose contacts this answer lists, each once. */
    @Override
    public Collection<CandidateId> shownCandidates() {
        return items.stream().map(ContactAuditEntry::candidateId).distinct().toList();
    }
}
