package org.claimgraph.explore;

import java.util.OptionalLong;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The version of the data a read transaction sees: TDB2 counts its write commits, and a
 * transaction carries the count it began at. Two reads with one version saw the same data, so a
 * result computed in one may be served for the other.
 */
final class DataVersion {
    private DataVersion() {
    }

    /**
     * The data version of the calling thread's transaction on {@code dataset}; empty when the
     * dataset is not TDB2 (under any wrappers, such as the text index's) or no transaction is active.
     */
    static OptionalLong current(Dataset dataset) {
        DatasetGraph graph = dataset.asDatasetGraph();
        while (!TDBInternal.isTDB2(graph) && graph instanceof DatasetGraphWrapper wrapper) {
            graph = wrapper.getWrapped();
        }
        if (!TDBInternal.isTDB2(graph)) {
            return OptionalLong.empty();
        }
        Transaction transaction = TDBInternal.getDatasetGraphTDB(graph).getTxnSystem().getThreadTransaction();
        return transaction == null ? OptionalLong.empty() : OptionalLong.of(transaction.getDataVersion());
    }
}
