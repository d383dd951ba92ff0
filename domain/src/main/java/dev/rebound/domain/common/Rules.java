package dev.rebound.domain.common;

import dev.rebound.api.common.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Checks every aggregate makes before it applies an event. Each failure tells the person what to change. */
public final class Rules {

    private Rules() {
    }

    public static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("required", field + " is required and may not be blank.");
        }
        return value.strip();
    }

    public static void requirePresent(Object value, String field) {
        if (value == null) {
            throw new RuleViolation("required", field + " is required.");
        }
    }

    /** Occurred-at times come from the client; they may lie in the past but never in the future. */
    public static void requireNotInFuture(Instant occurredAt, String field, Clock clock) {
        if (occurredAt != null && occurredAt.isAfter(clock.instant())) {
            throw new RuleViolation("occurred-at-in-future",
                    field + " (" + occurredAt + ") lies in the future; give the time it actually happened.");
        }
    }

    /** A date is in the future when it has not begun anywhere on earth yet (UTC+14 is the earliest zone). */
    public static void requireNotInFuture(LocalDate occurredOn, String field, Clock clock) {
        if (occurredOn != null && occurredOn.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(14)))) {
            throw new RuleViolation("occurred-at-in-future",
                    field + " (" + occurredOn + ") lies in the future; give the date it actually happened.");
        }
    }
}
