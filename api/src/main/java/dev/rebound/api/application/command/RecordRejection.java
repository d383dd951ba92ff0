package dev.rebound.api.application.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The employer said no. {@code receivedAt} is when the candidate heard it, often days before it is recorded. */
public record RecordRejection(
        @TargetAggregateIdentifier ApplicationId applicationId,
        OrganizationId organizationId,
        Instant receivedAt,
        Stage stageReached,
        Channel channel,
        String reasonGiven) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.ApplicationData(organizationId, applicationId, null, AccessRule.Use.WRITE);
    }
}
