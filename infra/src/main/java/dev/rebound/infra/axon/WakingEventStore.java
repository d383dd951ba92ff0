package dev.rebound.infra.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.monitoring.MessageMonitor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Axon's embedded event store, with streams that tell the streaming processors at once when new events can be read.
 *
 * <p>The embedded store already has one producer thread that reads new events from storage into a cache the
 * processors' streams tail; it reads when an event was committed in this JVM (and every {@code fetchDelay}
 * otherwise). But a pooled streaming processor never waits on its stream: its coordinator asks "anything new?"
 * without blocking and, when the stream cannot call back, asks again 500 ms later. So an event sat in the cache for
 * 250 ms on average before a projection saw it. Here every stream supports the call-back: when the producer reads an
 * event from storage, every open stream's coordinator is scheduled at once. Nothing about what is read changes (same
 * storage engine, same gap-aware tokens and gap timeout); only when it is read.
 *
 * <p>Across nodes, events of another node are read on the producer's {@code fetchDelay}. The hooks for doing better
 * are here, not yet wired (decision 0016): {@link #prepareCommit} runs {@code onAppend} in the appending transaction
 * (for a PostgreSQL {@code NOTIFY}, delivered only if that transaction commits), and {@link #fetchNow()} makes the
 * producer read at once (for the listener on the other nodes). A lost notice would cost latency, never events.
 */
public final class WakingEventStore extends EmbeddedEventStore {

    /**
     * How long a woken stream waits for the producer to put the event it announced into the cache. The producer
     * announces an event just before it appends it, so this is a bound for a preempted thread, not a delay.
     */
    private static final long WAKE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final int WAIT_SLICE_MILLIS = 5;

    private final Streams streams;
    private final Consumer<List<? extends EventMessage<?>>> onAppend;

    private WakingEventStore(Builder builder, Streams streams, Consumer<List<? extends EventMessage<?>>> onAppend) {
        super(builder);
        this.streams = streams;
        this.onAppend = onAppend;
    }

    /**
     * @param storageEngine    where events are stored
     * @param fetchDelayMillis how often the producer reads storage when nothing tells it to (events of other nodes
     *                         whose notice was lost)
     * @param onAppend         runs in the appending transaction after the events were appended (tells other nodes)
     */
    public static WakingEventStore create(EventStorageEngine storageEngine,
                                          MessageMonitor<? super EventMessage<?>> messageMonitor,
                                          EventBusSpanFactory spanFactory, long fetchDelayMillis,
                                          Consumer<List<? extends EventMessage<?>>> onAppend) {
        Streams streams = new Streams();
        Builder builder = EmbeddedEventStore.builder()
                .storageEngine(new ProducerWatchingEngine(storageEngine, streams))
                .messageMonitor(messageMonitor)
                .spanFactory(spanFactory)
                .fetchDelay(fetchDelayMillis);
        return new WakingEventStore(builder, streams, onAppend);
    }

    /** Makes the producer read storage now: another node committed events. */
    public void fetchNow() {
        super.afterCommit(List.of());
    }

    @Override
    protected void prepareCommit(List<? extends EventMessage<?>> events) {
        super.prepareCommit(events);
        if (!events.isEmpty()) {
            onAppend.accept(events);
        }
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        WakingStream stream = new WakingStream(super.openStream(trackingToken), streams);
        streams.open.add(stream);
        return stream;
    }

    /** The open streams; the producer wakes them all. */
    private static final class Streams {

        private final Set<WakingStream> open = ConcurrentHashMap.newKeySet();

        void eventFetched() {
            open.forEach(WakingStream::wake);
        }
    }

    /**
     * A processor's stream that calls back when the producer fetched an event. After a wake-up, a look for events
     * waits briefly for the producer to finish appending it, so that a coordinator woken a moment too early does not
     * conclude there is nothing and go idle.
     */
    private static final class WakingStream implements TrackingEventStream {

        private final TrackingEventStream delegate;
        private final Streams streams;
        private volatile Runnable callback;
        private volatile long wokenAt = System.nanoTime() - WAKE_WAIT_NANOS;

        WakingStream(TrackingEventStream delegate, Streams streams) {
            this.delegate = delegate;
            this.streams = streams;
        }

        void wake() {
            wokenAt = System.nanoTime();
            Runnable registered = callback;
            if (registered != null) {
                registered.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            return true;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (delegate.hasNextAvailable(timeout, unit)) {
                return true;
            }
            while (System.nanoTime() - wokenAt < WAKE_WAIT_NANOS) {
                if (delegate.hasNextAvailable(WAIT_SLICE_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return hasNextAvailable() ? delegate.peek() : Optional.empty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            streams.open.remove(this);
            callback = null;
            delegate.close();
        }
    }

    /**
     * The storage engine as the store's producer sees it: the producer is the only reader of a blocking tracked
     * stream ({@code mayBlock}), so each event it reads wakes the streams. Everything else passes through.
     */
    private record ProducerWatchingEngine(EventStorageEngine delegate, Streams streams) implements EventStorageEngine {

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            Stream<? extends TrackedEventMessage<?>> events = delegate.readEvents(trackingToken, mayBlock);
            return mayBlock ? events.peek(event -> streams.eventFetched()) : events;
        }

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            delegate.appendEvents(events);
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            delegate.storeSnapshot(snapshot);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier) {
            return delegate.readEvents(aggregateIdentifier);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return delegate.readSnapshot(aggregateIdentifier);
        }

        @Override
        public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
            return delegate.lastSequenceNumberFor(aggregateIdentifier);
        }

        @Override
        public TrackingToken createTailToken() {
            return delegate.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return delegate.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return delegate.createTokenAt(dateTime);
        }
    }
}
