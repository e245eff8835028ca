/**
 * Entity resolution inside the graph: {@link org.claimgraph.resolve.EntityResolver} finds the nodes
 * of different papers that name one real entity (an acronym defined in one paper and used bare in
 * another) and writes one canonical node per entity, with its preferred and alternative labels, into
 * a named graph of its own. Spelling, case, Unicode and plural variants already share a node by
 * their IRI ({@link org.claimgraph.rdf.EntityKeys}).
 */
package org.claimgraph.resolve;
