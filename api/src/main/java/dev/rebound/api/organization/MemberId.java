package dev.rebound.api.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A person in an organization: an org admin, a coach, a candidate or an analyst. Serialized as the bare UUID string. */
public record MemberId(UUID value) {

    public MemberId {
        Objects.requireNonNull(value, "member id must not be null");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MemberId of(UUID value) {
        return new MemberId(value);
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static MemberId parse(String value) {
        return new MemberId(UUID.fromString(value));
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID());
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
