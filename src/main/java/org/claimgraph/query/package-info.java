/**
 * Canned SPARQL queries over a claims store: {@link org.claimgraph.query.CannedQuery} loads a
 * shipped {@code queries/NAME.rq} or a user's file with the parameters its header declares, and
 * {@link org.claimgraph.query.QueryService} runs it read-only, with a timeout, binding user values
 * only through Jena's {@code ParameterizedSparqlString}.
 */
package org.claimgraph.query;
