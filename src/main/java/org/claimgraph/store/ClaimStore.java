package org.claimgraph.store;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.apache.jena.query.Dataset;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.rdf.Provenance;

/**
 * The store stage: a TDB2 database holding one named graph per paper, queried through its union
 * default graph (a query without {@code GRAPH} sees every paper), with a Lucene full-text index
 * of titles, abstracts, evidence sentences and entity labels beside it (in {@code DIR/text-index})
 * that SPARQL reaches through jena-text's {@code text:query}.
 *
 * <p>Design decision: loading takes an {@link Iterator} rather than a list so a corpus streams
 * from the extractor into write transactions without being held; the iterator may throw, and the
 * store then stays as of the last commit.
 */
public interface ClaimStore extends AutoCloseable {

    /** Opens the TDB2 database in {@code dir}, creating it when the folder is missing or empty. */
    static ClaimStore openTdb2(Path dir) {
        return openTdb2(dir, Batching.DEFAULT);
    }

    /**
     * As {@link #openTdb2(Path)}, committing loads in batches of the given size.
     *
     * @throws StoreException naming {@code dir} if it is a file, a non-empty folder that is not a
     *     TDB2 database, unreadable, already open in this process, or locked by another process
     */
    static ClaimStore openTdb2(Path dir, Batching batching) {
        return Tdb2ClaimStore.open(dir, batching, null);
    }

    /**
     * As {@link #openTdb2(Path)}; if the store's full-text index is missing or unfinished, it is
     * built before this returns and {@code indexProgress} hears the number of entries indexed so
     * far (otherwise it hears nothing).
     */
    static ClaimStore openTdb2(Path dir, LongConsumer indexProgress) {
        return Tdb2ClaimStore.open(dir, Batching.DEFAULT, Objects.requireNonNull(indexProgress, "indexProgress"));
    }

    /**
     * The database as a Jena dataset with the union default graph switched on, seen through the
     * full-text index: queries may use {@code text:query}, and writes made through it (in write
     * transactions) update the index in the same commit. Use it inside
     * transactions ({@code Txn.calculateRead(dataset, ...)}); it is valid until {@link #close()}.
     */
    Dataset dataset();

    /**
     * Writes each paper's claims into the paper's graph, replacing what the graph held, in
     * batched write transactions. Loading the same input twice leaves the same quads.
     *
     * @throws StoreException if the iterator or a write fails; the batch in progress is rolled
     *     back and the message says how many papers were committed
     */
    LoadSummary load(Iterator<PaperClaims> claims, Provenance provenance, LoadListener listener);

    /** {@link #load(Iterator, Provenance, LoadListener)} without progress reports. */
    default LoadSummary load(Iterator<PaperClaims> claims, Provenance provenance) {
        return load(claims, provenance, LoadListener.NONE);
    }

    /**
     * Loads an EMPTY store faster, through TDB2's parallel bulk loader, in one transaction: on
     * failure nothing is committed. A paper id that occurs again is set aside and its last version
     * replaces the earlier graph in a second transaction after the bulk commit, so the result
     * equals {@link #load}'s.
     *
     * @throws StoreException if the store is not empty, or the iterator or a write fails
     */
    LoadSummary bulkLoad(Iterator<PaperClaims> claims, Provenance provenance, LoadListener listener);

    /** True when no paper has been loaded: {@link #bulkLoad} is allowed. */
    boolean isEmpty();

    /**
     * Bytes of the files in the database folder, every generation included. TDB2 grows its files in
     * steps of 8 MB, so a small store may not shrink visibly when compacted.
     */
    long diskBytes();

    /**
     * Empties the full-text index and indexes the whole store again, reporting the number of
     * triples indexed so far. Opening a store whose index is missing or unfinished (a bulk load or
     * an earlier rebuild was interrupted) does this by itself; loads keep the index in step.
     *
     * @return the number of titles, abstracts, evidence sentences and labels indexed
     */
    long rebuildTextIndex(LongConsumer progress);

    /** Rewrites the database into a fresh generation and deletes the old one, reclaiming the space that commits leave behind. */
    void compact();

    /** Releases the database (and its lock) so another process or a later open can use it. */
    @Override
    void close();
}
