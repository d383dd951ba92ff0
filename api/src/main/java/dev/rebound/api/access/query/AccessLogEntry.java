package dev.rebound.api.access.query;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;

import java.time.Instant;

/**
 * One read of a candidate's data by someone else.
 *
 * @param readAt         the server's time of the read
 * @param readerMemberId who read; null for the platform admin
 * @param readerRole     in which role: {@code PLATFORM_ADMIN}, {@code ORG_ADMIN} or {@code COACH}
 * @param resource       the method and endpoint template that was read, e.g.
 *                       {@code GET /api/v1/candidates/{candidateId}/timeline}
 * @param readerSubject  who signed in: the member id of a personal access token, the {@code sub} of an identity
 *                       provider's token (which may name no member), {@code platform-admin}; null for reads recorded
 *                       before subjects were
 */
public record AccessLogEntry(
        Instant readAt,
        MemberId readerMemberId,
        Role readerRole,
        CandidateId candidateId,
        String resource,
        String readerSubject) {
}
