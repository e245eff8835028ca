/**
 * The TDB2 store: {@link org.claimgraph.store.ClaimStore} opens a database folder, bulk-loads an
 * empty one, loads papers into a filled one in batched transactions that replace each paper's
 * graph, compacts, and hands out the dataset for queries.
 */
package org.claimgraph.store;
