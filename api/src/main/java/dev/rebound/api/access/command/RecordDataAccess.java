package dev.rebound.api.access.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;

import java.util.List;
import java.util.Objects;

/**
 * Someone other than the candidates read their data: record it before the data is served, with the server's time.
 * One command covers a page that shows several candidates (a coach's list).
 *
 * @param readerMemberId the reader; null for the platform admin, who is no member, and for an identity provider's
 *                       admin, who may have no member record (the access log names them by their subject)
 * @param readerRole     the role in which they read: {@code PLATFORM_ADMIN}, {@code ORG_ADMIN} or {@code COACH}
 * @param resource       what was read: the method and endpoint template, never the concrete path or a query, e.g.
 *                       {@code GET /api/v1/candidates/{candidateId}/timeline}
 */
public record RecordDataAccess(
        OrganizationId organizationId,
        List<CandidateId> candidateIds,
        MemberId readerMemberId,
        Role readerRole,
        String resource) implements Guarded {

    /** The roles in which someone reads another's candidate data: a candidate reads their own, an analyst none. */
    public static final List<Role> READER_ROLES = List.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN, Role.COACH);

    public RecordDataAccess {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(readerRole, "readerRole");
        Objects.requireNonNull(resource, "resource");
        candidateIds = List.copyOf(candidateIds);
        if (!READER_ROLES.contains(readerRole)) {
            throw new IllegalArgumentException("A " + readerRole + " reads no one else's candidate data");
        }
        if (readerRole == Role.PLATFORM_ADMIN && readerMemberId != null) {
            throw new IllegalArgumentException("The platform admin is no member");
        }
    }

    /** One candidate's data was read. */
    public static RecordDataAccess of(OrganizationId organizationId, CandidateId candidateId,
                                      MemberId readerMemberId, Role readerRole, String resource) {
        return new RecordDataAccess(organizationId, List.of(candidateId), readerMemberId, readerRole, resource);
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.OwnRead(organizationId, readerMemberId);
    }
}
