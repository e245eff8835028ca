package org.claimgraph.export;

import java.util.Objects;

/**
 * A vertex of the entity graph: a paper or an entity (method, model, framework, dataset,
 * benchmark, metric, task). Its id in every graph format is its IRI, so a vertex leads back to the
 * store.
 *
 * @param iri the paper's or entity's IRI
 * @param kind the most specific claimgraph class, by local name ({@code Paper}, {@code Method}, {@code Model},
 *     {@code Framework}, {@code Dataset}, {@code Benchmark}, {@code Metric}, {@code Task})
 * @param label the paper's title, or the entity's name (its smallest label that is not an alias)
 * @param paperId the paper's id for a paper, null for an entity
 */
public record GraphVertex(String iri, String kind, String label, String paperId) {
    public GraphVertex {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (paperId != null && !kind.equals("Paper")) {
            throw new IllegalArgumentException("only a paper has a paper id: " + iri);
        }
    }

    /** Whether this vertex is a paper. */
    public boolean isPaper() {
        return kind.equals("Paper");
    }
}
