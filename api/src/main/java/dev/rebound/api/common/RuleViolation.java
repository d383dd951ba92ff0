package dev.rebound.api.common;

import java.io.Serial;

/**
 * A command broke a rule of the domain. The message says what to do instead, in words a person can act on;
 * the web answers it with 409 Conflict.
 */
public class RuleViolation extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String rule;

    public RuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable, machine-readable name of the rule, e.g. {@code occurred-at-in-future}. */
    public String rule() {
        return rule;
    }
}
