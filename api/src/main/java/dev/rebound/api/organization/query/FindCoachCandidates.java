package dev.rebound.api.organization.query;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;

import java.util.Objects;

/**
 * The candidates of the organization this coach is assigned to, and whether each grants the coach access, as
 * {@code CoachCandidates}, in the order they joined; answered from the access read model, like every access decision,
 * so a consent revoked counts at once.
 */
public record FindCoachCandidates(OrganizationId organizationId, MemberId coachMemberId) {

    public FindCoachCandidates {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(coachMemberId, "coachMemberId");
    }
}
