package dev.rebound.api.access.query;

import dev.rebound.api.access.ReaderRole;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.organization.MemberId;

import java.time.Instant;

/**
 * One read of a candidate's data by someone else.
 *
 * @param readAt         the server's time of the read
 * @param readerMemberId who read; null for the platform admin
 * @param resource       the method and endpoint template that was read, e.g.
 *                       {@code GET /api/v1/candidates/{candidateId}/timeline}
 */
public record AccessLogEntry(
        Instant readAt,
        MemberId readerMemberId,
        ReaderRole readerRole,
        CandidateId candidateId,
        String resource) {
}
