package org.claimgraph.extract;

/** A half-open character range {@code [start, end)} in a paper's original abstract. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }
}
