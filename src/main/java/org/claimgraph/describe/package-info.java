/**
 * A store described for catalogues: {@link org.claimgraph.describe.DatasetDescriber} counts what a
 * store holds with SPARQL ({@link org.claimgraph.describe.DatasetStatistics}) and writes it as a VoID
 * and DCAT dataset description ({@code claimgraph describe}).
 */
package org.claimgraph.describe;
