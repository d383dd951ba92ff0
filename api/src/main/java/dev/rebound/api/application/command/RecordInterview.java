package dev.rebound.api.application.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.application.Reflection;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** An interview took place; the reflection is best written the same day. */
public record RecordInterview(
        @TargetAggregateIdentifier ApplicationId applicationId,
        OrganizationId organizationId,
        Stage stage,
        LocalDate heldOn,
        List<String> interviewers,
        Reflection reflection) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.ApplicationData(organizationId, applicationId, null, AccessRule.Use.WRITE);
    }
}
