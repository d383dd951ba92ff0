package dev.rebound.infra.replay;

import dev.rebound.api.admin.command.ReplayReadModel;
import dev.rebound.api.admin.query.FindReadModelStatus;
import dev.rebound.api.admin.query.FindReadModels;
import dev.rebound.api.admin.query.ReadModelList;
import dev.rebound.api.admin.query.ReadModelStatus;
import dev.rebound.api.admin.query.ReplayState;
import dev.rebound.api.common.NotFound;
import dev.rebound.api.common.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds read models from the event store, one processing group at a time, while commands and the other read
 * models keep running. A replay stops the group's processor, resets its tokens to the start of the stream (Axon calls
 * the projection's {@code @ResetHandler}, which empties its tables), starts it again and watches it until it reaches
 * the position the event store had when the replay began.
 * <p>
 * In a cluster the group's processor must not hold segments on another node, or the reset cannot claim them; the
 * replay then fails with a message saying so.
 */
public class ReadModelReplays implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelReplays.class);
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(250);
    private static final Duration LOG_INTERVAL = Duration.ofSeconds(5);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-replay");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Replay> replays = new ConcurrentHashMap<>();

    public ReadModelReplays(EventProcessingConfiguration processing, EventStore eventStore, Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** What one replay has reached; updated by the worker thread, read by queries. */
    private static final class Replay {
        volatile ReplayState state = ReplayState.STARTING;
        volatile long headPosition = -1;
        volatile Instant startedAt;
        volatile Instant finishedAt;
        volatile String error;
        volatile Instant lastLogged = Instant.MIN;
    }

    @CommandHandler
    public ReadModelStatus handle(ReplayReadModel command) {
        StreamingEventProcessor processor = processor(command.name());
        Replay replay = new Replay();
        Replay running = replays.compute(command.name(), (name, previous) ->
                previous != null && (previous.state == ReplayState.STARTING || previous.state == ReplayState.REPLAYING)
                        ? previous : replay);
        if (running != replay) {
            throw new RuleViolation("replay-running", "The read model '" + command.name()
                    + "' is being replayed already; follow its progress and ask again once it is done.");
        }
        replay.startedAt = clock.instant();
        worker.execute(() -> start(command.name(), processor, replay));
        return status(command.name(), processor, replay);
    }

    @QueryHandler
    public ReadModelStatus handle(FindReadModelStatus query) {
        return status(query.name(), processor(query.name()), replays.get(query.name()));
    }

    @QueryHandler
    public ReadModelList handle(FindReadModels query) {
        return new ReadModelList(processing.eventProcessors().keySet().stream()
                .sorted(Comparator.naturalOrder())
                .filter(name -> processing.eventProcessor(name, StreamingEventProcessor.class).isPresent())
                .map(name -> status(name, processor(name), replays.get(name)))
                .toList());
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFound("There is no read model named '" + name + "'."));
    }

    private void start(String name, StreamingEventProcessor processor, Replay replay) {
        try {
            LOG.info("Replaying read model '{}': stopping its processor", name);
            processor.shutdownAsync().get(1, TimeUnit.MINUTES);
            replay.headPosition = headPosition();
            processor.resetTokens();
            processor.start();
            replay.state = ReplayState.REPLAYING;
            LOG.info("Replaying read model '{}': {} events to handle again", name, replay.headPosition + 1);
            worker.schedule(() -> watch(name, processor, replay), WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            replay.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            replay.state = ReplayState.FAILED;
            replay.finishedAt = clock.instant();
            LOG.error("Replaying read model '{}' failed: {}", name, replay.error, e);
            if (!processor.isRunning()) {
                processor.start();
            }
        }
    }

    private void watch(String name, StreamingEventProcessor processor, Replay replay) {
        long position = position(processor);
        Instant now = clock.instant();
        if (position >= replay.headPosition && !processor.processingStatus().isEmpty()) {
            replay.state = ReplayState.DONE;
            replay.finishedAt = now;
            LOG.info("Replayed read model '{}': {} events in {}", name, replay.headPosition + 1,
                    Duration.between(replay.startedAt, now));
            return;
        }
        if (!processor.isRunning()) {
            replay.error = "its processor stopped during the replay";
            replay.state = ReplayState.FAILED;
            replay.finishedAt = now;
            return;
        }
        if (Duration.between(replay.lastLogged, now).compareTo(LOG_INTERVAL) >= 0) {
            replay.lastLogged = now;
            LOG.info("Replaying read model '{}': position {} of {} ({} events/s)", name, position,
                    replay.headPosition, Math.round(eventsPerSecond(position, replay.startedAt, now)));
        }
        worker.schedule(() -> watch(name, processor, replay), WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private ReadModelStatus status(String name, StreamingEventProcessor processor, Replay replay) {
        long position = position(processor);
        if (replay == null) {
            long head = headPosition();
            return new ReadModelStatus(name, ReplayState.LIVE, position, head, progress(position, head), 0, null,
                    null, true, null);
        }
        ReplayState state = replay.state;
        long head = state == ReplayState.STARTING ? headPosition() : replay.headPosition;
        boolean running = state == ReplayState.STARTING || state == ReplayState.REPLAYING;
        Instant until = running ? clock.instant() : replay.finishedAt;
        double rate = state == ReplayState.STARTING ? 0 : eventsPerSecond(position, replay.startedAt, until);
        return new ReadModelStatus(name, state, position, head, progress(position, head), rate, replay.startedAt,
                replay.finishedAt, !running, replay.error);
    }

    /** The lowest position over the segments this node processes; -1 before the first event. */
    private static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(current -> current.orElse(-1))
                .min().orElse(-1);
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.orElse(-1);
    }

    private static double progress(long position, long head) {
        return head <= 0 ? 1.0 : Math.min(1.0, Math.max(0, position) / (double) head);
    }

    private static double eventsPerSecond(long position, Instant since, Instant until) {
        double seconds = Duration.between(since, until).toMillis() / 1000.0;
        return seconds <= 0 || position < 0 ? 0 : (position + 1) / seconds;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
