package org.claimgraph.bench;

import org.claimgraph.ingest.Paper;
import org.claimgraph.ingest.PaperSource;

/** The first {@code limit} papers of a source. */
final class LimitedSource implements PaperSource {
    private final PaperSource source;
    private long left;

    LimitedSource(PaperSource source, long limit) {
        this.source = source;
        this.left = limit;
    }

    @Override
    public Paper read() {
        if (left <= 0) {
            return null;
        }
        Paper p = source.read();
        if (p != null) {
            left--;
        }
        return p;
    }

    @Override
    public void close() {
        source.close();
    }
}
