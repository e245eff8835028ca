package org.claimgraph.link;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a link run did.
 *
 * @param target the target's name
 * @param graph the links graph that was replaced
 * @param entities entities looked up
 * @param linkedEntities entities that got at least one link
 * @param links links written, per relation (every relation present, zero included)
 * @param entitiesByKind entities looked up, per kind (every kind present)
 * @param linkedByKind entities linked, per kind (every kind present)
 * @param requests HTTP requests sent, retries included
 * @param cacheHits lookups answered from the cache
 * @param elapsed wall time
 */
public record LinkSummary(String target, String graph, long entities, long linkedEntities, Map<LinkRelation, Long> links,
        Map<EntityKind, Long> entitiesByKind, Map<EntityKind, Long> linkedByKind, long requests, long cacheHits,
        Duration elapsed) {
    public LinkSummary {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(elapsed, "elapsed");
        links = Map.copyOf(links);
        entitiesByKind = Map.copyOf(entitiesByKind);
        linkedByKind = Map.copyOf(linkedByKind);
        for (LinkRelation r : LinkRelation.values()) {
            if (!links.containsKey(r)) {
                throw new IllegalArgumentException("no count for " + r);
            }
        }
        for (EntityKind k : EntityKind.values()) {
            if (!entitiesByKind.containsKey(k) || !linkedByKind.containsKey(k)) {
                throw new IllegalArgumentException("no count for " + k);
            }
        }
    }

    public long totalLinks() {
        return links.values().stream().mapToLong(Long::longValue).sum();
    }
}
