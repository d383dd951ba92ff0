package dev.rebound.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** One candidate's pursuit of one role at one employer. Serialized as the bare UUID string. */
public record ApplicationId(UUID value) {

    public ApplicationId {
        Objects.requireNonNull(value, "application id must not be null");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ApplicationId of(UUID value) {
        return new ApplicationId(value);
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static ApplicationId parse(String value) {
        return new ApplicationId(UUID.fromString(value));
    }

    public static ApplicationId random() {
        return new ApplicationId(UUID.randomUUID());
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
