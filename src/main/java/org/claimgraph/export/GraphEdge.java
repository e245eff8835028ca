package org.claimgraph.export;

import java.util.List;
import java.util.Objects;

/**
 * A directed edge of the entity graph: what the selected papers' claims say links two vertices,
 * summed over those papers. At most one edge per source, relation and target.
 *
 * @param source the source vertex's IRI
 * @param relation the local name of the claimgraph property the edge stands for: {@code proposes},
 *     {@code evaluatedOn}, {@code addressesTask}, {@code usesMetric} or {@code baseline} (method
 *     to the baseline a result compares it with)
 * @param target the target vertex's IRI
 * @param weight the number of claims behind the edge, counting 1 for each paper that states the
 *     edge without a claim (so at least {@code papers})
 * @param papers the number of papers that state the edge
 * @param results the number of result claims behind the edge
 * @param metrics the names of those results' metrics, sorted, distinct
 * @param values those results' values as text ({@code 10.5% improvement}), sorted
 */
public record GraphEdge(String source, String relation, String target, int weight, int papers, int results,
                        List<String> metrics, List<String> values) {
    public GraphEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(target, "target");
        metrics = List.copyOf(metrics);
        values = List.copyOf(values);
        if (papers < 1 || weight < papers || results < 0) {
            throw new IllegalArgumentException("edge " + source + " " + relation + " " + target
                    + ": needs papers >= 1, weight >= papers and results >= 0, got weight " + weight
                    + ", papers " + papers + ", results " + results);
        }
    }
}
