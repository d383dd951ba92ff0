package dev.rebound.projections;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Feeds events to a projection through Axon's own annotation handling (the parameter resolvers and reset handler a
 * processor uses), without a processor. Each event gets its own id, kept so that it can be delivered again.
 */
public final class EventFeed {

    /** When every fed event counts as recorded. */
    public static final Instant RECORDED_AT = Instant.parse("2026-06-01T00:00:00Z");

    private final AnnotationEventHandlerAdapter projection;
    private final List<EventMessage<?>> delivered = new ArrayList<>();

    public EventFeed(Object projection) {
        this.projection = new AnnotationEventHandlerAdapter(projection);
    }

    /** Delivers each event once, as a new message. */
    public void deliver(Object... events) {
        for (Object event : events) {
            EventMessage<?> message = new GenericEventMessage<>(UUID.randomUUID().toString(), event, Map.of(),
                    RECORDED_AT);
            handle(message);
            delivered.add(message);
        }
    }

    /** Delivers every event delivered so far once more, in the same order and with the same ids. */
    public void redeliverAll() {
        List.copyOf(delivered).forEach(this::handle);
    }

    /**
     * Delivers the events as a processor does during a replay: tracked messages behind a reset, each in its own unit
     * of work.
     */
    public void replay(Object... events) {
        TrackingToken tokenAtReset = new GlobalSequenceTrackingToken(Long.MAX_VALUE - 1);
        long position = 0;
        for (Object event : events) {
            TrackingToken token = new ReplayToken(tokenAtReset).advancedTo(new GlobalSequenceTrackingToken(position++));
            EventMessage<?> message = new GenericTrackedEventMessage<>(token,
                    new GenericEventMessage<>(UUID.randomUUID().toString(), event, Map.of(), RECORDED_AT));
            DefaultUnitOfWork.startAndGet(message).execute(() -> handle(message));
        }
    }

    /** What a processor does before a replay: calls the projection's reset handler. */
    public void reset() {
        projection.prepareReset();
    }

    private void handle(EventMessage<?> message) {
        try {
            projection.handle(message);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
