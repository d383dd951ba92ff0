package dev.rebound.api.improvement.event;

import dev.rebound.api.privacy.PersonalData;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.improvement.ImprovementPlanId;
import org.axonframework.serialization.Revision;

/** A weakness was judged addressed by the candidate or their coach. */
@Revision("1")
public record WeaknessMarkedAddressed(
        ImprovementPlanId planId,
        OrganizationId organizationId,
        CandidateId candidateId,
        String weakness,
        @PersonalData String note) implements CandidateEvent {
}
