package dev.rebound.api.tone.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

/**
 * Checks a text for blaming, hostile, defensive or demanding tone, as {@link ToneWarnings}; nothing is recorded. The
 * same check runs when an outbound message or an own feedback question is recorded, so a preview shows exactly the
 * warnings that will be recorded with it.
 */
public record CheckTone(String text) implements Guarded {

    /** The longest text checked: that of an employer-contact message. */
    public static final int MAX_LENGTH = 10_000;

    public CheckTone {
        text = text == null ? "" : text;
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("text must be at most " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.Everyone();
    }
}
