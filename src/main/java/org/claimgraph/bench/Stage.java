package org.claimgraph.bench;

import java.util.Objects;

/**
 * One timed stage of a benchmark run.
 *
 * @param name what ran
 * @param papers papers (abstracts) processed
 * @param triples triples (quads) written, 0 where none are
 * @param nanos wall-clock time
 * @param cpuNanos CPU time of the whole process (every thread, GC and JIT included); on a shared
 *     machine it varies much less than wall-clock time with what else runs
 */
public record Stage(String name, long papers, long triples, long nanos, long cpuNanos) {
    public Stage {
        Objects.requireNonNull(name, "name");
        if (papers < 0 || triples < 0 || nanos <= 0 || cpuNanos < 0) {
            throw new IllegalArgumentException("bad stage figures: " + papers + ", " + triples + ", " + nanos
                    + ", " + cpuNanos);
        }
    }

    public double cpuSeconds() {
        return cpuNanos / 1e9;
    }

    public double seconds() {
        return nanos / 1e9;
    }

    public double papersPerSecond() {
        return papers / seconds();
    }

    public double triplesPerSecond() {
        return triples / seconds();
    }
}
