package org.claimgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A one-line progress counter on stderr: records, rate and, when the total is known, the share done
 * and the time left. Redrawn at most twice a second and only when stderr is a terminal, so logs,
 * pipes and CI output stay clean.
 *
 * <p>Design decision: the total is estimated by counting the lines of JSON Lines inputs up front
 * (about a second per gigabyte), and only when the line will be shown. Other formats give no
 * total; their line shows records and rate only.
 */
final class Progress {
    private static final long REDRAW_NANOS = 500_000_000L;
    private final PrintWriter err;
    private final String what;
    private final String unit;
    private final boolean live;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private long count;

    Progress(PrintWriter err, String what) {
        this(err, what, List.of());
    }

    /** A counter of papers read from {@code inputs}; the total comes from {@link #estimateTotal(List)}. */
    Progress(PrintWriter err, String what, List<String> inputs) {
        this(err, what, "papers", System.console() != null ? estimateTotal(inputs) : 0);
    }

    /** A counter of {@code unit} (plural noun) out of a known {@code total} (0 when unknown). */
    Progress(PrintWriter err, String what, String unit, long total) {
        this.err = err;
        this.what = what;
        this.unit = unit;
        this.live = System.console() != null;
        this.total = total;
    }

    void step() {
        count++;
        if (!live) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw > REDRAW_NANOS) {
            lastDraw = now;
            err.print("\r" + line(what, count, total, unit, (now - startNanos) / 1e9) + "   ");
            err.flush();
        }
    }

    void done() {
        if (live && count > 0) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    /**
     * The progress line: "loading 1,200 papers (400/s)" without a total, "loading 1,200 of 10,000
     * papers (12.0%, 400/s, 22s left)" with one.
     */
    static String line(String what, long count, long total, double seconds) {
        return line(what, count, total, "papers", seconds);
    }

    static String line(String what, long count, long total, String unit, double seconds) {
        double rate = seconds > 0 ? count / seconds : 0;
        if (total <= 0) {
            return String.format(Locale.ROOT, "%s %,d %s (%,.0f/s)", what, count, unit, rate);
        }
        String left = rate > 0 && count < total ? duration((total - count) / rate) + " left" : "ETA unknown";
        if (count >= total) {
            left = "finishing";
        }
        return String.format(Locale.ROOT, "%s %,d of %,d %s (%.1f%%, %,.0f/s, %s)", what, count, total, unit,
                Math.min(100.0, 100.0 * count / total), rate, left);
    }

    /** "42s", "7m 05s", "2h 03m". */
    static String duration(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
    }

    /**
     * Records in {@code inputs} when all are JSON Lines files (one record a line, blank lines not
     * counted), else 0 (unknown).
     */
    static long estimateTotal(List<String> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            return 0;
        }
        long total = 0;
        for (String input : inputs) {
            String name = input.toLowerCase(Locale.ROOT);
            Path file = Path.of(input);
            if (!(name.endsWith(".jsonl") || name.endsWith(".ndjson")) || !Files.isRegularFile(file)) {
                return 0;
            }
            try {
                total += nonBlankLines(file);
            } catch (IOException e) {
                return 0;
            }
        }
        return total;
    }

    private static long nonBlankLines(Path file) throws IOException {
        long lines = 0;
        boolean content = false;
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        if (content) {
                            lines++;
                        }
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        }
        return content ? lines + 1 : lines;
    }
}
