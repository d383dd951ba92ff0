package dev.rebound.api.employerrelationships.query;

import java.util.List;

/** A candidate's employers, the most recently contacted first (never contacted last), then by name. */
public record EmployerRelationshipList(List<EmployerRelationshipEntry> items) {

    public EmployerRelationshipList {
        items = List.copyOf(items);
    }
}
