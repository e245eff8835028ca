/**
 * Validation of claimgraph RDF against the SHACL shapes in {@code ontology/shapes.ttl}:
 * {@link org.claimgraph.validate.ClaimValidator} checks a graph, a store's union graph or each paper's
 * graph and returns a {@link org.claimgraph.validate.ValidationReport};
 * {@link org.claimgraph.validate.ValidationGate} checks papers on their way into a store
 * ({@code claimgraph load --validate}).
 */
package org.claimgraph.validate;
