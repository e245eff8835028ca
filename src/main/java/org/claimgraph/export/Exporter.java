package org.claimgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.jgrapht.Graph;

/**
 * Writes a store, or the papers a {@link PaperSelection} picks, in one of the {@link ExportFormat}s,
 * inside one read transaction, so the output is a consistent snapshot even while a loader commits.
 *
 * <p>RDF formats go through {@link ExportFormat#streamWriter}: quad formats receive every quad
 * (each paper's named graph, plus the stored default graph if anything is in it), triple formats
 * receive the union of the named graphs, which TDB2 returns without duplicates, followed by the
 * stored default graph (empty in a claimgraph store). A selection writes the selected papers'
 * graphs only (never the default graph); for triple formats a triple two selected graphs share
 * (an entity's type or label) is written once: only triples whose subject is outside the paper's
 * own IRI space are remembered for that, so memory grows with the entities, not the claims.
 * The claims formats are read back with SPARQL ({@link StoredClaims} for claims-jsonl, one SELECT
 * for csv); the entity-graph formats with {@link EntityGraphReader} and {@link EntityGraphWriter}.
 */
public final class Exporter {
    private Exporter() {
    }

    /** Writes all of {@code ds} to {@code out} in {@code format}; {@code out} is flushed, not closed. */
    public static ExportSummary export(Dataset ds, ExportFormat format, OutputStream out) {
        return export(ds, format, PaperSelection.ALL, out);
    }

    /**
     * Writes the papers {@code selection} picks from {@code ds} to {@code out} in {@code format};
     * {@code out} is flushed, not closed. A selection that matches no paper writes an empty
     * document of the format.
     *
     * @throws NoSuchPaperException when the selection names a paper the store does not hold
     */
    public static ExportSummary export(Dataset ds, ExportFormat format, PaperSelection selection, OutputStream out) {
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(out, "out");
        ExportSummary summary = Txn.calculateRead(ds, () -> {
            selection.requireFound(ds);
            List<StoredPaper> papers = selection.papers(ds);
            if (format.isEntityGraph()) {
                Graph<GraphVertex, GraphEdge> graph = EntityGraphReader.read(ds, papers);
                EntityGraphWriter.write(graph, format, out);
                return new ExportSummary(papers.size(), graph.vertexSet().size(), graph.edgeSet().size());
            }
            switch (format) {
                case CLAIMS_JSONL -> writeClaimsJsonLines(ds, papers, out);
                case CSV -> ResultClaimsCsv.write(ds, selection.isAll() ? null : papers, out);
                default -> {
                    if (selection.isAll()) {
                        writeRdf(ds.asDatasetGraph(), format, out);
                    } else {
                        writeRdf(ds.asDatasetGraph(), papers, format, out);
                    }
                }
            }
            return new ExportSummary(papers.size(), 0, 0);
        });
        flush(out);
        return summary;
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

    private static void writeRdf(DatasetGraph dsg, List<StoredPaper> papers, ExportFormat format, OutputStream out) {
        StreamRDF sink = format.streamWriter(out);
        Set<Triple> sharedSeen = new HashSet<>();
        sink.start();
        for (StoredPaper paper : papers) {
            Node graph = paper.graph().asNode();
            if (format.keepsNamedGraphs()) {
                dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink::quad);
            } else {
                String own = graph.getURI();
                dsg.getGraph(graph).find().forEachRemaining(t -> {
                    if (isPaperOwn(t, own) || sharedSeen.add(t)) {
                        sink.triple(t);
                    }
                });
            }
        }
        sink.finish();
    }

    /** Triples about the paper or its claims, selectors and activity, which no other graph holds. */
    private static boolean isPaperOwn(Triple t, String paperIri) {
        Node s = t.getSubject();
        return s.isURI() && (s.getURI().equals(paperIri) || s.getURI().startsWith(paperIri + "/"));
    }

    private static void writeClaimsJsonLines(Dataset ds, List<StoredPaper> papers, OutputStream out) {
        try (ClaimsJsonWriter writer = new ClaimsJsonWriter(out)) {
            StoredClaims.forEachPaper(ds, papers.stream().map(StoredPaper::graph).toList(), writer::write);
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
