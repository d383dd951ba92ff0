package dev.rebound.api.access;

/** In which capacity someone other than the candidate read the candidate's data. */
public enum ReaderRole {
    /** The bootstrap token's holder, acting in the default organization; has no member id. */
    PLATFORM_ADMIN,
    /** An admin of the candidate's organization. */
    ORG_ADMIN,
    /** A coach assigned to the candidate, with the candidate's consent. */
    COACH
}
