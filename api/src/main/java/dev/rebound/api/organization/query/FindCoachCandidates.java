package dev.rebound.api.organization.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;

import java.util.Objects;

/**
 * The candidates of the organization this coach is assigned to, and whether each grants the coach access, as
 * {@code CoachCandidates}, in the order they joined; answered from the access read model, like every access decision,
 * so a consent revoked counts at once. Only a coach has such a list: for anyone else ({@code coachMemberId} null for
 * the platform admin) the access policy refuses it.
 */
public record FindCoachCandidates(OrganizationId organizationId, MemberId coachMemberId) implements Guarded {

    public FindCoachCandidates {
        Objects.requireNonNull(organizationId, "organizationId");
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CoachOwnCandidates(organizationId, coachMemberId);
    }
}
