package dev.rebound.api.access;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who sends a command or query: a person signed in ({@link Caller}) or a part of Rebound acting on its own
 * ({@link SystemCaller}). Every message carries its sender in its metadata ({@link #toMetaData()}), and the access
 * policy decides on it; a message without a sender is refused.
 */
public sealed interface Sender permits Caller, SystemCaller {

    /** The metadata keys a sender is carried under: plain strings, so no serializer is involved. */
    String KIND = "rebound.sender.kind";
    String SUBJECT = "rebound.sender.subject";
    String ORGANIZATION = "rebound.sender.organization";
    String ROLE = "rebound.sender.role";
    String MEMBER = "rebound.sender.member";
    String CANDIDATE = "rebound.sender.candidate";
    String SYSTEM = "rebound.sender.system";

    /**
     * Beside the sender, for the access audit: what a request reads (its method and the endpoint or page template
     * matched, never the path as spelled) and which request it is, so a page that reads one candidate with several
     * queries is recorded once.
     */
    String RESOURCE = "rebound.resource";
    String REQUEST = "rebound.request";

    /** The organization the sender acts in; null for a system actor that is not bound to one. */
    OrganizationId organizationId();

    /** This sender as message metadata. */
    default Map<String, String> toMetaData() {
        Map<String, String> data = new HashMap<>();
        switch (this) {
            case Caller caller -> {
                data.put(KIND, "caller");
                data.put(SUBJECT, caller.subject());
                data.put(ROLE, caller.role().name());
                if (caller.memberId() != null) {
                    data.put(MEMBER, caller.memberId().value().toString());
                }
                if (caller.candidateId() != null) {
                    data.put(CANDIDATE, caller.candidateId().value().toString());
                }
            }
            case SystemCaller system -> {
                data.put(KIND, "system");
                data.put(SYSTEM, system.actor().name());
            }
        }
        if (organizationId() != null) {
            data.put(ORGANIZATION, organizationId().value().toString());
        }
        return data;
    }

    /**
     * The sender a message's metadata names; empty when it names none, or names one that cannot be read (a message
     * from outside that spells a role or an id wrongly has no sender, and is refused).
     */
    static Optional<Sender> fromMetaData(Map<String, ?> metaData) {
        try {
            Object kind = metaData.get(KIND);
            OrganizationId organization = id(metaData, ORGANIZATION) == null ? null
                    : OrganizationId.of(id(metaData, ORGANIZATION));
            if ("caller".equals(kind) && organization != null && metaData.get(ROLE) instanceof String role) {
                UUID member = id(metaData, MEMBER);
                UUID candidate = id(metaData, CANDIDATE);
                return Optional.of(new Caller(String.valueOf(metaData.get(SUBJECT)), organization, Role.valueOf(role),
                        member == null ? null : MemberId.of(member), candidate == null ? null : CandidateId.of(candidate)));
            }
            if ("system".equals(kind) && metaData.get(SYSTEM) instanceof String actor) {
                return Optional.of(new SystemCaller(SystemActor.valueOf(actor), organization));
            }
            return Optional.empty();
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static UUID id(Map<String, ?> metaData, String key) {
        return metaData.get(key) instanceof String value ? UUID.fromString(value) : null;
    }
}
