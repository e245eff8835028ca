package org.claimgraph.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What one benchmark run measures.
 *
 * @param input abstracts in any format claimgraph reads
 * @param threads worker threads for both the extraction pipeline and the OpenNLP baseline
 * @param limit papers to read from {@code input} at most
 * @param bulkPapers papers whose claims the loader comparison loads (the first ones of the run)
 * @param workDir folder for the temporary stores and N-Quads file; emptied at the end
 */
public record BenchSettings(Path input, int threads, long limit, int bulkPapers, Path workDir) {
    public BenchSettings {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(workDir, "workDir");
        if (threads < 1 || limit < 1 || bulkPapers < 1) {
            throw new IllegalArgumentException("threads, limit and bulk papers must be >= 1: "
                    + threads + ", " + limit + ", " + bulkPapers);
        }
    }
}
