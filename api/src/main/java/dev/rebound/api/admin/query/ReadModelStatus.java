package dev.rebound.api.admin.query;

import java.time.Instant;

/**
 * A read model's progress through the event stream.
 *
 * @param position        the global position it has handled (the lowest over its segments); -1 before the first
 * @param headPosition    the event store's newest position (while replaying: the one it had when the replay began)
 * @param progress        position ÷ head position, 0..1 (1 when there is nothing to handle)
 * @param eventsPerSecond events handled per second since the replay began; 0 when not replaying
 * @param done            no replay is running
 * @param error           why the latest replay failed, or null
 */
public record ReadModelStatus(
        String name,
        ReplayState state,
        long position,
        long headPosition,
        double progress,
        double eventsPerSecond,
        Instant startedAt,
        Instant finishedAt,
        boolean done,
        String error) {
}
