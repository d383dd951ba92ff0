package dev.rebound.api.organization;

import java.util.Set;

/**
 * In which role someone acts (docs/domain.md, "Who may see what"): a member's role in their organization, or the
 * platform admin. Every caller has one, and the access log names the one in which a candidate's data was read. Stored
 * and sent by name (events, tokens, the access log, JSON), so a name never changes.
 */
public enum Role {
    /** Manages the organization, sees everything in it, including the employer-contact audit. */
    ORG_ADMIN,
    /** Sees the candidates assigned to them who granted access. */
    COACH,
    /** A job seeker: sees and records their own data. */
    CANDIDATE,
    /** Sees the de-identified organization analytics only. */
    ANALYST,
    /**
     * The bootstrap token's holder: acts in the default organization and administers the platform. No member has
     * this role; it is nobody's role in an organization, in a token or in an identity provider's claims.
     */
    PLATFORM_ADMIN;

    /** The roles a member of an organization may have: every one but {@link #PLATFORM_ADMIN}. */
    public static final Set<Role> MEMBER_ROLES = Set.of(ORG_ADMIN, COACH, CANDIDATE, ANALYST);

    /** Whether a member may have this role. */
    public boolean isMemberRole() {
        return this != PLATFORM_ADMIN;
    }
}
