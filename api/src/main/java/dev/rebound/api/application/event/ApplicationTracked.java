package dev.rebound.api.application.event;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ApplicationTracked(
        ApplicationId applicationId,
        OrganizationId organizationId,
        CandidateId candidateId,
        EmployerId employerId,
        String employerName,
        String roleTitle,
        LocalDate appliedOn,
        String source,
        String jobUrl) implements CandidateEvent {
}
