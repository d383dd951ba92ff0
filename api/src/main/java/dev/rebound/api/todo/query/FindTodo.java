package dev.rebound.api.todo.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/**
 * One candidate's open to-do items, as {@link TodoList}. Also usable as a subscription query: every change to the
 * candidate's list is sent to its subscribers as the whole updated {@link TodoList}.
 */
public record FindTodo(OrganizationId organizationId, CandidateId candidateId) implements Guarded {

    public FindTodo {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(candidateId, "candidateId");
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.READ);
    }
}
