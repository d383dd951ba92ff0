package dev.rebound.api.application;

/** The candidate's decision on one feedback point after the cooling-off period. */
public enum Verdict {
    ACCEPTED, PARTLY, REJECTED
}
