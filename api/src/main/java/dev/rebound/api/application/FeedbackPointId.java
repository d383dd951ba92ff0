package dev.rebound.api.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** One statement in received feedback, evaluated on its own. Serialized as the bare UUID string. */
public record FeedbackPointId(UUID value) {

    public FeedbackPointId {
        Objects.requireNonNull(value, "feedback point id must not be null");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FeedbackPointId of(UUID value) {
        return new FeedbackPointId(value);
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static FeedbackPointId parse(String value) {
        return new FeedbackPointId(UUID.fromString(value));
    }

    public static FeedbackPointId random() {
        return new FeedbackPointId(UUID.randomUUID());
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
