package org.claimgraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.extract.PaperClaims;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.ClaimsRdfMapper;
import org.claimgraph.rdf.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ClaimStore} on a TDB2 database folder. */
final class Tdb2ClaimStore implements ClaimStore {
    /** TDB2 shares one connection per folder within a JVM; two stores on one folder would close each other's. */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    private static final Logger LOG = LoggerFactory.getLogger(Tdb2ClaimStore.class);

    /** 2^27 bits = 16 MB: about one false repeat in 200,000 ids at 2.5 million papers. */
    private static final int ID_FILTER_LOG2_BITS = 27;

    private final Path dir;
    private final Batching batching;
    /** The TDB2 database itself: bulk loads and compaction go here, past the text index. */
    private final DatasetGraph tdb;
    private final TextIndexLucene textIndex;
    /**
     * The TDB2 database seen through the text index: transactional writes update both in one
     * commit (the index joins TDB2's transaction coordinator, which compaction hands on to the
     * new generation).
     */
    private final DatasetGraph dsg;
    private final Dataset dataset;
    private final ClaimsRdfMapper mapper = ClaimsRdfMapper.create();
    private boolean closed;

    private Tdb2ClaimStore(Path dir, Batching batching, DatasetGraph tdb, TextIndexLucene textIndex) {
        this.dir = dir;
        this.batching = batching;
        this.tdb = tdb;
        this.textIndex = textIndex;
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.dsg = TextDatasetFactory.create(tdb, textIndex, false);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.dataset = DatasetFactory.wrap(dsg);
    }

    /** @param indexProgress hears the progress of building a missing text index; null: log it */
    static ClaimStore open(Path dir, Batching batching, LongConsumer indexProgress) {
        Path folder = dir.toAbsolutePath().normalize();
        checkFolder(folder);
        if (!OPEN.add(folder)) {
            throw new StoreException("TDB2 database " + folder + " is already open in this process");
        }
        DatasetGraph tdb;
        try {
            tdb = DatabaseMgr.connectDatasetGraph(folder.toString());
        } catch (RuntimeException e) {
            OPEN.remove(folder);
            throw new StoreException("cannot open TDB2 database " + folder + ": " + e.getMessage()
                    + " (is another process using it?)", e);
        }
        TextIndexLucene textIndex = null;
        try {
            textIndex = TextIndexes.open(folder);
            Tdb2ClaimStore store = new Tdb2ClaimStore(folder, batching, tdb, textIndex);
            if (!TextIndexes.isComplete(folder)) {
                if (store.isEmpty()) {
                    store.rebuildTextIndex(indexed -> { });
                } else if (indexProgress != null) {
                    store.rebuildTextIndex(indexProgress);
                } else {
                    LOG.info("{} has no complete full-text index: building it", folder);
                    long indexed = store.rebuildTextIndex(soFar -> LOG.info("Indexed {} titles, abstracts, sentences and labels",
                            soFar));
                    LOG.info("Full-text index of {} built: {} entries", folder, indexed);
                }
            }
            return store;
        } catch (RuntimeException e) {
            try {
                if (textIndex != null) {
                    textIndex.close();
                }
                TDBInternal.expel(tdb);
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            } finally {
                OPEN.remove(folder);
            }
            throw e instanceof StoreException ? e : new StoreException("cannot open TDB2 database " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public long rebuildTextIndex(LongConsumer progress) {
        requireOpen();
        Objects.requireNonNull(progress, "progress");
        TextIndexes.markIncomplete(dir);
        long indexed = TextIndexes.rebuild(dir, tdb, textIndex, progress);
        TextIndexes.markComplete(dir);
        return indexed;
    }

    /** Commits what a bulk load indexed and marks the index complete (the store has committed the same load). */
    private void commitTextIndex() {
        try {
            textIndex.prepareCommit();
            textIndex.commit();
        } catch (RuntimeException e) {
            rollbackTextIndex(e);
            throw new StoreException("bulk load into TDB2 database " + dir + " committed, but its text index could"
                    + " not be committed (the index is rebuilt when the store is next opened): " + e.getMessage(), e);
        }
        TextIndexes.markComplete(dir);
    }

    /** Drops every document (uncommitted: a rollback brings them back): an empty store indexes nothing. */
    private void clearTextIndex() {
        try {
            textIndex.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new StoreException("cannot clear the text index of TDB2 database " + dir + ": " + e.getMessage(), e);
        }
    }

    private void rollbackTextIndex(RuntimeException cause) {
        try {
            textIndex.rollback();
        } catch (RuntimeException rollback) {
            cause.addSuppressed(rollback);
        }
    }

    private static void checkFolder(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException("cannot open TDB2 database " + folder + ": it is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create TDB2 database folder " + folder + ": " + e, e);
        }
        if (!Files.isReadable(folder) || !Files.isWritable(folder) || !Files.isExecutable(folder)) {
            throw new StoreException("cannot open TDB2 database " + folder + ": the folder is not readable and writable");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            boolean empty = true;
            boolean tdb2 = false;
            for (Path entry : (Iterable<Path>) entries::iterator) {
                empty = false;
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry) && name.matches("Data-\\d{4}")) {
                    tdb2 = true;
                }
            }
            if (!empty && !tdb2) {
                throw new StoreException("cannot open " + folder + ": it is not a TDB2 database (no Data-NNNN folder)"
                        + " and not empty; give a new or empty folder, or an existing claimgraph store");
            }
        } catch (IOException e) {
            throw new StoreException("cannot list TDB2 database folder " + folder + ": " + e, e);
        }
    }

