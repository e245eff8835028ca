package org.claimgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Writes a whole store in one of the {@link ExportFormat}s, inside one read transaction, so the
 * output is a consistent snapshot even while a loader commits.
 *
 * <p>RDF formats go through {@link ExportFormat#streamWriter}: quad formats receive every quad
 * (each paper's named graph, plus the stored default graph if anything is in it), triple formats
 * receive the union of the named graphs, which TDB2 returns without duplicates, followed by the
 * stored default graph (empty in a claimgraph store). The claims formats are read back
 * with SPARQL ({@link StoredClaims} for claims-jsonl, one SELECT for csv).
 */
public final class Exporter {
    private Exporter() {
    }

    /** Writes {@code ds} to {@code out} in {@code format}; {@code out} is flushed, not closed. */
    public static void export(Dataset ds, ExportFormat format, OutputStream out) {
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        switch (format) {
            case CLAIMS_JSONL -> writeClaimsJsonLines(ds, out);
            case CSV -> ResultClaimsCsv.write(ds, out);
            default -> Txn.executeRead(ds, () -> writeRdf(ds.asDatasetGraph(), format, out));
        }
        flush(out);
    }

    private static void writeRdf(DatasetGraph dsg, ExportFormat format, OutputStream out) {
        StreamRDF sink = format.streamWriter(out);
        sink.start();
        if (format.keepsNamedGraphs()) {
            dsg.find().forEachRemaining(sink::quad);
        } else {
            dsg.getUnionGraph().find().forEachRemaining(sink::triple);
            dsg.getDefaultGraph().find().forEachRemaining(sink::triple);
        }
        sink.finish();
    }

    private static void writeClaimsJsonLines(Dataset ds, OutputStream out) {
        try (ClaimsJsonWriter writer = new ClaimsJsonWriter(out)) {
            StoredClaims.forEachPaper(ds, writer::write);
        }
    }

    static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
        }
    }
}
