/**
 * Linking entities to external knowledge bases (Wikidata, DBpedia, ORKG or any SPARQL endpoint).
 *
 * <p>{@link org.claimgraph.link.EntityLinker} reads the store's entities, asks a
 * {@link org.claimgraph.link.LookupService} for candidates (a lookup query from
 * {@code queries/link/TARGET.rq}, run over the SPARQL protocol by a polite, caching client), scores
 * them with {@link org.claimgraph.link.LinkScorer} and replaces one named graph per target with the
 * links and their provenance. Nothing in this package runs unless {@code claimgraph link} is asked to:
 * every other command stays offline.
 */
package org.claimgraph.link;
