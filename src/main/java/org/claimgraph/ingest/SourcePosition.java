package org.claimgraph.ingest;

import java.util.Objects;

/** Where a record came from: a file (or {@code -} for standard input) and its 1-based first line. */
public record SourcePosition(String file, long line) {
    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
