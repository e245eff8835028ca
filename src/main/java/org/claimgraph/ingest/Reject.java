package org.claimgraph.ingest;

import java.util.Objects;

/** A record that could not be turned into a {@link Paper}: where it was, why, and the start of its text. */
public record Reject(SourcePosition where, String reason, String excerpt) {
    public Reject {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(reason, "reason");
        excerpt = excerpt == null ? "" : excerpt;
    }

    @Override
    public String toString() {
        return where + ": " + reason;
    }
}
