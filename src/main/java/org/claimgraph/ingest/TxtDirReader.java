package org.claimgraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Reads a folder of {@code .txt} files, one paper per file: the first non-blank line is the title,
 * the remaining lines (hard wraps and paragraph breaks alike) are joined with single spaces into
 * the abstract. Files are read in file-name order so runs are repeatable; sub-folders and other
 * files are ignored. A file that is binary, empty, has no abstract or a non-UTF-8 line is one
 * reject; the other files still load.
 */
final class TxtDirReader implements PaperSource {
    private static final Logger LOG = LogManager.getLogger(TxtDirReader.class);
    private final List<Path> files;
    private final RejectSink rejects;
    private int nextFile;

    TxtDirReader(Path dir, RejectSink rejects) {
        this.rejects = rejects;
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt") && Files.isRegularFile(p)) {
                    found.add(p);
                }
            }
        } catch (IOException e) {
            throw new IngestException("cannot list folder " + dir + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(p -> p.getFileName().toString()));
        if (found.isEmpty()) {
            LOG.warn("{}: no .txt files in this folder", dir);
        }
        this.files = found;
    }

    @Override
    public Paper read() {
        while (nextFile < files.size()) {
            Path file = files.get(nextFile++);
            Paper p = readFile(file);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private Paper readFile(Path file) {
        String name = file.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), FormatDetector.HEAD_BYTES)) {
            byte[] head = new byte[FormatDetector.HEAD_BYTES];
            in.mark(head.length);
            int n = in.readNBytes(head, 0, head.length);
            in.reset();
            try {
                FormatDetector.requireText(head, n, name);
            } catch (IngestException e) {
                return reject(name, 0, e.getMessage().substring(name.length() + 2), "");
            }
            LineReader lines = new LineReader(in);
            LineReader.Line line = lines.next();
            while (line != null && line.isBlank()) {
                line = lines.next();
            }
            if (line == null) {
                return reject(name, 0, "empty file", "");
            }
            long titleLine = line.number();
            String title = line.text().strip();
            String problem = line.problem();
            long badLine = line.ok() ? 0 : line.number();
            StringBuilder abs = new StringBuilder();
            boolean tooLong = false;
            for (line = lines.next(); line != null; line = lines.next()) {
                if (problem == null && !line.ok()) {
                    problem = line.problem();
                    badLine = line.number();
                }
                String s = line.text().strip();
                if (s.isEmpty() || tooLong) {
                    continue;
                }
                if (abs.length() + s.length() > PaperReaders.MAX_ABSTRACT_CHARS) {
                    tooLong = true;
                    continue;
                }
                abs.append(abs.length() > 0 ? " " : "").append(s);
            }
            if (problem != null) {
                return reject(name, badLine, problem, title);
            }
            if (tooLong) {
                return reject(name, titleLine, "abstract longer than " + PaperReaders.MAX_ABSTRACT_CHARS + " chars", title);
            }
            if (abs.length() == 0) {
                return reject(name, titleLine, "title without an abstract (a .txt file holds the title on its first "
                        + "line and the abstract below it)", title);
            }
            return Records.paper(null, title, abs.toString(), null, null, null, null,
                    new SourcePosition(name, titleLine));
        } catch (BadRecordException e) {
            return reject(name, 1, e.getMessage(), "");
        } catch (IOException e) {
            throw new IngestException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private Paper reject(String file, long line, String reason, String excerpt) {
        rejects.reject(new Reject(new SourcePosition(file, line), reason, Records.excerpt(excerpt)));
        return null;
    }

    @Override
    public void close() {
        nextFile = files.size();
    }
}
