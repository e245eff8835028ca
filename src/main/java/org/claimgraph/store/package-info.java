/**
 * The TDB2 store: {@link org.claimgraph.store.ClaimStore} opens a database folder, loads papers in
 * batched transactions that replace each paper's graph, and hands out the dataset for queries.
 */
package org.claimgraph.store;
