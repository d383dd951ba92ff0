package dev.rebound.domain.common;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;

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

    public static void requireNotEmpty(Collection<?> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new RuleViolation("required", field + " needs at least one entry.");
        }
    }

    /** An optional score or amount: absent, or within its bounds. */
    public static void requireWithin(Integer value, int min, int max, String field) {
        if (value != null && (value < min || value > max)) {
            throw new RuleViolation("out-of-range",
                    field + " must be between " + min + " and " + max + ", not " + value + ".");
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

    /** Another tenant's aggregate is answered exactly like one that does not exist. */
    public static void requireSameOrganization(OrganizationId owner, OrganizationId caller, Object id, String what) {
        if (owner != null && !owner.equals(caller)) {
            throw new AggregateNotFoundException(String.valueOf(id), "No " + what + " " + id);
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
