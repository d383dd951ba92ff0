package dev.rebound.api.application.event;

import dev.rebound.api.privacy.PersonalData;
import dev.rebound.api.application.Reflection;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** An interview took place, with the candidate's self-reflection. */
@Revision("1")
public record InterviewRecorded(
        ApplicationId applicationId,
        OrganizationId organizationId,
        CandidateId candidateId,
        EmployerId employerId,
        Stage stage,
        LocalDate heldOn,
        @PersonalData List<String> interviewers,
        Reflection reflection) implements CandidateEvent {
}
