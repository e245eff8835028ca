/**
 * The claims explorer: read-only, server-rendered HTML pages over the served dataset, mounted by
 * {@link org.claimgraph.serve.ClaimServer.Builder#explorer(boolean)} at {@code /explore/}.
 *
 * <p>{@link org.claimgraph.explore.ExplorerServlet} is the only public type. Each page runs canned
 * queries ({@code queries/explore-*.rq}, {@code queries/paper-claims.rq}) through
 * {@link org.claimgraph.query.QueryService} with the server's timeout, escapes every value it
 * writes ({@code Html}) and lists the SPARQL it ran with links into the Fuseki UI. Tables and the
 * leaderboard's SVG bar charts need no script; the graph page draws with Cytoscape.js, served from
 * its WebJar inside the jar.
 */
package org.claimgraph.explore;
