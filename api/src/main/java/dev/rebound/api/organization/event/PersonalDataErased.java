package dev.rebound.api.organization.event;

import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The candidate's personal data was erased: their key is gone, so every personal value in their events reads as
 * erased, and read models scrub what they had copied.
 */
@Revision("1")
public record PersonalDataErased(
        CandidateId candidateId,
        OrganizationId organizationId,
        Instant erasedAt) implements CandidateEvent {
}
