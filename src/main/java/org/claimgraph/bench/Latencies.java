package org.claimgraph.bench;

import java.util.Arrays;

/**
 * Summary of a set of latencies in milliseconds: count, percentiles (nearest rank) and maximum.
 *
 * @param count measurements
 * @param p50Ms median
 * @param p99Ms 99th percentile
 * @param maxMs slowest
 */
public record Latencies(int count, double p50Ms, double p99Ms, double maxMs) {
    public Latencies {
        if (count < 0 || p50Ms < 0 || p99Ms < p50Ms || maxMs < p99Ms) {
            throw new IllegalArgumentException("not a latency summary: " + count + ", " + p50Ms + ", " + p99Ms + ", " + maxMs);
        }
    }

    /** The summary of {@code nanos} (not changed); all zero when there are none. */
    public static Latencies ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new Latencies(0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, ms(rank(sorted, 0.50)), ms(rank(sorted, 0.99)), ms(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
