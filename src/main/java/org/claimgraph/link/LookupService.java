package org.claimgraph.link;

/**
 * Finds the items of an external knowledge base that may be the same as a local entity.
 *
 * <p>Design decision: one call per entity with all its names at once, so a lookup costs one request
 * however many spellings an entity has; the public endpoints ask for few requests, not small ones.
 */
public interface LookupService extends AutoCloseable {

    /** The candidates for {@code entity} in {@code target}'s endpoint. */
    Lookup lookup(LinkTarget target, LocalEntity entity);

    /** Requests actually sent over HTTP so far, retries included. */
    long requests();

    /** Lookups answered from the cache so far. */
    long cacheHits();

    @Override
    void close();
}
