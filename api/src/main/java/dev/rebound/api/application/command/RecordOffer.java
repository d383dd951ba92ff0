package dev.rebound.api.application.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The happy end: the employer made an offer. */
public record RecordOffer(
        @TargetAggregateIdentifier ApplicationId applicationId,
        OrganizationId organizationId,
        Instant receivedAt,
        String note) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.ApplicationData(organizationId, applicationId, null, AccessRule.Use.WRITE);
    }
}
