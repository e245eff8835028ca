package org.claimgraph.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Splits a byte stream into numbered lines and decodes each one as strict UTF-8 on its own.
 *
 * <p>Design decision: decoding per line instead of through one {@code Reader} means a stray
 * Latin-1 byte spoils only the record it sits in, and the error names that line; the rest of the
 * file still loads. Lines end at {@code \n} (a trailing {@code \r} is dropped); a UTF-8 BOM at the
 * start is skipped. A line longer than {@link PaperReaders#MAX_LINE_BYTES} is consumed but only its
 * start is kept, so one runaway line cannot exhaust memory.
 */
final class LineReader implements Closeable {
    /** One line: its 1-based number, its text, and why it is unusable ({@code null} when it is fine). */
    record Line(long number, String text, String problem) {
        boolean ok() {
            return problem == null;
        }

        boolean isBlank() {
            return problem == null && text.isBlank();
        }
    }

    private static final int KEEP_OF_OVERLONG_LINE = 4096;
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final int maxLineBytes;
    private int pos;
    private int limit;
    private byte[] line = new byte[256];
    private int len;
    private long lineLength;
    private long lineNo;

    LineReader(InputStream in) {
        this(in, PaperReaders.MAX_LINE_BYTES);
    }

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or {@code null} at the end of the input. */
    Line next() throws IOException {
        len = 0;
        lineLength = 0;
        boolean sawBytes = false;
        while (true) {
            if (pos == limit) {
                int n = in.read(buf);
                pos = 0;
                limit = Math.max(n, 0);
                if (n <= 0) {
                    if (!sawBytes) {
                        return null;
                    }
                    break;
                }
            }
            sawBytes = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            append(start, pos - start);
            if (pos < limit) {
                pos++;
                break;
            }
        }
        lineNo++;
        int from = 0;
        if (lineNo == 1 && len >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF) {
            from = 3;
        }
        int to = len;
        if (lineLength == len && to > from && line[to - 1] == '\r') {
            to--;
        }
        return decode(from, to);
    }

    /** Number of the line last returned by {@link #next()}. */
    long lineNumber() {
        return lineNo;
    }

    private void append(int start, int n) {
        lineLength += n;
        int room = len < maxLineBytes ? Math.min(n, maxLineBytes - len) : 0;
        if (room == 0) {
            return;
        }
        if (len + room > line.length) {
            line = Arrays.copyOf(line, Math.max(len + room, Math.min(line.length * 2, maxLineBytes)));
        }
        System.arraycopy(buf, start, line, len, room);
        len += room;
    }

    private Line decode(int from, int to) {
        int kept = lineLength > len ? Math.min(to - from, KEEP_OF_OVERLONG_LINE) : to - from;
        String lenient = new String(line, from, kept, StandardCharsets.UTF_8);
        if (lineLength > len) {
            return new Line(lineNo, lenient, "line longer than " + maxLineBytes + " bytes (" + lineLength + " bytes)");
        }
        for (int i = from; i < to; i++) {
            if (line[i] == 0) {
                return new Line(lineNo, lenient, "NUL byte at byte " + (i - from + 1) + " of the line (binary data?)");
            }
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, from, to - from);
        CharBuffer chars = CharBuffer.allocate(to - from);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            int at = bytes.position();
            return new Line(lineNo, lenient, String.format(Locale.ROOT,
                    "not valid UTF-8: byte 0x%02X at byte %d of the line", line[at] & 0xFF, at - from + 1));
        }
        chars.flip();
        return new Line(lineNo, chars.toString(), null);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
