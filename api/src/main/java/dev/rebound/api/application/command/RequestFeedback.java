package dev.rebound.api.application.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Ask the employer for feedback after a rejection, with constructive questions; at most a request and one follow-up. */
public record RequestFeedback(
        @TargetAggregateIdentifier ApplicationId applicationId,
        OrganizationId organizationId,
        Instant sentAt,
        Channel channel,
        String contactName,
        List<RequestedQuestion> questions) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.ApplicationData(organizationId, applicationId, null, AccessRule.Use.WRITE);
    }
}
