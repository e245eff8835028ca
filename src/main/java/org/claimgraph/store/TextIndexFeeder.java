package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Indexes the text of a bulk load while TDB2's loader writes it: a stream stage that passes every
 * quad on and hands the indexed ones to one background thread that adds them to Lucene.
 *
 * <p>Design decision: rebuilding the index from the store after the load reads every title,
 * abstract, evidence sentence and label back out of TDB2 and then indexes them on one thread while
 * the loader's threads sit idle; feeding the index from the load's own stream overlaps the two.
 * Nothing is committed here: the caller commits the index after TDB2 has committed the load (and
 * marks it complete), or rolls it back.
 */
final class TextIndexFeeder implements AutoCloseable {
    private static final int BATCH = 256;
    private static final List<Entity> END = List.of();
    private final TextIndexLucene index;
    private final EntityDefinition definition;
    private final BlockingQueue<List<Entity>> queue = new ArrayBlockingQueue<>(64);
    private final Thread worker;
    private List<Entity> batch = new ArrayList<>(BATCH);
    private volatile RuntimeException failure;
    private long indexed;
    private boolean ended;

    private TextIndexFeeder(TextIndexLucene index) {
        this.index = index;
        this.definition = index.getDocDef();
        this.worker = new Thread(this::drain, "claimgraph-text-index");
        worker.setDaemon(true);
    }

    /** Starts the indexing thread. */
    static TextIndexFeeder start(TextIndexLucene index) {
        TextIndexFeeder feeder = new TextIndexFeeder(index);
        feeder.worker.start();
        return feeder;
    }

    /** A stream that passes every quad to {@code target} and indexes the text ones. */
    StreamRDF wrap(StreamRDF target) {
        return new StreamRDFWrapper(target) {
            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                if (TextIndexes.PROPERTIES.contains(quad.getPredicate())) {
                    Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
                    if (entity != null) {
                        add(entity);
                    }
                }
            }
        };
    }

    private void add(Entity entity) {
        batch.add(entity);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void put(List<Entity> entities) {
        RuntimeException failed = failure;
        if (failed != null) {
            throw new StoreException("text indexing failed during the bulk load: " + failed.getMessage(), failed);
        }
        try {
            queue.put(entities);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while indexing text during the bulk load", e);
        }
    }

    private void drain() {
        try {
            for (List<Entity> entities = queue.take(); entities != END; entities = queue.take()) {
                if (failure != null) {
                    continue;
                }
                try {
                    for (Entity entity : entities) {
                        index.addEntity(entity);
                        indexed++;
                    }
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until every quad passed so far is in the (uncommitted) index.
     *
     * @return the number of triples indexed
     */
    long finish() {
        if (!batch.isEmpty()) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
        end();
        RuntimeException failed = failure;
        if (failed != null) {
            throw new StoreException("text indexing failed during the bulk load: " + failed.getMessage(), failed);
        }
        return indexed;
    }

    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        try {
            queue.put(END);
            worker.join();
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the thread; what it indexed stays uncommitted. */
    @Override
    public void close() {
        end();
    }
}
