package dev.rebound.api.timeline.query;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.EmployerId;

import java.time.Instant;

/** One dated fact on a candidate's timeline; {@code type} is the event's name. */
public record TimelineEntry(
        Instant occurredAt,
        Instant recordedAt,
        String type,
        EmployerId employerId,
        String employerName,
        ApplicationId applicationId,
        String summary) {
}
