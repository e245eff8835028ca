package org.claimgraph.eval;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Splits text into lines exactly where Python's {@code str.splitlines()} does (also at
 * {@code \v \f \x1c \x1d \x1e \x85 \u2028 \u2029}), so line numbers in warnings and the set of
 * lines that parse agree with score.py; streaming, one line at a time.
 */
final class PyLines implements Closeable {
    private final Reader in;
    private int lookahead = -2;
    private boolean first = true;

    PyLines(Reader in) {
        this.in = in;
    }

    /** The next line without its terminator, or {@code null} at the end. */
    String next() throws IOException {
        StringBuilder b = new StringBuilder();
        boolean any = false;
        while (true) {
            int c = read();
            if (c < 0) {
                return any ? b.toString() : null;
            }
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            any = true;
            if (c == '\r') {
                int n = read();
                if (n != '\n') {
                    lookahead = n;
                }
                return b.toString();
            }
            if (isBreak(c)) {
                return b.toString();
            }
            b.append((char) c);
        }
    }

    private int read() throws IOException {
        if (lookahead != -2) {
            int c = lookahead;
            lookahead = -2;
            return c;
        }
        return in.read();
    }

    private static boolean isBreak(int c) {
        return c == '\n' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
