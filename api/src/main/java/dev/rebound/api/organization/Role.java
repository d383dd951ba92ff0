package dev.rebound.api.organization;

/** What a member may do and see in their organization (API.md, "Who may read"). */
public enum Role {
    /** Manages the organization, sees everything in it, including the employer-contact audit. */
    ORG_ADMIN,
    /** Sees the candidates assigned to them who granted access. */
    COACH,
    /** A job seeker: sees and records their own data. */
    CANDIDATE,
    /** Sees the de-identified organization analytics only. */
    ANALYST
}
