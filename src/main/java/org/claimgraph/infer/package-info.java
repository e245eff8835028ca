/**
 * Entailment views of a store: queries written in the vocabularies claimgraph is aligned with
 * (ML-Schema, schema.org, FaBiO, PROV-O, DCMI Terms, ORKG, Linked Papers With Code; see
 * {@code ontology/alignments.ttl}) see claimgraph's data through RDFS reasoning done at query time,
 * without materialising a triple.
 */
package org.claimgraph.infer;
