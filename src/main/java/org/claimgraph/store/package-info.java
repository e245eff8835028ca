/**
 * The TDB2 store: {@link org.claimgraph.store.ClaimStore} opens a database folder, bulk-loads an
 * empty one, loads papers into a filled one in batched transactions that replace each paper's
 * graph, compacts, and hands out the dataset for queries. Beside the TDB2 files it keeps a Lucene
 * full-text index (jena-text) of titles, abstracts, evidence sentences and labels: transactional
 * loads commit it with the store, a bulk load is indexed after its commit, and a store opened
 * without a complete index gets one built.
 */
package org.claimgraph.store;
