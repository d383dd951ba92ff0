package dev.rebound.web.limits;

import dev.rebound.web.WebProperties;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CallerBucketsTest {

    /** A clock the test moves. */
    private static final class Clock implements TimeMeter {

        private long nanos = 1_000;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    private final Clock clock = new Clock();
    // two at once, then two a minute: one every 30 s, full again 60 s after it was empty
    private final CallerBuckets buckets = new CallerBuckets(new WebProperties.RateLimit(true, 2, 2), clock);

    @Test
    void aCallerGetsTheCapacityAtOnceThenWaitsForTheRefill() {
        assertThat(buckets.take("ann").isConsumed()).isTrue();
        assertThat(buckets.take("ann").getRemainingTokens()).isZero();

        ConsumptionProbe refused = buckets.take("ann");

        assertThat(refused.isConsumed()).isFalse();
        assertThat(Duration.ofNanos(refused.getNanosToWaitForRefill())).isEqualTo(Duration.ofSeconds(30));
        assertThat(buckets.take("bea").isConsumed()).as("another caller").isTrue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(buckets.take("ann").isConsumed()).isTrue();
        assertThat(buckets.take("ann").isConsumed()).isFalse();
    }

    @Test
    void bucketsLeftAloneUntilFullAreDropped() {
        buckets.take("ann");
        buckets.take("bea");
        clock.advance(Duration.ofSeconds(30));
        buckets.take("bea");
        assertThat(buckets.size()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(31));
        buckets.take("cid");

        assertThat(buckets.size()).as("ann's bucket is full again, so it is gone").isEqualTo(2);
        assertThat(buckets.take("ann").getRemainingTokens()).as("a new bucket is as good as the old one").isEqualTo(1);
    }
}
