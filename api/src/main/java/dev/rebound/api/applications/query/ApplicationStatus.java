package dev.rebound.api.applications.query;

/**
 * Where an application stands with the employer, from its latest outcome: a rejection and an offer are compared by
 * when they happened (occurred-at), so an offer withdrawn with a later rejection reads {@code REJECTED}.
 */
public enum ApplicationStatus {
    /** Neither a rejection nor an offer is recorded: the application is still open. */
    ACTIVE,
    /** A rejection was received, and no offer after it. */
    REJECTED,
    /** An offer was received, and no rejection after it. */
    OFFER
}
