package org.claimgraph.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link RejectSink} that counts rejects, keeps the first few for a summary, and optionally
 * writes every one to a report file as it arrives: JSON Lines with the fields {@code file},
 * {@code line}, {@code reason} and {@code excerpt}, one reject per line, flushed per line. Memory
 * use does not grow with the number of rejects. Thread-safe.
 */
public final class RejectsReport implements RejectSink, AutoCloseable {
    /** How many rejects {@link #firstRejects()} keeps. */
    public static final int KEPT = 20;
    private static final JsonFactory JSON = new JsonFactory();
    private final Path file;
    private final BufferedWriter out;
    private final List<Reject> first = new ArrayList<>();
    private long count;
    private boolean closed;

    private RejectsReport(Path file, BufferedWriter out) {
        this.file = file;
        this.out = out;
    }

    /** Counts rejects without writing them anywhere. */
    public static RejectsReport counting() {
        return new RejectsReport(null, null);
    }

    /** Counts rejects and writes each to {@code file} (created or truncated). */
    public static RejectsReport writingTo(Path file) {
        try {
            return new RejectsReport(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IngestException("cannot write rejects report " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void reject(Reject reject) {
        if (closed) {
            throw new IllegalStateException("rejects report is closed");
        }
        count++;
        if (first.size() < KEPT) {
            first.add(reject);
        }
        if (out != null) {
            write(reject);
        }
    }

    private void write(Reject reject) {
        try {
            JsonGenerator g = JSON.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("file", reject.where().file());
            g.writeNumberField("line", reject.where().line());
            g.writeStringField("reason", reject.reason());
            g.writeStringField("excerpt", reject.excerpt());
            g.writeEndObject();
            g.close();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new IngestException("cannot write rejects report " + file + ": " + e.getMessage(), e);
        }
    }

    /** Number of rejects so far. */
    public synchronized long count() {
        return count;
    }

    /** The first {@link #KEPT} rejects, in arrival order. */
    public synchronized List<Reject> firstRejects() {
        return List.copyOf(first);
    }

    /** The report file, when there is one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new IngestException("cannot close rejects report " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
