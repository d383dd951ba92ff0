package dev.rebound.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** One logged practice session. Serialized as the bare UUID string. */
public record PracticeSessionId(UUID value) {

    public PracticeSessionId {
        Objects.requireNonNull(value, "practice session id must not be null");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PracticeSessionId of(UUID value) {
        return new PracticeSessionId(value);
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static PracticeSessionId parse(String value) {
        return new PracticeSessionId(UUID.fromString(value));
    }

    public static PracticeSessionId random() {
        return new PracticeSessionId(UUID.randomUUID());
    }

    @JsonValue
    @Override
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
