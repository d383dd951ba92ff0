package dev.rebound.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;

/**
 * A latency distribution recorded from many threads (HdrHistogram, microsecond resolution, three significant digits),
 * read back as milliseconds with two decimals, which is what the results file reports.
 */
final class Latencies {

    private final ConcurrentHistogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);

    /** Records one sample, given as the {@link System#nanoTime()} difference it took. */
    void recordNanos(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMicros(nanos),
                histogram.getHighestTrackableValue())));
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** The latency at a percentile (0–100) in milliseconds, or null without samples. */
    Double percentileMs(double percentile) {
        if (histogram.getTotalCount() == 0) {
            return null;
        }
        return round2(histogram.getValueAtPercentile(percentile) / 1000.0);
    }

    /** The named percentiles ("p50" → 50.0 …) as an ordered map for the results file. */
    Map<String, Object> percentiles(String... names) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String name : names) {
            result.put(name, percentileMs(Double.parseDouble(name.substring(1))));
        }
        return result;
    }

    static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