    @Override
    public Dataset dataset() {
        requireOpen();
        return dataset;
    }

    @Override
    public LoadSummary load(Iterator<PaperClaims> claims, Provenance provenance, LoadListener listener) {
        requireOpen();
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(listener, "listener");
        long start = System.nanoTime();
        IndexedWrites writes = new IndexedWrites();
        Counter counter = new Counter(writes);
        long papers = 0;
        long committedPapers = 0;
        int batchPapers = 0;
        long batchQuads = 0;
        String current = null;
        tdb.begin(TxnType.WRITE);
        try {
            while (claims.hasNext()) {
                PaperClaims paper = claims.next();
                current = paper.paper().id() + " (" + paper.paper().source() + ")";
                long before = counter.quads;
                Node graph = ClaimsRdfMapper.graphOf(paper.paper());
                writes.clear(graph);
                mapper.write(paper, provenance, counter);
                papers++;
                batchPapers++;
                batchQuads += counter.quads - before;
                listener.paperLoaded(paper, papers);
                if (batchPapers >= batching.papers() || batchQuads >= batching.quads()) {
                    tdb.commit();
                    tdb.end();
                    committedPapers = papers;
                    batchPapers = 0;
                    batchQuads = 0;
                    tdb.begin(TxnType.WRITE);
                }
            }
            tdb.commit();
        } catch (RuntimeException e) {
            abortQuietly(e);
            throw new StoreException("loading into TDB2 database " + dir + " failed"
                    + (current == null ? " before the first paper" : " at or after paper " + current)
                    + "; " + committedPapers + " papers were committed, the batch in progress was rolled back: "
                    + e.getMessage(), e);
        } finally {
            if (tdb.isInTransaction()) {
                tdb.end();
            }
        }
        return new LoadSummary(papers, counter.claims, counter.quads, Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public boolean isEmpty() {
        requireOpen();
        return !Txn.calculateRead(tdb, () -> tdb.find().hasNext());
    }

    @Override
    public LoadSummary bulkLoad(Iterator<PaperClaims> claims, Provenance provenance, LoadListener listener) {
        requireOpen();
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(listener, "listener");
        if (!isEmpty()) {
            throw new StoreException("bulk load needs an empty store, but TDB2 database " + dir
                    + " already holds data; use load(...) to add or replace papers");
        }
        long start = System.nanoTime();
        TextIndexes.markIncomplete(dir);
        DataLoader loader = LoaderFactory.parallelLoader(tdb, (format, args) -> { });
        IdFilter seen = new IdFilter(ID_FILTER_LOG2_BITS);
        long papers = 0;
        String current = null;
        try (Repeats repeats = new Repeats(dir); TextIndexFeeder text = TextIndexFeeder.start(textIndex)) {
            Counter counter = new Counter(text.wrap(loader.stream()));
            clearTextIndex();
            loader.startBulk();
            try {
                counter.start();
                while (claims.hasNext()) {
                    PaperClaims paper = claims.next();
                    current = paper.paper().id() + " (" + paper.paper().source() + ")";
                    Node graph = ClaimsRdfMapper.graphOf(paper.paper());
                    mapper.write(paper, provenance, seen.add(graph.getURI()) ? counter : repeats.nextVersion(graph));
                    papers++;
                    listener.paperLoaded(paper, papers);
                }
                counter.finish();
                text.finish();
                loader.finishBulk();
            } catch (RuntimeException e) {
                try {
                    loader.finishException(e);
                } catch (RuntimeException abortFailure) {
                    e.addSuppressed(abortFailure);
                }
                text.close();
                rollbackTextIndex(e);
                throw new StoreException("bulk load into TDB2 database " + dir + " failed"
                        + (current == null ? " before the first paper" : " at or after paper " + current)
                        + "; nothing was committed: " + e.getMessage(), e);
            }
            if (repeats.any()) {
                // a repeated paper replaced its first version's quads, whose documents are indexed: start over
                repeats.replay(tdb);
                rebuildTextIndex(indexed -> { });
            } else {
                commitTextIndex();
            }
            return new LoadSummary(papers, counter.claims + repeats.counter.claims, counter.quads + repeats.counter.quads,
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @Override
    public long diskBytes() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new StoreException("cannot measure TDB2 database " + dir + ": " + e.getMessage(), e);
        }
    }

    private void abortQuietly(RuntimeException cause) {
        if (tdb.isInTransaction()) {
            try {
                tdb.abort();
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }

    @Override
    public void compact() {
        requireOpen();
        try {
            DatabaseMgr.compact(tdb, true);
        } catch (RuntimeException e) {
            throw new StoreException("cannot compact TDB2 database " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            textIndex.close();
        } finally {
            try {
                TDBInternal.expel(tdb);
            } finally {
                OPEN.remove(dir);
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException("TDB2 database " + dir + " is closed");
        }
    }

    @Override
    public String toString() {
        return "TDB2 claim store " + dir;
    }

    /**
     * Papers whose id a bulk load may already have written: their quads wait in a temporary
     * N-Quads file and replace the earlier graphs in one write transaction after the bulk commit,
     * so the last version of a paper wins as in {@link #load}. A marker quad in a graph of its own
     * precedes each version and says which graph to clear before adding the quads that follow.
     */
    private static final class Repeats implements AutoCloseable {
        private static final Node VERSION = NodeFactory.createURI("urn:claimgraph:bulk-load:replaces");
        private final Path db;
        private Path file;
        private OutputStream out;
        private StreamRDF writer;
        private Counter counter = new Counter(StreamRDFLib.sinkNull());

        Repeats(Path db) {
            this.db = db;
        }

        /** The stream for the quads of the next version of {@code graph}. */
        StreamRDF nextVersion(Node graph) {
            if (file == null) {
                try {
                    file = Files.createTempFile("claimgraph-repeats-", ".nq");
                    out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                } catch (IOException e) {
                    throw new StoreException("cannot write the repeated papers of a bulk load into " + db
                            + " to a temporary file: " + e.getMessage(), e);
                }
                writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                writer.start();
                counter = new Counter(writer);
            }
            writer.quad(Quad.create(VERSION, graph, VERSION, graph));
            return counter;
        }

        /** Whether a paper came more than once. */
        boolean any() {
            return file != null;
        }

        void replay(DatasetGraph dsg) {
            if (file == null) {
                return;
            }
            try {
                writer.finish();
                out.close();
                out = null;
                Txn.executeWrite(dsg, () -> RDFParser.source(file).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        if (VERSION.equals(quad.getGraph())) {
                            dsg.deleteAny(quad.getSubject(), Node.ANY, Node.ANY, Node.ANY);
                        } else {
                            dsg.add(quad);
                        }
                    }
                }));
            } catch (IOException | RuntimeException e) {
                throw new StoreException("bulk load into TDB2 database " + db + " committed the first version of each"
                        + " paper but could not replace the repeated papers' graphs with their last version (load the"
                        + " input again to finish): " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                if (out != null) {
                    out.close();
                }
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new StoreException("cannot delete temporary file " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Writes a load's quads straight into TDB2 and keeps the text index in step by hand, inside
     * the same TDB2 write transaction, whose commit also commits the index (jena-text joined the
     * index to TDB2's transaction coordinator when the text dataset was made).
     *
     * <p>Design decision: not through the text dataset, which checks every added quad for
     * presence and deletes a graph quad by quad to see what to unindex; here only the few indexed
     * quads of a paper (title, abstract, sentences, labels) cost anything extra.
     */
    private final class IndexedWrites extends StreamRDFWrapper {
        private final EntityDefinition definition = textIndex.getDocDef();

        IndexedWrites() {
            super(StreamRDFLib.dataset(tdb));
        }

        /** Empties {@code graph}, unindexing its indexed quads first. */
        void clear(Node graph) {
            for (Node property : TextIndexes.PROPERTIES) {
                Iterator<Quad> quads = tdb.find(graph, Node.ANY, property, Node.ANY);
                while (quads.hasNext()) {
                    Entity entity = TextQueryFuncs.entityFromQuad(definition, quads.next());
                    if (entity != null) {
                        textIndex.deleteEntity(entity);
                    }
                }
            }
            tdb.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        }

        @Override
        public void quad(Quad quad) {
            if (TextIndexes.PROPERTIES.contains(quad.getPredicate()) && !tdb.contains(quad)) {
                Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
                if (entity != null) {
                    textIndex.addEntity(entity);
                }
            }
            super.quad(quad);
        }
    }

    /** Passes quads on and counts them, and the claims among them. */
    private static final class Counter extends StreamRDFWrapper {
        private long quads;
        private long claims;

        Counter(StreamRDF target) {
            super(target);
        }

        @Override
        public void quad(Quad quad) {
            super.quad(quad);
            quads++;
            if (quad.getPredicate().equals(RDF.Nodes.type)
                    && (quad.getObject().equals(CG.ResultClaim.asNode()) || quad.getObject().equals(CG.ProposalClaim.asNode()))) {
                claims++;
            }
        }
    }
}
