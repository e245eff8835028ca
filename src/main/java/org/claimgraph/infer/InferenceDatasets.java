package org.claimgraph.infer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Wraps a store's dataset so that queries see it under an {@link Entailment}.
 *
 * <p>RDFS is Jena's query-time RDFS engine over the ontology ({@code ontology/claimgraph.ttl}) and
 * its alignments ({@code ontology/alignments.ttl}), read from the jar once. The default graph of the
 * view is the union of the paper graphs, as it is for plain queries; named graphs stay addressable.
 */
public final class InferenceDatasets {
    static final String ONTOLOGY = "ontology/claimgraph.ttl";
    static final String ALIGNMENTS = "ontology/alignments.ttl";

    private InferenceDatasets() {
    }

    /** {@code stored} itself for {@link Entailment#NONE}; otherwise a read-only entailment view over it. */
    public static Dataset view(Dataset stored, Entailment entailment) {
        if (entailment == Entailment.NONE) {
            return stored;
        }
        return DatasetFactory.wrap(RDFSFactory.datasetRDFS(new UnionDefaultGraphView(stored.asDatasetGraph()), Schema.SETUP));
    }

    /** The ontology and its alignments as one graph: the schema the RDFS view reasons with. */
    public static Graph schema() {
        Graph schema = GraphFactory.createDefaultGraph();
        for (String resource : new String[] {ONTOLOGY, ALIGNMENTS}) {
            try (InputStream in = InferenceDatasets.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the classpath (a broken build?)");
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(schema);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return schema;
    }

    /** Built on first use: the setup precomputes the closure of the schema's hierarchies. */
    private static final class Schema {
        static final SetupRDFS SETUP = RDFSFactory.setupRDFS(schema());
    }
}
