package org.claimgraph.infer;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * A dataset whose default graph is the union of its named graphs, for any query engine.
 *
 * <p>TDB2's own engine gives a store the union default graph through a context flag, but a wrapper
 * such as Jena's RDFS dataset is evaluated by the general engine, which reads the stored default
 * graph (empty in claimgraph: every triple lives in its paper's graph). This view makes the union
 * explicit below the wrapper, and is read-only because a write to "the union" has no one graph to go to.
 */
final class UnionDefaultGraphView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    UnionDefaultGraphView(DatasetGraph stored) {
        super(stored);
    }

    @Override
    public Graph getDefaultGraph() {
        return getR().getUnionGraph();
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return getR().find(defaultAsUnion(g), s, p, o);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return getR().contains(defaultAsUnion(g), s, p, o);
    }

    private static Node defaultAsUnion(Node g) {
        return g != null && Quad.isDefaultGraph(g) ? Quad.unionGraph : g;
    }

    /** Every change goes through here in {@link DatasetGraphWrapper}; the view has none to make. */
    @Override
    protected DatasetGraph getW() {
        throw new UnsupportedOperationException("an entailment view is read-only: write to the store itself");
    }
}
