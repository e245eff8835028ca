package org.claimgraph.infer;

/** What a query sees beyond the stored triples: nothing more, or the RDFS consequences of the ontology. */
public enum Entailment {
    /** The stored triples only: fastest, and what the canned queries are written for. */
    NONE,
    /** Plus rdfs:subClassOf, rdfs:subPropertyOf, rdfs:domain and rdfs:range of the ontology and its alignments. */
    RDFS
}
