package org.claimgraph.store;

import java.time.Duration;
import java.util.Objects;

/**
 * What one {@link ClaimStore#load} call did.
 *
 * @param papers papers loaded (a paper given twice counts twice; its graph is replaced)
 * @param claims proposal and result claims written
 * @param quads quads written into the papers' graphs
 * @param elapsed wall-clock time of the load, commits included
 */
public record LoadSummary(long papers, long claims, long quads, Duration elapsed) {
    public LoadSummary {
        Objects.requireNonNull(elapsed, "elapsed");
        if (papers < 0 || claims < 0 || quads < 0) {
            throw new IllegalArgumentException("negative count: " + papers + "/" + claims + "/" + quads);
        }
    }
}
