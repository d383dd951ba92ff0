package dev.rebound.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * An employer as one candidate knows it. Employers are matched by normalized name per candidate, so the
 * id is derived from both (a name-based UUID): "Acme Analytics, Inc." and "acme analytics" give the same id
 * for the same candidate, and no lookup table is needed to find it again.
 */
public record EmployerId(UUID value) {

    public EmployerId {
        Objects.requireNonNull(value, "employer id must not be null");
    }

    public static EmployerId forCandidate(CandidateId candidate, String employerName) {
        String key = candidate.value() + "/" + EmployerName.normalize(employerName);
        return new EmployerId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EmployerId of(UUID value) {
        return new EmployerId(value);
    }

    public static EmployerId parse(String value) {
        return new EmployerId(UUID.fromString(value));
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
