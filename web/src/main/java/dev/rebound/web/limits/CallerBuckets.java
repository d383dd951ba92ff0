package dev.rebound.web.limits;

import dev.rebound.web.WebProperties;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One token bucket per caller, in memory. A bucket left alone for as long as it takes to fill up from empty is full
 * again, exactly like a new one, so it is dropped then: the map holds only the callers of the last such period (a
 * minute with the defaults), however many callers there are over time.
 */
final class CallerBuckets {

    private final ConcurrentMap<String, Entry> buckets = new ConcurrentHashMap<>();
    private final WebProperties.RateLimit limit;
    private final TimeMeter clock;
    private final long fillNanos;
    private final AtomicLong nextSweep;

    CallerBuckets(WebProperties.RateLimit limit, TimeMeter clock) {
        this.limit = limit;
        this.clock = clock;
        double fill = Math.ceil((double) Duration.ofMinutes(1).toNanos() * limit.capacity() / limit.refillPerMinute());
        this.fillNanos = fill >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, (long) fill);
        this.nextSweep = new AtomicLong(clock.currentTimeNanos() + fillNanos);
    }

    /** Takes one call from the caller's bucket, or answers how long until one is there. */
    ConsumptionProbe take(String caller) {
        long now = clock.currentTimeNanos();
        dropFullBuckets(now);
        Entry entry = buckets.computeIfAbsent(caller, key -> new Entry(Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                        .refillGreedy(limit.refillPerMinute(), Duration.ofMinutes(1)))
                .withCustomTimePrecision(clock)
                .build()));
        entry.lastUsed = now;
        return entry.bucket.tryConsumeAndReturnRemaining(1);
    }

    /** How many callers have a bucket now. */
    int size() {
        return buckets.size();
    }

    /** At most once per fill period, one pass over the map: cheap, and no thread of its own. */
    private void dropFullBuckets(long now) {
        long due = nextSweep.get();
        if (now - due >= 0 && nextSweep.compareAndSet(due, now + fillNanos)) {
            buckets.values().removeIf(entry -> now - entry.lastUsed >= fillNanos);
        }
    }

    private static final class Entry {

        private final Bucket bucket;
        private volatile long lastUsed;

        private Entry(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
