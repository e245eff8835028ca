package org.claimgraph.bench;

/**
 * What one leaderboard benchmark measures.
 *
 * @param benchmarks how many different benchmarks to query: those with the most reported results
 * @param rounds measured passes over all benchmarks in process, after one warm-up pass
 * @param clients concurrent HTTP clients against the served store (0: no HTTP stage)
 * @param seconds how long the HTTP clients run, after a warm-up of the same length capped at 10 s
 * @param limit rows per leaderboard (the top-N a page shows)
 */
public record QueryBenchSettings(int benchmarks, int rounds, int clients, double seconds, int limit) {
    public QueryBenchSettings {
        if (benchmarks < 1 || rounds < 1 || clients < 0 || limit < 1 || !(seconds > 0)) {
            throw new IllegalArgumentException("benchmarks, rounds and limit must be >= 1, clients >= 0, seconds > 0: "
                    + benchmarks + ", " + rounds + ", " + clients + ", " + seconds + ", " + limit);
        }
    }
}
