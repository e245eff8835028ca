package org.claimgraph.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one benchmark run: a table for people and one JSON object for scripts.
 *
 * @param threads worker threads used
 * @param cores processors the JVM saw
 * @param stages in order: OpenNLP baseline, extraction alone, extraction and load, bulk load, TDB2 parallel loader
 *     (the last two: fastest of a few rounds)
 * @param liveHeapBytes largest heap left after a collection during extraction and load (see {@link HeapPeak})
 * @param usedHeapBytes heap high-water mark during extraction and load, garbage included
 * @param maxHeapBytes the JVM's heap limit
 * @param rejects records of the input that could not be used
 * @param loadBefore system load average when the run started (other work on the machine)
 * @param loadAfter system load average when it ended
 */
public record BenchReport(int threads, int cores, List<Stage> stages, long liveHeapBytes, long usedHeapBytes,
                          long maxHeapBytes,
                          long rejects, double loadBefore, double loadAfter) {
    private static final double MB = 1024.0 * 1024.0;

    public BenchReport {
        stages = List.copyOf(stages);
        if (stages.size() != 5) {
            throw new IllegalArgumentException("expected 5 stages, got " + stages.size());
        }
        stages.forEach(Objects::requireNonNull);
    }

    public Stage opennlp() {
        return stages.get(0);
    }

    public Stage extractOnly() {
        return stages.get(1);
    }

    public Stage extractAndLoad() {
        return stages.get(2);
    }

    public Stage bulkLoad() {
        return stages.get(3);
    }

    public Stage tdb2Parallel() {
        return stages.get(4);
    }

    /** End-to-end time over the OpenNLP baseline's time for the same text (below 1: faster than tagging). */
    public double timeRatioVsPos() {
        return extractAndLoad().seconds() / opennlp().seconds();
    }

    /** As {@link #timeRatioVsPos()} in process CPU time, which other work on the machine disturbs less. */
    public double cpuRatioVsPos() {
        return extractAndLoad().cpuSeconds() / opennlp().cpuSeconds();
    }

    /** A fixed-width table, one row per stage. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-32s %9s %9s %9s %10s %12s %12s%n",
                "stage", "papers", "seconds", "cpu s", "papers/s", "triples", "triples/s"));
        for (Stage s : stages) {
            sb.append(String.format(Locale.ROOT, "%-32s %9s %9.1f %9.1f %10s %12s %12s%n", s.name(),
                    s.papers() == 0 ? "-" : String.format(Locale.ROOT, "%,d", s.papers()), s.seconds(), s.cpuSeconds(),
                    s.papers() == 0 ? "-" : String.format(Locale.ROOT, "%,.0f", s.papersPerSecond()),
                    s.triples() == 0 ? "-" : String.format(Locale.ROOT, "%,d", s.triples()),
                    s.triples() == 0 ? "-" : String.format(Locale.ROOT, "%,.0f", s.triplesPerSecond())));
        }
        sb.append(String.format(Locale.ROOT, "threads %d of %d cores; end-to-end time / OpenNLP time = %.2f (CPU time %.2f); "
                        + "bulk / parallel loader = %.2f; heap after GC at most %.0f MB (%.0f MB with garbage) of %.0f MB; "
                        + "load average %.1f -> %.1f%n",
                threads, cores, timeRatioVsPos(), cpuRatioVsPos(), bulkLoad().triplesPerSecond() / tdb2Parallel().triplesPerSecond(),
                liveHeapBytes / MB, usedHeapBytes / MB, maxHeapBytes / MB, loadBefore, loadAfter));
        return sb.toString();
    }

    /** The figures as one line of JSON, keys in snake case. */
    public String json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("abstracts", extractAndLoad().papers());
        m.put("threads", threads);
        m.put("cores", cores);
        m.put("rejects", rejects);
        m.put("extract_load_abstracts_per_s", round(extractAndLoad().papersPerSecond()));
        m.put("extract_load_seconds", round(extractAndLoad().seconds()));
        m.put("extract_only_abstracts_per_s", round(extractOnly().papersPerSecond()));
        m.put("opennlp_pos_abstracts_per_s", round(opennlp().papersPerSecond()));
        m.put("opennlp_pos_seconds", round(opennlp().seconds()));
        m.put("time_ratio_vs_pos", round(timeRatioVsPos()));
        m.put("cpu_ratio_vs_pos", round(cpuRatioVsPos()));
        m.put("extract_load_cpu_seconds", round(extractAndLoad().cpuSeconds()));
        m.put("opennlp_pos_cpu_seconds", round(opennlp().cpuSeconds()));
        m.put("triples", extractAndLoad().triples());
        m.put("peak_heap_mb", Math.round(liveHeapBytes / MB));
        m.put("peak_heap_used_mb", Math.round(usedHeapBytes / MB));
        m.put("max_heap_mb", Math.round(maxHeapBytes / MB));
        m.put("bulk_papers", bulkLoad().papers());
        m.put("bulk_triples", bulkLoad().triples());
        m.put("bulk_triples_per_s", Math.round(bulkLoad().triplesPerSecond()));
        m.put("tdb2_parallel_triples_per_s", Math.round(tdb2Parallel().triplesPerSecond()));
        m.put("bulk_vs_parallel", round(bulkLoad().triplesPerSecond() / tdb2Parallel().triplesPerSecond()));
        m.put("bulk_triples_per_cpu_s", Math.round(bulkLoad().triples() / bulkLoad().cpuSeconds()));
        m.put("tdb2_parallel_triples_per_cpu_s", Math.round(tdb2Parallel().triples() / tdb2Parallel().cpuSeconds()));
        m.put("load_average_before", round(loadBefore));
        m.put("load_average_after", round(loadAfter));
        return JsonLine.of(m);
    }

    private static double round(double x) {
        return JsonLine.round(x);
    }
}
