package org.claimgraph.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Guesses an input's format from the first bytes, and refuses bytes that are not UTF-8 text at all.
 * Only the head is looked at, so detection works the same on a file and on standard input.
 */
final class FormatDetector {
    /** How many bytes of an input detection looks at. */
    static final int HEAD_BYTES = 1 << 16;
    private static final Set<String> ARXIV_FIELDS = Set.of("update_date", "authors_parsed", "submitter", "versions");
    private static final JsonFactory JSON = new JsonFactory();

    private FormatDetector() {
    }

    /**
     * Throws when the head shows that the input is not UTF-8 text: a NUL byte (binary data), a
     * UTF-16 byte-order mark, or a zip archive.
     */
    static void requireText(byte[] head, int n, String name) {
        if (n >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            throw new IngestException(name + ": UTF-16 text is not supported; convert it to UTF-8");
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw new IngestException(name + ": a zip archive, not a text file; unzip it first");
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                throw new IngestException(name + ": not a text file (NUL byte at byte " + (i + 1)
                        + "); claimgraph reads UTF-8 text");
            }
        }
    }

    static boolean isGzip(byte[] head, int n) {
        return n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /** The format of a text input whose first {@code n} bytes are {@code head}. */
    static InputFormat detect(byte[] head, int n, String name) {
        int from = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(head, from, n - from, StandardCharsets.UTF_8);
        String first = firstNonBlankLine(text);
        if (first.startsWith("[")) {
            throw new IngestException(name + ": a JSON array is not supported; write one JSON object per line (JSON Lines)");
        }
        if (!first.startsWith("{")) {
            return InputFormat.DAILY_PAPERS;
        }
        return hasArxivField(first) ? InputFormat.ARXIV : InputFormat.JSONL;
    }

    private static String firstNonBlankLine(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                return line;
            }
            start = end + 1;
        }
        return "";
    }

    /** Reads the top-level field names of a JSON object that may be cut off at the end of the head. */
    private static boolean hasArxivField(String jsonLine) {
        try (JsonParser p = JSON.createParser(jsonLine)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                if (ARXIV_FIELDS.contains(p.currentName())) {
                    return true;
                }
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
