package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.claimgraph.ClaimGraph;
import org.claimgraph.export.ClaimsJsonWriter;
import org.claimgraph.export.ExportException;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.ingest.IngestException;
import org.claimgraph.ingest.PaperSource;
import org.claimgraph.ingest.Reject;
import org.claimgraph.ingest.RejectSink;
import org.claimgraph.ingest.RejectsReport;
import org.claimgraph.resolve.EntityResolver;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.LoadSummary;

/**
 * The command-line side of running the pipeline: opening inputs, outputs and the rejects report,
 * and printing summaries. The pipeline itself is {@link ClaimGraph}.
 */
final class Pipelines {
    private Pipelines() {
    }

    static ClaimGraph claimGraph(Integer threads) {
        ClaimGraph.Builder b = ClaimGraph.builder();
        if (threads != null) {
            b.threads(threads);
        }
        return b.build();
    }

    /**
     * Loads every input into the store at {@code db}, then resolves its entities (a transaction of its
     * own, after the load's commits), printing progress and summaries on {@code err}.
     */
    static LoadSummary load(ClaimGraph graph, InputOptions input, Path db, PrintWriter err) {
        return load(graph, input, db, err, ClaimGraph.Gate.OPEN);
    }

    /** As {@link #load(ClaimGraph, InputOptions, Path, PrintWriter)}, each paper passing {@code gate} first. */
    static LoadSummary load(ClaimGraph graph, InputOptions input, Path db, PrintWriter err, ClaimGraph.Gate gate) {
        try (ClaimStore store = ClaimStore.openTdb2(db); Rejects rejects = new Rejects(input, err)) {
            Progress progress = new Progress(err, "loading", input.inputs);
            LoadSummary summary;
            try (PaperSource source = input.open(rejects.sink())) {
                summary = graph.load(source, rejects.sink(), store, (claims, n) -> progress.step(), gate);
            } finally {
                progress.done();
            }
            err.printf("loaded %,d papers, %,d claims, %,d triples into %s in %s; %s%n",
                    summary.papers(), summary.claims(), summary.quads(), db,
                    seconds(summary.elapsed()), rejects.describe());
            err.println("resolved " + EntityResolver.standard().resolve(store.dataset()).summary());
            err.flush();
            return summary;
        }
    }

    /** Extracts every input to {@code output} (stdout when null) in {@code format}; returns a summary line. */
    static String extract(ClaimGraph graph, InputOptions input, String format, Path output, PrintWriter err) {
        long start = System.nanoTime();
        long papers;
        try (Rejects rejects = new Rejects(input, err);
             PaperSource source = input.open(rejects.sink());
             OutputStream out = open(output)) {
            ExportFormat fmt = ExportFormat.fromName(format);
            if (fmt == ExportFormat.CLAIMS_JSONL) {
                papers = 0;
                ClaimsJsonWriter writer = new ClaimsJsonWriter(out);
                try (ClaimGraph.ClaimStream claims = graph.extractAll(source, rejects.sink())) {
                    while (claims.hasNext()) {
                        writer.write(claims.next());
                        papers++;
                    }
                }
                writer.close();
            } else if (fmt.isRdf()) {
                papers = graph.writeRdf(source, rejects.sink(), fmt.streamWriter(out));
            } else {
                throw new ExportException("extract writes claims-jsonl or an RDF format, not " + format
                        + "; load into a store and use 'claimgraph export --format " + format + "'");
            }
            out.flush();
            return String.format("extracted %,d papers in %s; %s", papers,
                    seconds(Duration.ofNanos(System.nanoTime() - start)), rejects.describe());
        } catch (IOException e) {
            throw new IngestException("cannot write " + (output == null ? "standard output" : output) + ": "
                    + e.getMessage(), e);
        }
    }

    static OutputStream open(Path output) {
        if (output == null) {
            return new BufferedOutputStream(new NonClosingOutputStream(System.out), 1 << 16);
        }
        try {
            return new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
        } catch (IOException e) {
            throw new IngestException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    /** The rejects report of one run: written as it goes, removed at the end when nothing was rejected. */
    static final class Rejects implements AutoCloseable {
        private final InputOptions input;
        private final PrintWriter err;
        private final RejectsReport report;
        private final RejectSink sink;

        Rejects(InputOptions input, PrintWriter err) {
            this.input = input;
            this.err = err;
            this.report = input.openRejects();
            RejectSink toReport = input.strict ? RejectSink.strict() : report;
            this.sink = r -> {
                warn(r);
                toReport.reject(r);
            };
        }

        RejectSink sink() {
            return sink;
        }

        private void warn(Reject r) {
            if (report.count() < RejectsReport.KEPT) {
                err.println("rejected " + r);
                err.flush();
            }
        }

        String describe() {
            long n = report.count();
            return n == 0 ? "no rejects" : String.format("%,d rejected (see %s)", n, input.rejectsPath());
        }

        @Override
        public void close() {
            report.close();
            if (report.count() == 0) {
                try {
                    Files.deleteIfExists(input.rejectsPath());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Lets a writer close its stream without closing {@code System.out}. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
