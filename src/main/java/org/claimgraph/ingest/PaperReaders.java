package org.claimgraph.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Opens inputs as {@link PaperSource}s: the entry point of the ingest stage.
 *
 * <p>An input is a file, a folder of {@code .txt} files, or {@code -} for standard input. With
 * {@link InputFormat#AUTO} the format is detected from the content (see {@link #detect(Path)}).
 * Everything is read as a stream, record by record, so an input of any size needs little memory;
 * a gzip-compressed file is decompressed on the fly. Each record becomes a {@link Paper} or a
 * {@link Reject}. A whole input that cannot be read (missing, unreadable, binary, UTF-16, a zip
 * archive, a JSON array) is an {@link IngestException} naming it.
 */
public final class PaperReaders {
    /** Longest abstract accepted; a longer one is rejected with the reason "abstract longer than ...". */
    public static final int MAX_ABSTRACT_CHARS = 100_000;
    /** Longest title accepted; in Daily Papers text, also the longest line read as a title. */
    public static final int MAX_TITLE_CHARS = 500;
    /** Longest line read; the rest of a longer line is skipped and its record rejected. */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;
    /** How much of a bad record's text a {@link Reject} keeps. */
    public static final int EXCERPT_CHARS = 200;
    /** The input name that means standard input. */
    public static final String STDIN = "-";

    private PaperReaders() {
    }

    /** Opens one input: a file path, a folder of .txt files, or {@code -} for standard input. */
    public static PaperSource open(String input, InputFormat format, RejectSink rejects) {
        Objects.requireNonNull(input, "input");
        if (STDIN.equals(input)) {
            return open(new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input belongs to the process, not to this source
                }
            }, STDIN, format, rejects);
        }
        return open(path(input), format, rejects);
    }

    /** Opens one input file or folder. */
    public static PaperSource open(Path input, InputFormat format, RejectSink rejects) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(rejects, "rejects");
        if (Files.isDirectory(input)) {
            if (format != InputFormat.AUTO && format != InputFormat.TXT_DIR) {
                throw new IngestException(input + ": is a folder; only the " + InputFormat.TXT_DIR
                        + " format reads folders");
            }
            return new TxtDirReader(input, rejects);
        }
        if (format == InputFormat.TXT_DIR) {
            throw new IngestException(input + ": not a folder (the " + InputFormat.TXT_DIR
                    + " format reads a folder of .txt files)");
        }
        InputStream in;
        try {
            in = Files.newInputStream(input);
        } catch (NoSuchFileException e) {
            throw new IngestException("input not found: " + input, e);
        } catch (AccessDeniedException e) {
            throw new IngestException("input not readable (permission denied): " + input, e);
        } catch (IOException e) {
            throw new IngestException("cannot open " + input + ": " + e.getMessage(), e);
        }
        return open(in, input.toString(), format, rejects);
    }

    /**
     * Opens a stream under a name used in rejects and errors (a file name, {@code -}, an upload).
     * The source closes the stream. {@link InputFormat#TXT_DIR} is not possible on a stream.
     */
    public static PaperSource open(InputStream in, String name, InputFormat format, RejectSink rejects) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(rejects, "rejects");
        if (format == InputFormat.TXT_DIR) {
            closeQuietly(in);
            throw new IngestException(name + ": the " + InputFormat.TXT_DIR + " format reads a folder, not a stream");
        }
        try {
            InputStream text = textStream(in, name);
            byte[] head = peek(text);
            InputFormat actual = format == InputFormat.AUTO
                    ? FormatDetector.detect(head, head.length, name) : format;
            LineReader lines = new LineReader(text);
            return switch (actual) {
                case DAILY_PAPERS -> new DailyPapersReader(lines, name, rejects);
                case JSONL -> new JsonLinesReader(lines, name, rejects, new JsonRecordMapper());
                case ARXIV -> new JsonLinesReader(lines, name, rejects, new ArxivRecordMapper());
                case AUTO, TXT_DIR -> throw new IllegalStateException("unreachable: " + actual);
            };
        } catch (IOException e) {
            closeQuietly(in);
            throw new IngestException("cannot read " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /**
     * Opens several inputs read one after the other, each opened only when reached. A missing input
     * fails here, before any input is read, rather than after a long run over the ones before it.
     */
    public static PaperSource openAll(List<String> inputs, InputFormat format, RejectSink rejects) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(rejects, "rejects");
        for (String input : inputs) {
            if (!STDIN.equals(input) && !Files.exists(path(input))) {
                throw new IngestException("input not found: " + input);
            }
        }
        return new ChainedPaperSource(inputs, input -> open(input, format, rejects));
    }

    /**
     * The format of a file or folder judged from its content: a folder is {@link InputFormat#TXT_DIR};
     * a file whose first non-blank line starts with <code>{</code> is JSON Lines, and
     * {@link InputFormat#ARXIV} when that object has a field {@code update_date},
     * {@code authors_parsed}, {@code submitter} or {@code versions}; anything else is
     * {@link InputFormat#DAILY_PAPERS}.
     */
    public static InputFormat detect(Path input) {
        if (Files.isDirectory(input)) {
            return InputFormat.TXT_DIR;
        }
        try (InputStream in = textStream(Files.newInputStream(input), input.toString())) {
            byte[] head = peek(in);
            return FormatDetector.detect(head, head.length, input.toString());
        } catch (NoSuchFileException e) {
            throw new IngestException("input not found: " + input, e);
        } catch (IOException e) {
            throw new IngestException("cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    private static Path path(String input) {
        try {
            return Path.of(input);
        } catch (InvalidPathException e) {
            throw new IngestException("not a valid path: " + input + " (" + e.getReason() + ")", e);
        }
    }

    /** A buffered stream of text, gunzipped when it is gzip, after checking that its head is text. */
    private static InputStream textStream(InputStream raw, String name) throws IOException {
        InputStream in = new BufferedInputStream(raw, FormatDetector.HEAD_BYTES);
        byte[] head = peek(in);
        if (FormatDetector.isGzip(head, head.length)) {
            in = new BufferedInputStream(new GZIPInputStream(in), FormatDetector.HEAD_BYTES);
            head = peek(in);
        }
        FormatDetector.requireText(head, head.length, name);
        return in;
    }

    private static byte[] peek(InputStream in) throws IOException {
        in.mark(FormatDetector.HEAD_BYTES);
        byte[] head = in.readNBytes(FormatDetector.HEAD_BYTES);
        in.reset();
        return head;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already failing with a clearer error
        }
    }
}
