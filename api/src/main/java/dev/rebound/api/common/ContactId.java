package dev.rebound.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** One logged contact with an employer. Serialized as the bare UUID string. */
public record ContactId(UUID value) {

    public ContactId {
        Objects.requireNonNull(value, "contact id must not be null");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ContactId of(UUID value) {
        return new ContactId(value);
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static ContactId parse(String value) {
        return new ContactId(UUID.fromString(value));
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
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
