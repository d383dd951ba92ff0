package dev.rebound.api.access.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import java.util.Objects;

/**
 * Whether the sender may do what the rule says, asked before something is shown that sends no other message (a form of
 * the UI, shown empty, is a write; a live stream asks again while it is open). Answers {@code true}, or is refused by
 * the access policy like any other message.
 */
public record CheckAccess(AccessRule rule) implements Guarded {

    public CheckAccess {
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public AccessRule accessRule() {
        return rule;
    }
}
