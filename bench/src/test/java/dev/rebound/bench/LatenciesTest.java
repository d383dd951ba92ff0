package dev.rebound.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The percentiles the results file reports are read in milliseconds from samples recorded in nanoseconds. */
class LatenciesTest {

    @Test
    void percentilesComeBackInMillisecondsWithinTheHistogramsPrecision() {
        Latencies latencies = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            latencies.recordNanos(TimeUnit.MILLISECONDS.toNanos(ms));
        }

        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.percentileMs(50)).isCloseTo(50.0, within(0.1));
        assertThat(latencies.percentileMs(99)).isCloseTo(99.0, within(0.1));
        assertThat(latencies.percentiles("p50", "p95")).containsOnlyKeys("p50", "p95");
    }

    @Test
    void noSamplesGiveNoFigureRatherThanZero() {
        assertThat(new Latencies().percentileMs(50)).isNull();
    }
}
