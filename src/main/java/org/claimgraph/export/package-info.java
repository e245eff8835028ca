/**
 * Writing claims out: {@link org.claimgraph.export.Exporter} writes a whole store in an
 * {@link org.claimgraph.export.ExportFormat} (RDF serialisations, claims JSON Lines, CSV);
 * {@link org.claimgraph.export.ExportFormat#streamWriter} serves the same RDF formats to a pipeline
 * without a store; {@link org.claimgraph.export.StoredClaims} reads per-paper claims back for
 * {@link org.claimgraph.export.ClaimsJsonWriter}.
 */
package org.claimgraph.export;
