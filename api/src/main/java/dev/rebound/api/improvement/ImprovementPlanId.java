package dev.rebound.api.improvement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.rebound.api.common.CandidateId;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A candidate's improvement plan. Each candidate has exactly one, so the id is derived from the candidate's (a
 * name-based UUID) rather than equal to it: aggregates of different kinds never share a stream identifier.
 */
public record ImprovementPlanId(UUID value) {

    public ImprovementPlanId {
        Objects.requireNonNull(value, "improvement plan id must not be null");
    }

    public static ImprovementPlanId forCandidate(CandidateId candidate) {
        String key = "improvement-plan/" + candidate.value();
        return new ImprovementPlanId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ImprovementPlanId of(UUID value) {
        return new ImprovementPlanId(value);
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
