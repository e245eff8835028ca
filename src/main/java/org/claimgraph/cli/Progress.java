package org.claimgraph.cli;

import java.io.PrintWriter;

/**
 * A one-line progress counter on stderr, redrawn at most twice a second and only when stderr is a
 * terminal (so logs and CI output stay clean).
 */
final class Progress {
    private final PrintWriter err;
    private final String what;
    private final boolean live;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private long count;

    Progress(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
        this.live = System.console() != null;
    }

    void step() {
        count++;
        if (!live) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw > 500_000_000L) {
            lastDraw = now;
            err.printf("\r%s %,d papers (%,.0f/s)   ", what, count, rate(now));
            err.flush();
        }
    }

    void done() {
        if (live && count > 0) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    private double rate(long now) {
        double s = (now - startNanos) / 1e9;
        return s > 0 ? count / s : 0;
    }
}
