package dev.rebound.web.live;

import dev.rebound.api.access.Caller;
import dev.rebound.api.common.CandidateId;
import dev.rebound.web.WebProperties;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Server-sent events from an Axon subscription query: first the current answer as one event, then every update as
 * it happens, in that order. A stream ends when the client goes away, after {@link #TIMEOUT} (clients such as
 * {@code EventSource} reconnect by themselves), or when the server shuts down: open streams are ended first, so
 * they never hold up a graceful shutdown.
 *
 * <p>Each stream holds a connection and a subscription, so a caller (whom a token or session stands for, as the rate
 * limit counts them) may have at most {@code rebound.live.max-streams-per-caller} open at once; the next is refused
 * with a 429 ({@link TooManyStreams}) before anything is subscribed. A stream frees its slot however it ends. Every
 * {@code rebound.live.check-interval} each open stream is checked: a comment line goes out, so a client that went away
 * is noticed even when nothing happens on its stream (a write is the only way to notice), and its caller's access to
 * the candidate is asked again ({@link StreamAccess}), so a coach's stream ends within seconds of the candidate
 * revoking their consent.
 */
@Component
public class LiveUpdates implements SmartLifecycle {

    public static final Duration TIMEOUT = Duration.ofMinutes(30);

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<SseEmitter, OpenStream> open = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Integer> perCaller = new ConcurrentHashMap<>();
    private final WebProperties.Live limits;
    private final StreamAccess access;
    private volatile ScheduledExecutorService checks;
    private volatile boolean running;

    LiveUpdates(WebProperties properties, StreamAccess access) {
        this.limits = properties.live();
        this.access = access;
    }

    /** A live stream of the caller's on a candidate's data; the subscription is made only once a slot is free. */
    public <I, U> SseEmitter stream(Caller caller, CandidateId candidate,
                                    Supplier<SubscriptionQueryResult<I, U>> subscription, String initialEvent,
                                    String updateEvent) {
        return stream(caller, candidate, subscription, initialEvent, Function.identity(), updateEvent,
                Function.identity());
    }

    /**
     * The same, with each answer and update turned into what is sent first, e.g. HTML for a page to show as it is.
     */
    public <I, U> SseEmitter stream(Caller caller, CandidateId candidate,
                                    Supplier<SubscriptionQueryResult<I, U>> subscribe,
                                    String initialEvent, Function<? super I, ?> initialData,
                                    String updateEvent, Function<? super U, ?> updateData) {
        if (!takeSlot(caller.subject())) {
            throw new TooManyStreams(limits.maxStreamsPerCaller());
        }
        SubscriptionQueryResult<I, U> subscription;
        try {
            subscription = subscribe.get();
        } catch (RuntimeException failed) {
            freeSlot(caller.subject());
            throw failed;
        }
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Flux<SseEmitter.SseEventBuilder> events = Flux.concat(
                subscription.initialResult().map(initial ->
                        SseEmitter.event().name(initialEvent).data(initialData.apply(initial))),
                subscription.updates().map(update ->
                        SseEmitter.event().name(updateEvent).data(updateData.apply(update))));
        Disposable sending = events.subscribe(event -> send(emitter, event), emitter::completeWithError,
                emitter::complete);
        OpenStream stream = new OpenStream(caller, candidate, emitter, () -> {
            open.remove(emitter);
            freeSlot(caller.subject());
            sending.dispose();
            subscription.cancel();
        });
        emitter.onCompletion(stream::stop);
        emitter.onTimeout(stream::stop);
        emitter.onError(failure -> stream.stop());
        open.put(emitter, stream);
        return emitter;
    }

    /** How many live streams are open now, of everyone. */
    int openStreams() {
        return open.size();
    }

    private boolean takeSlot(String caller) {
        AtomicBoolean taken = new AtomicBoolean();
        perCaller.compute(caller, (key, streams) -> {
            int now = streams == null ? 0 : streams;
            if (now >= limits.maxStreamsPerCaller()) {
                return streams;
            }
            taken.set(true);
            return now + 1;
        });
        return taken.get();
    }

    private void freeSlot(String caller) {
        perCaller.computeIfPresent(caller, (key, streams) -> streams <= 1 ? null : streams - 1);
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            // the client went away; onError/onCompletion cancel the subscription
            LOG.debug("A live-update client went away: {}", gone.getMessage());
        }
    }

    /**
     * One round of checks over the open streams: a comment line to each (a client that went away fails it, and its
     * stream is stopped at once), and the access of each stream's caller, asked once per caller and candidate.
     */
    void check() {
        List<OpenStream> streams = List.copyOf(open.values());
        Map<List<Object>, Boolean> visible = new HashMap<>();
        for (OpenStream stream : streams) {
            try {
                stream.emitter().send(SseEmitter.event().comment("alive"));
            } catch (IOException | IllegalStateException gone) {
                LOG.debug("A live-update client went away: {}", gone.getMessage());
                stream.stop();
                continue;
            }
            boolean stillVisible = visible.computeIfAbsent(List.of(stream.caller(), stream.candidate()),
                    key -> access.stillVisible(stream.caller(), stream.candidate()));
            if (!stillVisible) {
                LOG.info("A live stream of {} on candidate {} ends: they may no longer see the candidate",
                        stream.caller().subject(), stream.candidate());
                stream.emitter().complete();
                stream.stop();
            }
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "live-stream-checks");
            thread.setDaemon(true);
            return thread;
        });
        long interval = limits.checkInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                check();
            } catch (RuntimeException failed) {
                LOG.warn("A round of live-stream checks failed", failed);
            }
        }, interval, interval, TimeUnit.MILLISECONDS);
        checks = scheduler;
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService scheduler = checks;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        open.keySet().forEach(SseEmitter::complete);
        open.clear();
        perCaller.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops first: before the web server waits for open requests to finish. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /**
     * An open stream: whose, on which candidate, and how to stop it
     * (exactly once, however often asked).
     */
    private record OpenStream(Caller caller, CandidateId candidate, SseEmitter emitter, AtomicBoolean stopped,
                              Runnable cleanUp) {

        OpenStream(Caller caller, CandidateId candidate, SseEmitter emitter, Runnable cleanUp) {
            this(caller, candidate, emitter, new AtomicBoolean(), cleanUp);
        }

        void stop() {
            if (stopped.compareAndSet(false, true)) {
                cleanUp.run();
            }
        }
    }
}
