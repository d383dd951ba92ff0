package dev.rebound.api.application.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Judge received feedback point by point. Evaluating before the cooling-off period has passed needs {@code early}:
 * feedback read in the heat of the moment is easily dismissed or swallowed whole.
 */
public record EvaluateFeedback(
        @TargetAggregateIdentifier ApplicationId applicationId,
        OrganizationId organizationId,
        Instant evaluatedAt,
        List<PointEvaluation> points,
        String fitNotes,
        boolean early) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.ApplicationData(organizationId, applicationId, null, AccessRule.Use.WRITE);
    }
}
