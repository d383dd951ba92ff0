package dev.rebound.api.organization.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A coaching organization (or a lone job seeker's personal space) starts using Rebound. */
public record CreateOrganization(@TargetAggregateIdentifier OrganizationId organizationId, String name) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.Platform();
    }
}
