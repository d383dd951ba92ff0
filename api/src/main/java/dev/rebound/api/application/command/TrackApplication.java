package dev.rebound.api.application.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Start following one candidate's application for one role at one employer. */
public record TrackApplication(
        @TargetAggregateIdentifier ApplicationId applicationId,
        OrganizationId organizationId,
        CandidateId candidateId,
        EmployerId employerId,
        String employerName,
        String roleTitle,
        LocalDate appliedOn,
        String source,
        String jobUrl) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.WRITE);
    }
}
