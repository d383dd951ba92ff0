package dev.rebound.api.improvement;

/** Where a candidate stands with a weakness (docs/domain.md, "Definitions the figures follow"). */
public enum WeaknessStatus {
    /** Mentioned, and nothing done about it since. */
    OPEN,
    /** Practice targeting it was logged after its last mention. */
    IMPROVING,
    /** Marked so by the candidate or coach, or left out of the three evaluations after its last mention. */
    ADDRESSED
}
