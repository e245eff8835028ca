package org.claimgraph.store;

/**
 * When a load commits: after {@code papers} papers or {@code quads} quads, whichever comes first.
 * TDB2 grows with every commit (each write transaction leaves a new generation of B+tree blocks),
 * so commits are large; a failure loses at most one batch.
 */
public record Batching(int papers, long quads) {
    /** 1,000 papers or 50,000 quads. */
    public static final Batching DEFAULT = new Batching(1_000, 50_000);

    public Batching {
        if (papers < 1 || quads < 1) {
            throw new IllegalArgumentException("batch limits must be >= 1: " + papers + " papers, " + quads + " quads");
        }
    }
}
