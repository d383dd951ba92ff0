package dev.rebound.api.application.command;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The employer declined to give feedback; no further request may be sent for this application. */
public record RecordFeedbackDeclined(
        @TargetAggregateIdentifier ApplicationId applicationId,
        OrganizationId organizationId,
        Instant receivedAt,
        String note) {
}
