/**
 * Writing claims out: {@link org.claimgraph.export.Exporter} writes a whole store, or the papers a
 * {@link org.claimgraph.export.PaperSelection} picks (one paper, the papers loaded since a time),
 * in an {@link org.claimgraph.export.ExportFormat}: RDF serialisations, claims JSON Lines, CSV, or
 * the entity graph ({@link org.claimgraph.export.EntityGraphReader} into JGraphT, written as
 * GraphML, GEXF or DOT by {@link org.claimgraph.export.EntityGraphWriter});
 * {@link org.claimgraph.export.ExportFile} writes a file atomically, gzip-compressed by its name;
 * {@link org.claimgraph.export.ExportFormat#streamWriter} serves the same RDF formats to a pipeline
 * without a store; {@link org.claimgraph.export.StoredClaims} reads per-paper claims back for
 * {@link org.claimgraph.export.ClaimsJsonWriter}.
 */
package org.claimgraph.export;
