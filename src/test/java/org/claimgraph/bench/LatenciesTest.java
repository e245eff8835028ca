package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {
    private static final long MS = 1_000_000L;

    @Test
    void percentilesAreNearestRankOverMilliseconds() {
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * MS).toArray();
        long[] copy = nanos.clone();
        Latencies l = Latencies.ofNanos(nanos);
        assertEquals(new Latencies(100, 50.0, 99.0, 100.0), l);
        assertArrayEquals(copy, nanos, "the input is not reordered");
    }

    @Test
    void oneOutlierMovesTheMaximumNotTheMedian() {
        Latencies l = Latencies.ofNanos(new long[] {2 * MS, 3 * MS, 1 * MS, 900 * MS});
        assertEquals(2.0, l.p50Ms());
        assertEquals(900.0, l.p99Ms());
        assertEquals(900.0, l.maxMs());
    }

    @Test
    void noMeasurementsGiveZerosAndInconsistentFiguresAreRefused() {
        assertEquals(new Latencies(0, 0, 0, 0), Latencies.ofNanos(new long[0]));
        assertThrows(IllegalArgumentException.class, () -> new Latencies(3, 5, 4, 6));
    }
}
