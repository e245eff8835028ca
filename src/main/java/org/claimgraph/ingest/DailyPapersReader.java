package org.claimgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Reads the Daily Papers text dump: page chrome lines, then blocks of title line, blank line,
 * abstract paragraph. (Minimal first version: the ingest stage refines detection and rejects.)
 */
final class DailyPapersReader implements PaperSource {
    private static final Set<String> CHROME = Set.of("new", "Get trending papers in your email inbox!",
            "Subscribe", "Daily Papers", "byAK and the research community");
    private final BufferedReader in;
    private final String file;
    private long lineNo;

    DailyPapersReader(BufferedReader in, String file) {
        this.in = in;
        this.file = file;
    }

    @Override
    public Paper read() {
        try {
            String title;
            long titleLine;
            do {
                title = nextLine();
                if (title == null) {
                    return null;
                }
                title = title.strip();
                titleLine = lineNo;
            } while (title.isEmpty() || CHROME.contains(title) || title.matches("[A-Z][a-z]{2} \\d{1,2}"));
            String abs;
            do {
                abs = nextLine();
                if (abs == null) {
                    return null;
                }
            } while (abs.isBlank());
            return Paper.of(title, abs.strip(), new SourcePosition(file, titleLine));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " near line " + lineNo, e);
        }
    }

    private String nextLine() throws IOException {
        String line = in.readLine();
        if (line != null) {
            lineNo++;
        }
        return line;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
