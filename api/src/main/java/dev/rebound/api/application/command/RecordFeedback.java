package dev.rebound.api.application.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.application.FeedbackGiver;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** The employer's feedback came back, split into points that are evaluated one by one later. */
public record RecordFeedback(
        @TargetAggregateIdentifier ApplicationId applicationId,
        OrganizationId organizationId,
        Instant receivedAt,
        List<FeedbackPoint> points,
        FeedbackGiver giver,
        Specificity specificity) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.ApplicationData(organizationId, applicationId, null, AccessRule.Use.WRITE);
    }
}
