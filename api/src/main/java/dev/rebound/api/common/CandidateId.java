package dev.rebound.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A job seeker in an organization. Serialized as the bare UUID string. */
public record CandidateId(UUID value) {

    public CandidateId {
        Objects.requireNonNull(value, "candidate id must not be null");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CandidateId of(UUID value) {
        return new CandidateId(value);
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static CandidateId parse(String value) {
        return new CandidateId(UUID.fromString(value));
    }

    public static CandidateId random() {
        return new CandidateId(UUID.randomUUID());
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
