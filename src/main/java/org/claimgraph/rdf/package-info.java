/**
 * From extracted claims to RDF: the ontology's terms ({@link org.claimgraph.rdf.CG}), the IRIs
 * claimgraph mints ({@link org.claimgraph.rdf.Iris}, {@link org.claimgraph.rdf.Names}) and the
 * mapping of one paper to quads in its own named graph ({@link org.claimgraph.rdf.ClaimsRdfMapper}).
 */
package org.claimgraph.rdf;
