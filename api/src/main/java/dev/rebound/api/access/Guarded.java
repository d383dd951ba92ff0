package dev.rebound.api.access;

/**
 * A command or query that names what it touches. The access policy lets no message through that is not
 * {@code Guarded}.
 */
public interface Guarded {

    /** What this message touches, and how. */
    AccessRule accessRule();
}
