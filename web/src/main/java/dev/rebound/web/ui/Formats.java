package dev.rebound.web.ui;

import dev.rebound.api.catalogue.WeaknessTaxonomy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How pages write times, codes and figures for people. Every time is shown and entered in UTC, and says so, until
 * people have a time zone of their own.
 */
public final class Formats {

    public static final Formats INSTANCE = new Formats();

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** {@code 2026-11-18 09:30 UTC}; a dash for none. */
    public String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "—" : DATE.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "—" : date.toString();
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** An enum constant as words: {@code IN_PERSON} → "In person". */
    public String words(Enum<?> value) {
        if (value == null) {
            return "—";
        }
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** An event name as words: {@code RejectionReceived} → "Rejection received". */
    public String eventName(String type) {
        if (type == null || type.isEmpty()) {
            return "";
        }
        String words = type.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A weakness key for people: {@code communication.active-listening} → "Communication › Active listening". */
    public String weakness(String key) {
        return WeaknessTaxonomy.standard().find(key)
                .map(area -> area.competency().label() + " › " + area.label())
                .orElse(key);
    }

    /** A weakness's own label, without its competency: "Active listening". */
    public String weaknessLabel(String key) {
        return WeaknessTaxonomy.standard().find(key).map(area -> area.label()).orElse(key);
    }

    /** A ratio as a percentage: 0.5 → "50 %"; a dash for none. */
    public String percent(Double ratio) {
        return ratio == null ? "—" : Math.round(ratio * 100) + " %";
    }

    public String decimal(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value);
    }

    public String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    public boolean overdue(Instant dueAt) {
        return dueAt != null && dueAt.isBefore(Instant.now());
    }

    /** Now, to the minute, as a value for {@code <input type="datetime-local">} (in UTC). */
    public static LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    }

    public static LocalDate todayUtc() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A {@code datetime-local} value, read as UTC. */
    public static Instant utc(LocalDateTime dateTime) {
        return dateTime == null ? null : dateTime.toInstant(ZoneOffset.UTC);
    }
}
