package org.claimgraph.resolve;

import org.apache.jena.query.Dataset;
import org.claimgraph.rdf.CG;

/**
 * The resolution stage: reads the entity nodes of every paper's graph and (re)writes
 * {@link #ENTITIES_GRAPH}, where each entity node gets {@code cg:canonical} (the node that stands for
 * its real entity), each canonical node one {@code skos:prefLabel} and the other names as
 * {@code skos:altLabel}, and every node of a merged entity every {@code cg:matchKey} of that entity,
 * so a lookup by any of its names finds the claims of all its nodes.
 *
 * <p>Design decision: resolution links nodes instead of rewriting the papers' graphs. A paper's
 * graph stays exactly what its abstract says, so re-loading a paper still replaces only its own
 * graph; the entities graph is a function of the papers' graphs alone, rebuilt from scratch each
 * run, so the result does not depend on the order papers were loaded in and a second run changes
 * nothing.
 */
public interface EntityResolver {
    /** Name of the graph resolution writes; nothing else writes it. */
    String ENTITIES_GRAPH = CG.ID + "graph/entities";

    /**
     * Replaces {@link #ENTITIES_GRAPH} in {@code dataset} with the resolution of the papers' graphs,
     * in one write transaction of its own (the caller must not be in a transaction).
     *
     * @throws ResolveException if reading or writing the dataset fails; the dataset is left as it was
     */
    Resolution resolve(Dataset dataset);

    /** Merges by shared keys: spelling variants by IRI, an acronym with the one long form it stands for. */
    static EntityResolver standard() {
        return new KeyClusterResolver();
    }
}
