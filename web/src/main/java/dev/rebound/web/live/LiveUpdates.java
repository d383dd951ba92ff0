package dev.rebound.web.live;

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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Server-sent events from an Axon subscription query: first the current answer as one event, then every update as
 * it happens, in that order. A stream ends when the client goes away, after {@link #TIMEOUT} (clients such as
 * {@code EventSource} reconnect by themselves), or when the server shuts down: open streams are ended first, so
 * they never hold up a graceful shutdown.
 */
@Component
public class LiveUpdates implements SmartLifecycle {

    public static final Duration TIMEOUT = Duration.ofMinutes(30);

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    public <I, U> SseEmitter stream(SubscriptionQueryResult<I, U> subscription, String initialEvent,
                                    String updateEvent) {
        return stream(subscription, initialEvent, Function.identity(), updateEvent, Function.identity());
    }

    /**
     * The same, with each answer and update turned into what is sent first, e.g. HTML for a page to show as it is.
     */
    public <I, U> SseEmitter stream(SubscriptionQueryResult<I, U> subscription,
                                    String initialEvent, Function<? super I, ?> initialData,
                                    String updateEvent, Function<? super U, ?> updateData) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Flux<SseEmitter.SseEventBuilder> events = Flux.concat(
                subscription.initialResult().map(initial ->
                        SseEmitter.event().name(initialEvent).data(initialData.apply(initial))),
                subscription.updates().map(update ->
                        SseEmitter.event().name(updateEvent).data(updateData.apply(update))));
        Disposable sending = events.subscribe(event -> send(emitter, event), emitter::completeWithError,
                emitter::complete);
        Runnable stop = () -> {
            open.remove(emitter);
            sending.dispose();
            subscription.cancel();
        };
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(failure -> stop.run());
        open.add(emitter);
        return emitter;
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            // the client went away; onError/onCompletion cancel the subscription
            LOG.debug("A live-update client went away: {}", gone.getMessage());
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        open.forEach(SseEmitter::complete);
        open.clear();
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
}
