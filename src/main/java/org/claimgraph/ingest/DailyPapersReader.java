package org.claimgraph.ingest;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the Daily Papers text dump: page chrome, then paragraphs alternating title and abstract.
 *
 * <p>Paragraphs are runs of non-blank lines. A paragraph that is exactly one chrome line ("new",
 * "Subscribe", a date such as "Jul 28", ...) is skipped wherever it appears. A title is one line
 * of at most {@link PaperReaders#MAX_TITLE_CHARS} characters that does not end with a full stop;
 * when the paragraph after a title looks like another title, the first title has no abstract and
 * is rejected, and reading goes on from the second. A paragraph whose first line is a title and
 * which goes on without a blank line is read as title plus abstract. Abstract lines are joined
 * with single spaces.
 */
final class DailyPapersReader extends LineRecordSource {
    private static final Set<String> CHROME = Set.of("new", "Get trending papers in your email inbox!",
            "Subscribe", "Daily Papers", "byAK and the research community");
    private static final Pattern DATE = Pattern.compile(
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{1,2}(, \\d{4})?");

    /** A run of non-blank lines: the first line on its own, the rest joined, storage capped. */
    private static final class Paragraph {
        final long firstLine;
        final String first;
        final StringBuilder rest = new StringBuilder();
        int lineCount = 1;
        long badLine;
        String problem;
        boolean restTooLong;

        Paragraph(LineReader.Line line) {
            firstLine = line.number();
            first = line.text().strip();
            note(line);
        }

        void add(LineReader.Line line) {
            lineCount++;
            note(line);
            if (rest.length() + line.text().length() > PaperReaders.MAX_ABSTRACT_CHARS + 1) {
                restTooLong = true;
                return;
            }
            if (rest.length() > 0) {
                rest.append(' ');
            }
            rest.append(line.text().strip());
        }

        private void note(LineReader.Line line) {
            if (problem == null && !line.ok()) {
                problem = line.problem();
                badLine = line.number();
            }
        }

        boolean singleLine() {
            return lineCount == 1;
        }

        boolean isChrome() {
            return singleLine() && problem == null && (CHROME.contains(first) || DATE.matcher(first).matches());
        }

        boolean startsWithTitle() {
            return first.length() <= PaperReaders.MAX_TITLE_CHARS && !first.endsWith(".");
        }

        boolean looksLikeTitle() {
            return singleLine() && startsWithTitle();
        }

        String text() {
            return rest.length() == 0 ? first : first + " " + rest;
        }
    }

    private Paragraph pending;

    DailyPapersReader(LineReader lines, String name, RejectSink rejects) {
        super(lines, name, rejects);
    }

    @Override
    protected Paper next() throws IOException {
        while (true) {
            Paragraph title = pending != null ? pending : nextParagraph();
            pending = null;
            if (title == null) {
                return null;
            }
            if (!title.singleLine()) {
                if (title.startsWithTitle()) {
                    Paper p = paper(title, null);
                    if (p != null) {
                        return p;
                    }
                } else {
                    reject(title.firstLine, "paragraph without a title line before it", title.text());
                }
                continue;
            }
            if (!title.looksLikeTitle()) {
                reject(title.firstLine, "paragraph without a title line before it (a title is one line of at most "
                        + PaperReaders.MAX_TITLE_CHARS + " chars not ending with '.')", title.text());
                continue;
            }
            Paragraph abs = nextParagraph();
            if (abs == null) {
                reject(title.firstLine, "title without an abstract (end of input)", title.first);
                return null;
            }
            if (abs.looksLikeTitle()) {
                reject(title.firstLine, "title without an abstract (the next paragraph, line " + abs.firstLine
                        + ", looks like another title)", title.first);
                pending = abs;
                continue;
            }
            Paper p = paper(title, abs);
            if (p != null) {
                return p;
            }
        }
    }

    /** Title and abstract from two paragraphs, or from one when {@code abs} is null; null after a reject. */
    private Paper paper(Paragraph title, Paragraph abs) {
        String excerpt = abs == null ? title.text() : title.first + " | " + abs.first;
        for (Paragraph part : abs == null ? new Paragraph[] {title} : new Paragraph[] {title, abs}) {
            if (part.problem != null) {
                reject(part.badLine, part.problem, excerpt);
                return null;
            }
        }
        boolean tooLong = abs == null ? title.restTooLong : abs.restTooLong;
        if (tooLong) {
            reject(title.firstLine, "abstract longer than " + PaperReaders.MAX_ABSTRACT_CHARS + " chars", excerpt);
            return null;
        }
        String abstractText = abs == null ? title.rest.toString() : abs.text();
        try {
            return Records.paper(null, title.first, abstractText, null, null, null, null,
                    new SourcePosition(name, title.firstLine));
        } catch (BadRecordException e) {
            reject(title.firstLine, e.getMessage(), excerpt);
            return null;
        }
    }

    private Paragraph nextParagraph() throws IOException {
        while (true) {
            LineReader.Line line = lines.next();
            while (line != null && line.isBlank()) {
                line = lines.next();
            }
            if (line == null) {
                return null;
            }
            Paragraph p = new Paragraph(line);
            for (line = lines.next(); line != null && !line.isBlank(); line = lines.next()) {
                p.add(line);
            }
            if (!p.isChrome()) {
                return p;
            }
        }
    }
}
