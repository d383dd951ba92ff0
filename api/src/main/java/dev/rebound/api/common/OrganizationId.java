package dev.rebound.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** The tenant: a coaching organization, or a personal space for a lone job seeker. Serialized as the bare UUID string. */
public record OrganizationId(UUID value) {

    public OrganizationId {
        Objects.requireNonNull(value, "organization id must not be null");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OrganizationId of(UUID value) {
        return new OrganizationId(value);
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static OrganizationId parse(String value) {
        return new OrganizationId(UUID.fromString(value));
    }

    public static OrganizationId random() {
        return new OrganizationId(UUID.randomUUID());
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
