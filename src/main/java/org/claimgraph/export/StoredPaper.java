package org.claimgraph.export;

import java.util.Objects;
import org.apache.jena.rdf.model.Resource;

/**
 * One paper's named graph in a store, as a {@link PaperSelection} finds it.
 *
 * @param graph the graph (and paper) IRI
 * @param id the paper's {@code dcterms:identifier}, or null when the graph has none
 */
record StoredPaper(Resource graph, String id) {
    StoredPaper {
        Objects.requireNonNull(graph, "graph");
    }
}
